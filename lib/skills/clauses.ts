/**
 * Clauses of a posting (split at sentence ends, ";" and line breaks) and what their words say:
 * requirement cues ("must", "a plus", "3+ years") and whether the clause talks about skills at
 * all ("experience in …"). Works on the extractor's tokens, so no regular expression runs over
 * the text per mention; each clause is read once, when a mention first asks about it.
 */
import {
  CUE_PHRASE_WORDS,
  MAX_YEARS,
  NUMBER_WORDS,
  OFFER_WORDS,
  OFFER_TASK_NOUNS,
  OFFER_TASK_VERBS,
  APPLICANT_WORDS,
  COMPANY_SELF_WORDS,
  COMPANY_VOICE_WORDS,
  ASK_MODALS,
  PREFERRED_CUES,
  REQUIRED_CUES,
  SKILL_CONTEXT_PREFIXES,
  SKILL_CONTEXT_PREFIX_MIN_LENGTH,
  SKILL_CONTEXT_WINDOW,
  SKILL_CONTEXT_WORDS,
  WEAK_REQUIRED_CUES,
  YEAR_WORDS,
} from './lexicon';
import { scratchBytes, type Tokens, type WordEntry } from './matcher';
import { lastAtOrBefore, SortedCursor } from './sorted';
import { hashToken } from './tokens';
import { hashKey } from './trie';
import type { Requirement } from './schema';

export const enum Cue {
  None = 0,
  /** explicit: outranks the section ("Rust is essential" under "Nice to have") */
  Required = 1,
  Preferred = 2,
  /** implicit ("Strong JS", "3+ years"): counts only where no section says otherwise */
  WeakRequired = 3,
}

const CUE_WORDS = new Map<string, Cue>([
  ...REQUIRED_CUES.map((w) => [w, Cue.Required] as const),
  ...PREFERRED_CUES.map((w) => [w, Cue.Preferred] as const),
  ...WEAK_REQUIRED_CUES.map((w) => [w, Cue.WeakRequired] as const),
]);
const NUMBERS: ReadonlyMap<string, number> = new Map(Object.entries(NUMBER_WORDS));
const isNumber = (k: string | undefined) => !!k && (NUMBERS.has(k) || /^\d{1,2}$/.test(k));

/**
 * Words that can carry a cue, by hashKey of their hash (verified on a hit), so tokens need not
 * become strings (and the key, a small integer, is no number boxed at each look-up).
 */
const CUE_CANDIDATES = new Map<number, string>();
for (const w of [...CUE_WORDS.keys(), ...CUE_PHRASE_WORDS]) CUE_CANDIDATES.set(hashKey(hashToken(w)), w);

/** Is the token before `i` the word `w`? */
const prevIs = (tokens: Tokens, i: number, w: string) => i > 0 && tokens.is(i - 1, w);
/** Is token j a number of years ("3", "three")? */
const numberAtIs = (tokens: Tokens, j: number) => j >= 0 && isNumber(tokens.keyAt(j));

/**
 * Cue of token `i`, reading its neighbours for phrases ("a plus", "nice to have", "not required").
 * (No closures here: they would allocate a context at every call, and this runs for every clause word.)
 */
function cueAt(tokens: Tokens, i: number): Cue {
  const k = CUE_CANDIDATES.get(hashKey(tokens.wordHash[tokens.id[i] as number] as number));
  if (k === undefined || !tokens.is(i, k)) return Cue.None;
  switch (k) {
    case 'plus':
      return prevIs(tokens, i, 'a') ||
        prevIs(tokens, i, 'is') ||
        prevIs(tokens, i, 'are') ||
        prevIs(tokens, i, 'big') ||
        prevIs(tokens, i, 'huge')
        ? Cue.Preferred
        : Cue.None;
    case 'nice':
    case 'good':
      return i + 2 < tokens.count && tokens.is(i + 1, 'to') && tokens.is(i + 2, 'have') ? Cue.Preferred : Cue.None;
    case 'great':
      return prevIs(tokens, i, 'be') ? Cue.Preferred : Cue.None;
    case 'have':
      return prevIs(tokens, i, 'you') ? Cue.WeakRequired : Cue.None;
    case 'years':
    case 'year':
    case 'yrs':
      return numberAtIs(tokens, i - 1) || (prevIs(tokens, i, '+') && numberAtIs(tokens, i - 2))
        ? Cue.WeakRequired
        : Cue.None;
    case 'required':
    case 'essential':
      return prevIs(tokens, i, 'not') ? Cue.Preferred : Cue.Required;
    default:
      return CUE_WORDS.get(k) ?? Cue.None;
  }
}

const CONTEXT_WORDS: ReadonlySet<string> = new Set(SKILL_CONTEXT_WORDS);
const OFFER: ReadonlySet<string> = new Set(OFFER_WORDS);
const OFFER_TASK: ReadonlySet<string> = new Set(OFFER_TASK_NOUNS);
const OFFER_TASK_VERB: ReadonlySet<string> = new Set(OFFER_TASK_VERBS);
const APPLICANT: ReadonlySet<string> = new Set(APPLICANT_WORDS);
const COMPANY_VOICE: ReadonlySet<string> = new Set(COMPANY_VOICE_WORDS);
const COMPANY_SELF_STEPS: ReadonlySet<string> = new Set(COMPANY_SELF_WORDS);
/** At most this many words stand between "we" and the context word ("we are a leading specialist"). */
const COMPANY_SELF_REACH = 4;
const ASK_MODAL: ReadonlySet<string> = new Set(ASK_MODALS);

const YEARS: ReadonlySet<string> = new Set(YEAR_WORDS);
const PREFIX_FIRST = new Set(SKILL_CONTEXT_PREFIXES.map((p) => p.charCodeAt(0)));

/**
 * An offer word that is one: not a recruiter's or an agent's task ("offer letters", "negotiate
 * offers"), nor the applicant an ask is put to.
 */
function offerWordAt(tokens: Tokens, i: number, w: string): boolean {
  const next = tokens.keyAt(i + 1);
  if (OFFER_TASK.has(next)) return false;
  if (i > 0 && OFFER_TASK_VERB.has(tokens.keyAt(i - 1))) return false;
  return !(APPLICANT.has(w) && ASK_MODAL.has(next));
}

/**
 * "We specialise in…", "we are specialists in…", "we're a leading expert in…": a skill-context
 * word the company says of itself, right after "we" (over "are", "a", "an", "the", "leading"),
 * makes no clause about the candidate's skills.
 */
function companySelf(tokens: Tokens, i: number, first: number): boolean {
  for (let k = i - 1, steps = 0; k >= first && steps < COMPANY_SELF_REACH; k--, steps++) {
    const w = tokens.keyAt(k);
    if (COMPANY_VOICE.has(w)) return true;
    if (!COMPANY_SELF_STEPS.has(w)) return false;
  }
  return false;
}

/** "3+ years", "two years", "5-7 yrs": a stated number of years. */
export interface YearsPhrase {
  at: number;
  end: number;
  years: number;
}

function numberAt(tokens: Tokens, i: number): number | null {
  if (i < 0) return null;
  const k = tokens.keyAt(i);
  const n = NUMBERS.get(k) ?? (/^\d{1,2}$/.test(k) ? Number(k) : NaN);
  return Number.isFinite(n) && n > 0 && n <= MAX_YEARS ? n : null;
}

/** The years phrase ending at year-word token i, if a number stands before it. */
function yearsAt(tokens: Tokens, i: number): YearsPhrase | null {
  let j = i - 1;
  if (tokens.is(j, '+') || tokens.is(j, 'plus')) j--;
  let years = numberAt(tokens, j);
  if (years === null) return null;
  // "5-7 years": the range starts at the number before
  const from = numberAt(tokens, j - 1);
  if (from !== null && from < years) {
    years = from;
    j--;
  }
  return { at: tokens.start[j] ?? 0, end: tokens.end[i] ?? 0, years };
}

interface ClauseInfo {
  /** explicit cue tokens in order (offset, end, kind), and the implicit ones ("Strong", "3 years") */
  cues: CueList;
  weakCues: CueList;
  /** token indexes of words that show the clause talks about skills */
  contextAt: number[];
  /** the clause talks about what the company offers or how to apply */
  offer: boolean;
  /**
   * first token the offer words cover: the clause's first, or after a label ("Job benefits: …"),
   * which speaks only of what follows it (a merged line's skills before it stay asks)
   */
  offerFrom: number;
  years: YearsPhrase[];
}

interface CueList {
  pos: number[];
  end: number[];
  kind: Cue[];
}

const enum WordKind {
  Unknown = 0,
  None = 1,
  /** a clause word (its table entry names it) */
  Clause = 2,
  /** starts with a skill-context prefix ("proficient", "certified"): counts when long enough */
  Prefix = 3,
}

const NONE: number[] = [];
const NO_CUES: CueList = { pos: NONE, end: NONE, kind: NONE };
const NO_YEARS: YearsPhrase[] = [];
/**
 * What most clauses say: no cue, no skill-context word, no offer, no years. One object stands for
 * all of them, so a long text does not keep one per clause alive through the extraction.
 */
const PLAIN: ClauseInfo = {
  cues: NO_CUES,
  weakCues: NO_CUES,
  contextAt: NONE,
  offer: false,
  offerFrom: 0,
  years: NO_YEARS,
};

/**
 * Lists a clause's words fill while it is read, reused from clause to clause: only what a clause
 * keeps is copied out, just as long as it is (see tightCues). New lists for every clause, grown by
 * `push` and then copied, made most of the garbage the clauses left.
 */
const SCRATCH_CUES: CueList = { pos: [], end: [], kind: [] };
const SCRATCH_WEAK_CUES: CueList = { pos: [], end: [], kind: [] };
const SCRATCH_CONTEXT: number[] = [];

/** Appends a cue to a scratch list holding `n`; returns the new count. */
function addCue(list: CueList, n: number, pos: number, end: number, kind: Cue): number {
  list.pos[n] = pos;
  list.end[n] = end;
  list.kind[n] = kind;
  return n + 1;
}

/** The first `n` cues of a scratch list, copied just as long: the lists live to the end of the extraction. */
const tightCues = (c: CueList, n: number): CueList =>
  n === 0 ? NO_CUES : { pos: c.pos.slice(0, n), end: c.end.slice(0, n), kind: c.kind.slice(0, n) };

export class ClauseIndex {
  /** clause start offsets, in order, and end offsets */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** clauseOf's search in `starts` (its look-ups mostly follow the text) */
  private readonly startsCursor: SortedCursor;
  /** read's search in the tokens' start offsets (clauses are read mostly in text order) */
  private readonly tokenCursor: SortedCursor;
  /** each clause's words, read on first use */
  private readonly info: (ClauseInfo | undefined)[];
  /** what each word of the text (by number) is to a clause, 0 until asked */
  private readonly kinds: Uint8Array;
  /**
   * per token: 1 inside a taxonomy name that goes on after it. Such a word is the name's, not the
   * clause's: the "insurance" of "process insurance claims", the "interview" of "interview
   * scheduling" make no clause about perks or applying ("health insurance", ending in the word,
   * still does).
   */
  private readonly shielded: Uint8Array;

  constructor(
    private readonly text: string,
    private readonly tokens: Tokens,
    private readonly entries: readonly WordEntry[],
    /** the matcher's candidates (taxonomy names) in the text */
    names: readonly { first: number; last: number }[] = [],
  ) {
    // (a scratch array: one ClauseIndex is read at a time, the extraction's)
    this.shielded = scratchBytes('clauses.shielded', tokens.count);
    // (an indexed loop: this runs once a text, often before V8 optimizes it, where `for … of`
    // allocates an iterator result per candidate)
    for (let k = 0; k < names.length; k++) {
      const c = names[k] as { first: number; last: number };
      if (c.last - c.first > 1) this.shielded.fill(1, c.first, c.last - 1);
    }
    const { breaks } = tokens;
    const n = breaks.length + 1;
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    let s = 0;
    for (let c = 0; c < breaks.length; c++) {
      const b = breaks[c] as number;
      this.starts[c] = s;
      this.ends[c] = b;
      s = b + 1;
    }
    this.starts[n - 1] = s;
    this.startsCursor = new SortedCursor(this.starts);
    this.tokenCursor = new SortedCursor(tokens.start.subarray(0, tokens.count));
    this.ends[n - 1] = text.length;
    this.info = new Array<ClauseInfo | undefined>(n).fill(undefined);
    this.kinds = new Uint8Array(tokens.words.length);
  }

  /** Token i's word: a clause word (lexicon.ts), a word that may start with a skill-context prefix, or neither. */
  private wordKind(i: number): WordKind {
    const w = this.tokens.id[i] as number;
    let kind = this.kinds[w] as WordKind;
    if (kind === WordKind.Unknown) {
      const e = this.tokens.wordEntry[w] as number;
      const word = this.tokens.words[w] as string;
      if (e !== 0 && this.entries[e - 1]?.word !== undefined) kind = WordKind.Clause;
      else if (PREFIX_FIRST.has(word.charCodeAt(0)) && SKILL_CONTEXT_PREFIXES.some((p) => word.startsWith(p)))
        kind = WordKind.Prefix;
      else kind = WordKind.None;
      this.kinds[w] = kind;
    }
    return kind;
  }

  /** Index of the clause holding offset `pos`. */
  clauseOf(pos: number): number {
    return Math.max(0, this.startsCursor.lastAtOrBefore(pos));
  }

  private get(ci: number): ClauseInfo {
    return this.info[ci] ?? this.read(ci);
  }

  /** Reads clause `ci`'s words (once: `get` keeps the result). */
  private read(ci: number): ClauseInfo {
    const tokens = this.tokens;
    const { start, end, count } = tokens;
    const s = this.starts[ci] ?? 0;
    const e = this.ends[ci] ?? this.text.length;
    const first = this.tokenCursor.lastAtOrBefore(s - 1) + 1;
    let last = first;
    while (last < count && (start[last] ?? 0) < e) last++;
    // Most clauses have no cue, no skill-context word, no offer and no years: their lists stay the
    // shared empty ones, and they share PLAIN. (cues, weakCues, contextAt: counts in the scratch lists)
    let cues = 0;
    let weakCues = 0;
    let contextAt = 0;
    let offer = false;
    let offerFrom = last;
    let years = NO_YEARS;
    const entries = this.entries;
    let labelled: number | undefined;
    for (let i = first; i < last; i++) {
      const kind = this.wordKind(i);
      if (kind === WordKind.None) continue;
      if (kind === WordKind.Prefix) {
        if ((end[i] ?? 0) - (start[i] ?? 0) >= SKILL_CONTEXT_PREFIX_MIN_LENGTH && !companySelf(tokens, i, first))
          SCRATCH_CONTEXT[contextAt++] = i;
        continue;
      }
      // (The tokenizer checked the entry against the token: it is the token's word.)
      const w = (entries[(tokens.wordEntry[tokens.id[i] as number] as number) - 1] as WordEntry).word as string;
      const cue = cueAt(tokens, i);
      if (cue === Cue.WeakRequired) weakCues = addCue(SCRATCH_WEAK_CUES, weakCues, start[i] ?? 0, end[i] ?? 0, cue);
      else if (cue !== Cue.None) cues = addCue(SCRATCH_CUES, cues, start[i] ?? 0, end[i] ?? 0, cue);
      if (CONTEXT_WORDS.has(w) && !companySelf(tokens, i, first)) SCRATCH_CONTEXT[contextAt++] = i;
      if (OFFER.has(w) && this.shielded[i] !== 1 && offerWordAt(tokens, i, w)) {
        offer = true;
        // after a label, its perks ("Benefits: gym, lunch") cover no more than the label does
        if (this.labelEnd(i)) labelled ??= i + 1;
        offerFrom = Math.min(offerFrom, labelled ?? first);
      }
      if (YEARS.has(w)) {
        const y = yearsAt(tokens, i);
        if (y) (years === NO_YEARS ? (years = []) : years).push(y);
      }
    }
    const plain = cues === 0 && weakCues === 0 && contextAt === 0 && !offer && years === NO_YEARS;
    const info: ClauseInfo = plain
      ? PLAIN
      : {
          cues: tightCues(SCRATCH_CUES, cues),
          weakCues: tightCues(SCRATCH_WEAK_CUES, weakCues),
          contextAt: contextAt === 0 ? NONE : SCRATCH_CONTEXT.slice(0, contextAt),
          offer,
          offerFrom,
          years,
        };
    this.info[ci] = info;
    return info;
  }

  /** Years phrases of clause `ci`, in order. */
  years(ci: number): readonly YearsPhrase[] {
    return this.get(ci).years;
  }

  /**
   * Is token `i` near (within `window` tokens, same clause) a word showing that the text talks
   * about the candidate's skills ("experience", "knowledge", "a plus", "strong")?
   */
  hasSkillContext(i: number, window = SKILL_CONTEXT_WINDOW): boolean {
    const at = this.get(this.clauseOf(this.tokens.start[i] ?? 0)).contextAt;
    // The list is in token order: look only at the words either side of i (a one-line posting
    // stuffed with skill words would otherwise make each look-up scan the whole line).
    const k = lastAtOrBefore(at, i - 1);
    if (k >= 0 && i - (at[k] as number) <= window) return true;
    let after = k + 1;
    if (at[after] === i) after++;
    return after < at.length && (at[after] as number) - i <= window;
  }

  /** Does a colon follow token i ("Benefits:")? */
  private labelEnd(i: number): boolean {
    let p = this.tokens.end[i] ?? 0;
    while (this.text.charCodeAt(p) === 32) p++;
    return this.text.charCodeAt(p) === 58;
  }

  /**
   * Is token `i` in a clause about benefits, applying or equal opportunity, and not about skills?
   * A label ("Job benefits:") covers only the words after it.
   */
  inOfferClause(i: number): boolean {
    const info = this.get(this.clauseOf(this.tokens.start[i] ?? 0));
    return info.offer && info.contextAt.length === 0 && i >= info.offerFrom;
  }

  /**
   * Requirement the clause's cue words give a mention at `pos`: the nearest explicit cue, or
   * with `weak` the nearest implicit one; null when there is none. `ci` is the clause holding
   * `pos`, when the caller has it already.
   */
  cue(pos: number, weak: boolean, ci: number = this.clauseOf(pos)): Requirement | null {
    const info = this.get(ci);
    const cues = weak ? info.weakCues : info.cues;
    if (cues.pos.length === 0) return null;
    // Cues are in text order: the nearest is the last one before `pos` or the first at or after it.
    const k = lastAtOrBefore(cues.pos, pos - 1);
    const before = k >= 0 ? pos - (cues.end[k] as number) : Infinity;
    const after = k + 1 < cues.pos.length ? (cues.pos[k + 1] as number) - pos : Infinity;
    const kind = before <= after ? cues.kind[k] : cues.kind[k + 1];
    return kind === Cue.Preferred ? 'preferred' : 'required';
  }
}
