/**
 * Context rules for ambiguous names: which candidates the text supports. In order (README.md,
 * "How a word becomes a skill"):
 * 1. nothing in a clause about perks, applying or equal opportunity counts, nor a word starting
 *    an idiom ("state-of-the-art"), nor a field the company names of itself ("We build …");
 *    (lines under a benefits heading are left out by extract.ts);
 * 2. an acronym alias ("IT", "AP") counts only in capitals;
 * 3. a clear name (not an ordinary word) counts, except a soft skill or ESCO lower-case phrase
 *    outside a clause about skills or an asks section, and a field naming a team ("Agile team");
 * 4. a generic word ("finance", "plan") counts only in a clause about skills, an asks section
 *    or a tag list;
 * 5. an ordinary-word name ("Go", "Excel", "R") must pass its rule (the skill's `cx` entry in
 *    data/taxonomy.json, else DEFAULT_RULE): no rejected neighbour, a capital (lower case only
 *    in a tag list), and where the rule, the position (sentence start, Title Case) or a single
 *    letter asks for it, evidence: a cue ("Go developer", "in Go", "Excel a plus"), a clear tech
 *    skill nearby, or a list of such names ("Go, Rust or Swift").
 * Nothing is dropped by a stop list. Words and thresholds: lexicon.ts.
 */
import { exampleTokens } from './brackets';
import type { ClauseIndex } from './clauses';
import {
  CUE_AFTER,
  CUE_BEFORE,
  CUE_PHRASES,
  DEFAULT_RULE,
  EVIDENCE_WINDOW,
  NAME_LIST_WINDOW,
  NATIONALITY_NOUNS,
  ROLE_NOUNS,
  ROLE_NOUN_REACH,
  TITLE_NOUNS,
  APPLYING_WORDS,
  APPLYING_REACH,
  COMPANY_WORDS,
  COMPANY_FORMS,
  COMPANY_FORM_BEFORE,
  COMPANY_VOICE_WORDS,
  COMPANY_VOICE_REACH,
  DEGREE_POST_NOUNS,
  IDIOMS,
  LANGUAGE_NEXT_WORDS,
  LINE_START_VERBS,
  VERB_NO_OBJECT,
  VERB_BEFORE,
  NOT_ASKED_AFTER,
  DETERMINERS,
  OBJECT_REACH,
  PERFECT_BEFORE,
  INSTITUTION_WORDS,
  HEAD_OF_WORDS,
  COLLABORATE_WORDS,
  ASK_FROM_WORDS,
  DEPARTMENT_WORDS,
  DEPARTMENT_NEXT_WORDS,
  TOOL_NOUNS,
  SENTENCE_START_CHARS,
  SHORT_LINE_CHARS,
  SKILL_PHRASE_BEFORE,
  SKILL_PHRASE_LINK,
  TAG_LIST_MIN_SKILLS,
  TAG_LIST_WINDOW,
  TITLE_CASE_MIN_WORDS,
  TITLE_CASE_MIN_WORD_LENGTH,
  TITLE_CASE_REACH,
  US_STATE_CODES,
} from './lexicon';
import {
  CASED,
  COMMON_WORD,
  GATED,
  GENERIC_WORD,
  NEED_UPPER,
  scratchBytes,
  wordsIn,
  type Candidate,
  type SkillIndex,
  type Tokens,
  type WordFlags,
} from './matcher';
import type { ContextRule, Skill, SkillKind } from './schema';
import { SortedCursor } from './sorted';

const CUE_BEFORE_SET: ReadonlySet<string> = new Set(CUE_BEFORE);
const CUE_AFTER_SET: ReadonlySet<string> = new Set(CUE_AFTER);
const ROLE_NOUN_SET: ReadonlySet<string> = new Set(ROLE_NOUNS);
const NATIONALITY_NOUN_SET: ReadonlySet<string> = new Set(NATIONALITY_NOUNS);
const TITLE_NOUN_SET: ReadonlySet<string> = new Set(TITLE_NOUNS);
const APPLYING_SET: ReadonlySet<string> = new Set(APPLYING_WORDS);
const COMPANY_SET: ReadonlySet<string> = new Set(COMPANY_WORDS);
const COMPANY_VOICE_SET: ReadonlySet<string> = new Set(COMPANY_VOICE_WORDS);
const DEGREE_POST_SET: ReadonlySet<string> = new Set(DEGREE_POST_NOUNS);
const LANGUAGE_NEXT_SET: ReadonlySet<string> = new Set(LANGUAGE_NEXT_WORDS);
const SKILL_PHRASE_HEADS: ReadonlySet<string> = new Set(SKILL_PHRASE_BEFORE);
const SKILL_PHRASE_LINKS: ReadonlySet<string> = new Set(SKILL_PHRASE_LINK);
const NOT_ASKED_SET: ReadonlySet<string> = new Set(NOT_ASKED_AFTER);
const DETERMINER_SET: ReadonlySet<string> = new Set(DETERMINERS);
const INSTITUTION_SET: ReadonlySet<string> = new Set(INSTITUTION_WORDS);
const PERFECT_SET: ReadonlySet<string> = new Set(PERFECT_BEFORE);
/** IDIOMS by their first word, each list in IDIOMS' order ("a degree of", "to a degree" start apart). */
const IDIOMS_BY_FIRST: ReadonlyMap<string, readonly (readonly string[])[]> = groupByFirstWord(IDIOMS);

function groupByFirstWord(phrases: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  const by = new Map<string, (readonly string[])[]>();
  for (const p of phrases) {
    const first = p[0] as string;
    let list = by.get(first);
    if (!list) by.set(first, (list = []));
    list.push(p);
  }
  return by;
}

/** Tokens inside an idiom of IDIOMS ("state of the art"), as 1s (a scratch array: the extraction's only). */
function idiomTokens(tokens: Tokens): Uint8Array {
  const out = scratchBytes('context.idioms', tokens.count);
  // the idioms starting with each word of the text, by word number, looked up once a word (null:
  // none): "a", "in", "to" start some, and a map look-up at each of them cost more than the rest
  const startingWith = new Array<readonly (readonly string[])[] | null | undefined>(tokens.words.length).fill(
    undefined,
  );
  for (let i = 0; i < tokens.count; i++) {
    const w = tokens.id[i] as number;
    let idioms = startingWith[w];
    if (idioms === undefined) startingWith[w] = idioms = IDIOMS_BY_FIRST.get(tokens.words[w] as string) ?? null;
    if (idioms === null) continue;
    // only the idioms starting with this word: "a", "in", "to" start a few each, and trying all of
    // them at every such token compared strings for most of the time spent here
    // (indexed: unoptimized `for … of` allocates an iterator result per idiom tried)
    for (let k = 0; k < idioms.length; k++) {
      const p = idioms[k] as readonly string[];
      if (!followedBy(tokens, i, p, 1)) continue;
      out.fill(1, i, i + p.length);
      i += p.length - 1;
      break;
    }
  }
  return out;
}

/** Do the words of `phrase` stand from token `at` on? (`from` 1: token `at` is known to be its first word.) */
function followedBy(tokens: Tokens, at: number, phrase: readonly string[], from = 0): boolean {
  for (let k = from; k < phrase.length; k++)
    if (at + k >= tokens.count || !tokens.is(at + k, phrase[k] as string)) return false;
  return true;
}

/**
 * Does one of `phrases` follow token `at`? (A loop, not `some` with an arrow: in the candidate loop
 * the arrow captured the candidate, which made every turn of the loop allocate a context for it.)
 */
function followedByAny(tokens: Tokens, at: number, phrases: readonly (readonly string[])[]): boolean {
  for (let k = 0; k < phrases.length; k++) if (followedBy(tokens, at, phrases[k] as readonly string[])) return true;
  return false;
}

/** Kinds named by products: a lower-case ordinary word is no such name. */
export const TECH_KINDS: ReadonlySet<SkillKind> = new Set(['language', 'tool', 'platform']);

export const isUpperStart = (s: string) => isUpperCode(s.charCodeAt(0));
/** Is the character code an ASCII capital? */
const isUpperCode = (c: number) => c >= 65 && c <= 90;
const isAllUpper = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();

const STATE_CODES: ReadonlySet<string> = new Set(US_STATE_CODES);

/** "Little Rock, AR", "Austin, TX 78701": a state's code in capitals after a capitalised place and a comma. */
function stateOfPlace(text: string, tokens: Tokens, c: Candidate): boolean {
  const i = c.first;
  if (c.last - i !== 1 || i === 0 || !STATE_CODES.has(tokens.keyAt(i))) return false;
  const start = tokens.start[i] ?? 0;
  if (!isAllUpper(text.slice(start, tokens.end[i]))) return false;
  let k = start - 1;
  while (k > 0 && isSpace(text.charCodeAt(k))) k--;
  return (
    text.charCodeAt(k) === 44 /* , */ &&
    (tokens.end[i - 1] ?? 0) === k &&
    isUpperStart(text.slice(tokens.start[i - 1], k))
  );
}

const LINE_START_VERB_SET: ReadonlySet<string> = new Set(LINE_START_VERBS);
const VERB_NO_OBJECT_SET: ReadonlySet<string> = new Set(VERB_NO_OBJECT);
const VERB_BEFORE_SET: ReadonlySet<string> = new Set(VERB_BEFORE);
const HEAD_OF_SET: ReadonlySet<string> = new Set(HEAD_OF_WORDS);
const TOOL_NOUN_SET: ReadonlySet<string> = new Set(TOOL_NOUNS);
const FORMS: ReadonlySet<string> = new Set(COMPANY_FORMS);
const FORM_BEFORE: ReadonlySet<string> = new Set(COMPANY_FORM_BEFORE);

/** "Acme Group PLC", "Barrow plc": a company's legal form after its name, not a skill. */
function companyForm(text: string, tokens: Tokens, c: Candidate): boolean {
  const i = c.first;
  if (c.last - i !== 1 || i === 0 || !FORMS.has(tokens.keyAt(i)) || tokens.gap[i] === 1) return false;
  const before = text.slice(tokens.start[i - 1], tokens.end[i - 1]);
  if (!isUpperStart(before)) return false;
  return FORM_BEFORE.has(tokens.keyAt(i - 1)) || !isAllUpper(text.slice(tokens.start[i], tokens.end[i]));
}

const COLLABORATE_SET: ReadonlySet<string> = new Set(COLLABORATE_WORDS);
const ASK_FROM_SET: ReadonlySet<string> = new Set(ASK_FROM_WORDS);
const DEPARTMENT_SET: ReadonlySet<string> = new Set(DEPARTMENT_WORDS);
const DEPARTMENT_NEXT_SET: ReadonlySet<string> = new Set(DEPARTMENT_NEXT_WORDS);
const LIST_JOINS: ReadonlySet<string> = new Set(['and', 'or', '&']);
/** Departments named together with the field, at most ("with product, design, data and engineering"). */
const DEPARTMENT_LIST_REACH = 8;

/** Only spaces, commas and "&" between tokens k and k + 1: the same list on the same line. */
function listJoined(text: string, tokens: Tokens, k: number): boolean {
  for (let p = tokens.end[k] ?? 0; p < (tokens.start[k + 1] ?? 0); p++) {
    const ch = text.charCodeAt(p);
    if (ch !== 32 && ch !== 44 /* , */ && ch !== 38 /* & */) return false;
  }
  return true;
}

/**
 * "Partner with marketing and sales on launches", "work closely with engineering", "alongside
 * product": a one-word field the job works with is a department, not a skill it asks for.
 * "Experience working with sales" still asks for it.
 */
function withDepartment(text: string, tokens: Tokens, c: Candidate): boolean {
  // one word, or one of three with "&" in the middle ("R&D")
  const ampersand = c.last - c.first === 3 && tokens.is(c.first + 1, '&');
  if (c.last - c.first !== 1 && !ampersand) return false;
  const key = ampersand
    ? text.slice(tokens.start[c.first], tokens.end[c.first + 2]).toLowerCase()
    : tokens.keyAt(c.first);
  if (!DEPARTMENT_SET.has(key)) return false;
  return departmentListWith(text, tokens, c);
}

/** `withDepartment` past its first test (apart, so that the closure below costs the common case nothing). */
function departmentListWith(text: string, tokens: Tokens, c: Candidate): boolean {
  const inList = (k: number) => LIST_JOINS.has(tokens.keyAt(k)) || DEPARTMENT_SET.has(tokens.keyAt(k));
  let k = c.first - 1;
  for (let steps = 0; k >= 0 && steps < DEPARTMENT_LIST_REACH && listJoined(text, tokens, k) && inList(k); steps++) k--;
  if (k < 0 || !listJoined(text, tokens, k)) return false;
  const before = tokens.keyAt(k);
  const together =
    before === 'alongside' ||
    (before === 'with' && k > 0 && listJoined(text, tokens, k - 1) && COLLABORATE_SET.has(tokens.keyAt(k - 1))) ||
    (before === 'from' && k > 0 && listJoined(text, tokens, k - 1) && ASK_FROM_SET.has(tokens.keyAt(k - 1)));
  if (!together || tokens.is(k - 2, 'experience')) return false;
  // what follows the list: nothing in the phrase, or a word that is no noun of the field's
  let j = c.last;
  while (j < tokens.count && listJoined(text, tokens, j - 1) && inList(j)) j++;
  // (a comma, a bracket or a line end after the list ends the phrase)
  if (j >= tokens.count || /[^ \t]/.test(text.slice(tokens.end[j - 1], tokens.start[j]))) return true;
  const next = tokens.keyAt(j);
  return DEPARTMENT_NEXT_SET.has(next) || !/^[\p{L}\p{N}]/u.test(next);
}

/** Shorter words may stay in lower case inside a name ("After the Deadline"). */
const NAME_SMALL_WORD = 3;

/** Is the candidate written as a name: its first word and every longer one capitalised? */
function capitalised(text: string, tokens: Tokens, c: Candidate): boolean {
  for (let k = c.first; k < c.last; k++) {
    const w = text.slice(tokens.start[k], tokens.end[k]);
    if ((k === c.first || w.length > NAME_SMALL_WORD) && /^[a-z]/.test(w)) return false;
  }
  return true;
}

/** True when the token begins a sentence, line, bullet or heading (capitalisation says nothing). */
function atSentenceStart(text: string, tokens: Tokens, i: number): boolean {
  let p = (tokens.start[i] ?? 0) - 1;
  while (p >= 0) {
    const ch = text.charCodeAt(p);
    if (ch === 32 || ch === 9 || ch === 160) {
      p--;
      continue;
    }
    return SENTENCE_START_CHARS.includes(text[p] ?? '');
  }
  return true;
}

/** True when the words around are mostly capitalised too (a title or heading in Title Case). */
function inTitleCase(text: string, tokens: Tokens, i: number): boolean {
  let caps = 0;
  let seen = 0;
  for (let j = i - TITLE_CASE_REACH; j <= i + TITLE_CASE_REACH; j++) {
    if (j === i || j < 0 || j >= tokens.count) continue;
    const w = text.slice(tokens.start[j], tokens.end[j]);
    if (!/^[A-Za-z]/.test(w) || w.length < TITLE_CASE_MIN_WORD_LENGTH) continue;
    seen++;
    if (isUpperStart(w)) caps++;
  }
  return seen >= TITLE_CASE_MIN_WORDS && caps === seen;
}

/**
 * Line breaks and sentence ends of a text, found once, so that each context question costs a
 * binary search rather than a scan to the end of the line (a keyword-stuffed one-line posting
 * would otherwise cost time quadratic in its length).
 */
class Layout {
  /** offsets of "\n", in order */
  private readonly newlines: Int32Array;
  /** searches in the newlines and in the sentence ends (".", "!" or "?" followed by white space):
   * the candidates ask in text order */
  private readonly newlineCursor: SortedCursor;
  private readonly sentenceEndCursor: SortedCursor;

  constructor(private readonly text: string) {
    // (typed arrays: these live through applyContext, and arrays grown by `push` were copied at
    // each growth and again by each collection they lived through)
    const newlines = new OffsetList();
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i);
    this.newlines = newlines.done();
    // `test` rather than `matchAll`: no match object per sentence (the match is the two characters
    // before lastIndex)
    const end = /[.!?]\s/g;
    const sentenceEnds = new OffsetList();
    while (end.test(text)) sentenceEnds.push(end.lastIndex - 2);
    this.newlineCursor = new SortedCursor(this.newlines);
    this.sentenceEndCursor = new SortedCursor(sentenceEnds.done());
  }

  /** Is there an element of the cursor's list in [lo, hi]? */
  private static any(cursor: SortedCursor, lo: number, hi: number): boolean {
    const k = cursor.lastAtOrBefore(lo - 1) + 1;
    return k < cursor.arr.length && (cursor.arr[k] as number) <= hi;
  }

  sameLine(a: number, b: number): boolean {
    return !Layout.any(this.newlineCursor, Math.min(a, b), Math.max(a, b) - 1);
  }

  /** No sentence end between the two offsets (its white space inside the span). */
  sameSentence(a: number, b: number): boolean {
    return !Layout.any(this.sentenceEndCursor, Math.min(a, b), Math.max(a, b) - 2);
  }

  /** Length of the line holding offset `at`. */
  lineLength(at: number): number {
    const k = this.newlineCursor.lastAtOrBefore(at - 1);
    const start = k < 0 ? 0 : (this.newlines[k] as number) + 1;
    const end = this.newlines[k + 1] ?? this.text.length;
    return end - start;
  }
}

/** Offsets in order, in a typed array that doubles when full. */
class OffsetList {
  private values = new Int32Array(1024);
  private length = 0;

  push(offset: number): void {
    if (this.length === this.values.length) {
      const more = new Int32Array(this.values.length * 2);
      more.set(this.values);
      this.values = more;
    }
    this.values[this.length++] = offset;
  }

  /** The offsets pushed, as long as they are (a view, not a copy). */
  done(): Int32Array {
    return this.values.subarray(0, this.length);
  }
}

/** Characters looked at on each side for a link around a candidate: bounded, so the cost stays linear. */
const ADDRESS_REACH = 100;

/** Is [start, end) part of a web address ("https://…", "www.…") or an HTML entity ("&amp;")? */
function inAddressOrEntity(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) === 38 /* & */ && text.charCodeAt(end) === 59 /* ; */) return true;
  let a = start;
  while (a > 0 && start - a < ADDRESS_REACH && !isSpace(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && b - end < ADDRESS_REACH && !isSpace(text.charCodeAt(b))) b++;
  // "://" inside [a, b), or "www." at its start: read in place (this runs for every candidate)
  for (let p = a; p + 3 <= b; p++)
    if (text.charCodeAt(p) === 58 && text.charCodeAt(p + 1) === 47 && text.charCodeAt(p + 2) === 47) return true;
  return b - a >= 4 && text.startsWith('www.', a);
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;

/** Tests `applyContext` hands on for phrases read after it, on the layout it built. */
export interface LaterTests {
  /** is the phrase in a sentence where the company speaks of itself ("a leader in retail banking")? */
  aboutCompany: (c: { first: number; last: number }) => boolean;
  /** tokens inside an idiom ("state of the art", "Amazon DSP"), as 1s: no phrase is read there either */
  idioms: Uint8Array;
}

/** Keeps the candidates the context supports (steps in the header above). */
export function applyContext(
  text: string,
  tokens: Tokens,
  candidates: Candidate[],
  idx: SkillIndex,
  clauses: ClauseIndex,
  /** Is this text offset under a heading that lists what the job asks for ("Requirements", "Nice to have")? */
  inAskSection: (offset: number) => boolean = () => false,
  /** filled with a test of the same sentences for phrases read later (the tagger's) */
  later?: LaterTests,
): Candidate[] {
  const out: Candidate[] = [];
  const layout = new Layout(text);
  const sameLine = (a: number, b: number) => layout.sameLine(a, b);
  const skillAt = idx.skill;
  const flagged = (c: Candidate) => c.last - c.first === 1 && (c.flags & (COMMON_WORD | GENERIC_WORD)) !== 0;
  // Evidence: clear tech mentions (not ordinary words) by token position.
  const anchors: number[] = [];
  // Looser anchors for tag lists ("reactjs django go docker"): any clear non-soft skill.
  const listAnchors: number[] = [];
  // (indexed loops over the candidates: this runs once a text, much of it before V8 optimizes it,
  // where `for … of` allocates an iterator result per candidate)
  for (let at = 0; at < candidates.length; at++) {
    const c = candidates[at] as Candidate;
    if (flagged(c)) continue;
    const kind = skillAt(c.skill).kind;
    if (kind && TECH_KINDS.has(kind)) anchors.push(c.first);
    if (kind && kind !== 'soft' && kind !== 'other') listAnchors.push(c.first);
  }
  // Anchors are in token order: a binary search finds the window.
  const near = (list: number[], c: Candidate, window: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] ?? 0) < c.first - window) lo = mid + 1;
      else hi = mid;
    }
    let n = 0;
    // A name alone on a short line ("Spring" in a one-per-line list) may lean on the lines around.
    const s0 = tokens.start[c.first] ?? 0;
    const shortLine = layout.lineLength(s0) <= SHORT_LINE_CHARS;
    for (let k = lo; k < list.length && (list[k] ?? 0) <= c.first + window; k++) {
      const a = list[k] ?? 0;
      if (a === c.first) continue;
      const sa = tokens.start[a] ?? 0;
      // Evidence stays inside the sentence ("Ruby from accounts. Python scripting" is no list),
      // except for a name alone on a short line.
      if (shortLine || (layout.sameLine(sa, s0) && layout.sameSentence(sa, s0))) n++;
    }
    return n;
  };
  // "Industry: Financial Services Company size: 10k+": a label in sentence case, two words and a
  // colon ("Company size:", "Company type:"), starts the next field of a job board's header; its
  // first word is no noun of the field before. ("our Agile Team: …" stays a team.)
  const colonAfter = (k: number) => {
    let i = tokens.end[k] ?? 0;
    while (text.charCodeAt(i) === 32) i++;
    return text.charCodeAt(i) === 58;
  };
  const startsLabel = (k: number) => {
    if (k + 1 >= tokens.count || tokens.gap[k + 1] === 1 || colonAfter(k) || !colonAfter(k + 1)) return false;
    const next = text.slice(tokens.start[k + 1], tokens.end[k + 1]);
    return isUpperStart(text.slice(tokens.start[k], tokens.end[k])) && next === next.toLowerCase();
  };
  // "our Backend team", "the Agile team", "Scrum Master": a field naming a team or a role
  // describes the company, it is not a skill the ad asks for.
  const inJobTitle = (c: Candidate) => {
    const kind = skillAt(c.skill).kind;
    if (kind !== 'domain' && kind !== 'method') return false;
    // "Software Engineer" read as software engineering: the name itself ends in a job title.
    if (TITLE_NOUN_SET.has(tokens.keyAt(c.last - 1))) return true;
    // "Head of Finance", "VP of Engineering": the post, on its line
    if (
      c.first > 1 &&
      tokens.is(c.first - 1, 'of') &&
      HEAD_OF_SET.has(tokens.keyAt(c.first - 2)) &&
      !tokens.gap[c.first] &&
      !tokens.gap[c.first - 1] &&
      sameLine(tokens.start[c.first - 2] ?? 0, tokens.start[c.first] ?? 0)
    )
      return true;
    if (kind === 'domain' && withDepartment(text, tokens, c)) return true;
    // A comma or a bracket ends the phrase: "cash handling, team leadership" names no team.
    // "Design and Engineering teams": the field's twin in between counts for nothing
    // "cash handling and team leadership": a role noun right after the "and" starts the next item.
    const joined = c.last < tokens.count && LIST_JOINS.has(tokens.keyAt(c.last));
    const reach = ROLE_NOUN_REACH + (joined ? 1 : 0);
    for (let k = c.last; k < c.last + reach && k < tokens.count && tokens.gap[k] !== 1; k++) {
      if (joined && k === c.last + 1) continue;
      const key = tokens.keyAt(k);
      if ((ROLE_NOUN_SET.has(key) || TITLE_NOUN_SET.has(key)) && !startsLabel(k)) return true;
    }
    // "the front end of the store": a part of a place, not a field of work.
    return (
      kind === 'domain' &&
      c.first > 0 &&
      c.last < tokens.count &&
      tokens.is(c.first - 1, 'the') &&
      tokens.is(c.last, 'of') &&
      tokens.gap[c.last] !== 1
    );
  };
  // A tag list ("reactjs django go docker"): a clear skill right next to it, two within 3 tokens.
  // (by token: does such a skill start there, does one end right before it)
  // (reused arrays: these must not outlive this call)
  const anchorStarts = scratchBytes('context.anchorStarts', tokens.count + 1);
  const anchorEnds = scratchBytes('context.anchorEnds', tokens.count + 1);
  // where a clear tool, language or platform name ends ("our Snowflake warehouse": its noun follows)
  const toolEnds = scratchBytes('context.toolEnds', tokens.count + 1);
  for (let at = 0; at < candidates.length; at++) {
    const c = candidates[at] as Candidate;
    if (flagged(c)) continue;
    const kind = skillAt(c.skill).kind;
    if (kind !== 'soft' && kind !== 'other') {
      anchorStarts[c.first] = 1;
      anchorEnds[c.last] = 1;
    }
    if (TECH_KINDS.has(kind)) toolEnds[c.last] = 1;
  }
  // Examples in brackets after a skill ("AWS (Lambda, ECS)", "ERP modules (Sales, Inventory)") are one too.
  const examples = exampleTokens(text, tokens, anchorEnds, scratchBytes('context.examples', tokens.count));
  // "Finance and HR teams": a role noun right after a field (not a tool) is that field's team,
  // not the product named by the word (Microsoft Teams).
  const teamOfField = (c: Candidate) =>
    c.last - c.first === 1 &&
    anchorEnds[c.first] === 1 &&
    toolEnds[c.first] !== 1 &&
    tokens.gap[c.first] !== 1 &&
    ROLE_NOUN_SET.has(tokens.keyAt(c.first));
  const inTagList = (c: Candidate) =>
    examples[c.first] === 1 ||
    ((anchorEnds[c.first] === 1 || anchorStarts[c.last] === 1) &&
      near(listAnchors, c, TAG_LIST_WINDOW) >= TAG_LIST_MIN_SKILLS);
  // Capitalised ordinary-word tech names listed together ("Go, Rust or Swift") vouch for each other.
  const listed = (c: Candidate, at: number) =>
    candidates.slice(Math.max(0, at - NAME_LIST_WINDOW), at + NAME_LIST_WINDOW + 1).some((o) => {
      // Single letters ("R and D") neither vouch nor are vouched for by a list.
      // Nor does the same name twice ("a Sous Chef or Chef de Partie").
      if (
        o === c ||
        o.skill === c.skill ||
        !(o.flags & COMMON_WORD) ||
        Math.abs(o.first - c.first) > NAME_LIST_WINDOW ||
        (tokens.end[o.first] ?? 0) - (tokens.start[o.first] ?? 0) < 2
      )
        return false;
      const kind = skillAt(o.skill).kind;
      return !!kind && TECH_KINDS.has(kind) && isUpperStart(text.slice(tokens.start[o.first], tokens.end[o.first]));
    });

  /** Is one of `words` within APPLYING_REACH tokens of the candidate, in its sentence? */
  const sentenceHas = (c: { first: number; last: number }, words: WordFlags) => {
    const s0 = tokens.start[c.first] ?? 0;
    const from = Math.max(0, c.first - APPLYING_REACH);
    const to = Math.min(tokens.count, c.last + APPLYING_REACH);
    for (let k = from; k < to; k++) {
      if (!words.has(tokens.id[k] as number)) continue;
      const sk = tokens.start[k] ?? 0;
      if (layout.sameLine(sk, s0) && layout.sameSentence(sk, s0)) return true;
    }
    return false;
  };
  const applyingWords = wordsIn(tokens, APPLYING_SET);
  const companyWords = wordsIn(tokens, COMPANY_SET);
  const companyVoice = wordsIn(tokens, COMPANY_VOICE_SET);
  // "The application must be in English": the language of the papers sent, not a skill asked.
  const inApplyingClause = (c: Candidate) =>
    c.first > 0 && (tokens.is(c.first - 1, 'in') || tokens.is(c.first - 1, 'into')) && sentenceHas(c, applyingWords);
  // "the Danish health industry": a language name before a lower-case word it does not go with.
  const adjective = (c: Candidate) => {
    // English word order only: Spanish and French put the adjective after the noun ("Anglais
    // courant", "inglés fluido"), and German writes every noun with a capital ("Englisch von Vorteil").
    if (tokens.language !== 'en') return false;
    if (c.last >= tokens.count || tokens.gap[c.last] === 1) return false;
    if (!layout.sameLine(tokens.start[c.first] ?? 0, tokens.start[c.last] ?? 0)) return false;
    // English writes the adjective with a capital; "lingua inglese e …" is no adjective.
    if (!isUpperStart(text.slice(tokens.start[c.first], tokens.end[c.first]))) return false;
    const next = text.slice(tokens.start[c.last], tokens.end[c.last]);
    return /^[a-z]+$/.test(next) && !LANGUAGE_NEXT_SET.has(next);
  };
  /** "We build …": "we" at most COMPANY_VOICE_REACH tokens before the candidate, in its sentence. */
  const weSayBefore = (c: { first: number }) => {
    const s0 = tokens.start[c.first] ?? 0;
    for (let k = c.first - 1; k >= 0 && k >= c.first - COMPANY_VOICE_REACH; k--) {
      if (!companyVoice.has(tokens.id[k] as number)) continue;
      const sk = tokens.start[k] ?? 0;
      return layout.sameLine(sk, s0) && layout.sameSentence(sk, s0);
    }
    return false;
  };
  // "a global leader in financial services": what the company does, when nothing asks for it.
  // "we build large e-commerce platforms": the company speaking of itself names a field it works in.
  // (A method there, "we work in Scrum", is how the job is done: ads ask for it.) Neither holds
  // in an asks section: there "send changes to the payroll provider" names a third party.
  const companySays = (c: { first: number; last: number }) =>
    !clauses.hasSkillContext(c.first) &&
    !inAskSection(tokens.start[c.first] ?? 0) &&
    (sentenceHas(c, companyWords) || weSayBefore(c));
  const aboutCompany = (c: Candidate) => skillAt(c.skill).kind === 'domain' && companySays(c);
  // A phrase the tagger reads there is such a field too ("a leader in retail banking").
  if (later) later.aboutCompany = companySays;
  const idioms = idiomTokens(tokens);
  if (later) later.idioms = idioms;
  // "VCs" (venture capitalists) is no "VCS": a short acronym's plural spelled like a longer one.
  const acronymPlural = (c: Candidate, at: number, length: number) => {
    // (the token is cut out of the text only when it may be one: a capital first, "s" last)
    if (c.last - c.first !== 1 || length < 3 || !isUpperCode(text.charCodeAt(at))) return false;
    if (text.charCodeAt(at + length - 1) !== 115) return false;
    const written = text.slice(at, at + length);
    if (!/^[A-Z]{2,}s$/.test(written)) return false;
    const skill = skillAt(c.skill);
    const upper = written.toUpperCase();
    return skill.name === upper || skill.aliases.includes(upper);
  };
  // "non-finance colleagues", "non-technical staff": those who lack the field, not a skill asked.
  const nonPrefixed = (c: Candidate) => {
    const k = c.first - 1;
    if (k < 0 || !tokens.is(k, 'non')) return false;
    const e = tokens.end[k] ?? 0;
    return text.charCodeAt(e) === 45 /* - */ && (tokens.start[c.first] ?? 0) === e + 1;
  };
  // Is token k written with a lower-case first letter? (A verb mid-line is: "using REST and
  // GraphQL" names the API style.)
  const lowerAt = (k: number) => {
    const ch = text.charCodeAt(tokens.start[k] ?? 0);
    return ch >= 97 && ch <= 122;
  };
  // "- Plan and schedule posts": a verb first on its line, followed by a word on that line, orders a task.
  // "Assess, plan and evaluate care": such a verb before "and"/"or" and another word does too.
  const orders = (c: Candidate) => {
    if (!LINE_START_VERB_SET.has(tokens.keyAt(c.first)) || c.last >= tokens.count || tokens.gap[c.last] === 1)
      return false;
    const s0 = tokens.start[c.first] ?? 0;
    if (!sameLine(s0, tokens.start[c.last] ?? 0)) return false;
    if (c.first === 0 || !sameLine(tokens.start[c.first - 1] ?? 0, s0)) return true;
    if (!lowerAt(c.first)) return false;
    const next = tokens.keyAt(c.last);
    // "use the data to plan small-group instruction": the verb and its object ("able to plan and
    // organise", "to plan ahead" still name the skill)
    if (tokens.is(c.first - 1, 'to') && tokens.gap[c.first] !== 1 && !VERB_NO_OBJECT_SET.has(next)) return true;
    return (next === 'and' || next === 'or') && c.last + 1 < tokens.count && tokens.gap[c.last + 1] !== 1;
  };
  // "a research plan", "the treatment plan": such a verb after a word that no verb follows is a noun.
  const asNoun = (c: Candidate) => {
    if (c.last - c.first !== 1 || c.first === 0 || tokens.gap[c.first] === 1) return false;
    if (!LINE_START_VERB_SET.has(tokens.keyAt(c.first)) || !lowerAt(c.first)) return false;
    if (!sameLine(tokens.start[c.first - 1] ?? 0, tokens.start[c.first] ?? 0)) return false;
    const before = tokens.keyAt(c.first - 1);
    return !VERB_BEFORE_SET.has(before) && !before.endsWith('ly');
  };
  // "a PhD position", "PhD students": the post, not a degree asked for.
  const degreePost = (c: Candidate) =>
    skillAt(c.skill).kind === 'certification' &&
    c.last < tokens.count &&
    tokens.gap[c.last] !== 1 &&
    DEGREE_POST_SET.has(tokens.keyAt(c.last));

  // "knowledge of excel": a skill-context word, then "of", "in", "with" right before a tech name.
  const afterSkillPhrase = (c: Candidate) => {
    const kind = skillAt(c.skill).kind;
    if (!TECH_KINDS.has(kind) || c.first < 2 || tokens.gap[c.first] === 1 || tokens.gap[c.first - 1] === 1)
      return false;
    return SKILL_PHRASE_LINKS.has(tokens.keyAt(c.first - 1)) && SKILL_PHRASE_HEADS.has(tokens.keyAt(c.first - 2));
  };

  // "the Department of Biology", "the Chair of Pharmaceutical Technology", "the Centre for Quantum
  // Devices": a capitalised field after a unit's noun names the institution, not a skill.
  const institution = (c: Candidate) => {
    if (c.first < 2 || tokens.gap[c.first] === 1 || tokens.gap[c.first - 1] === 1) return false;
    const link = tokens.keyAt(c.first - 1);
    if ((link !== 'of' && link !== 'for') || !INSTITUTION_SET.has(tokens.keyAt(c.first - 2))) return false;
    return isUpperStart(text.slice(tokens.start[c.first], tokens.end[c.first]));
  };

  // "No CDL required", "no degree needed": the ad says it asks nothing. ("Java is not required"
  // stays, as a preference: clauses.ts reads it so.)
  const notAsked = (c: Candidate) => {
    const s0 = tokens.start[c.first] ?? 0;
    const k = c.last;
    return (
      c.first > 0 &&
      tokens.gap[c.first] !== 1 &&
      tokens.is(c.first - 1, 'no') &&
      sameLine(tokens.start[c.first - 1] ?? 0, s0) &&
      k < tokens.count &&
      tokens.gap[k] !== 1 &&
      sameLine(tokens.start[k] ?? 0, s0) &&
      NOT_ASKED_SET.has(tokens.keyAt(k))
    );
  };

  // "highly skilled and motivated employees", "an assigned project": a verb's -ed form before its
  // object is an adjective there, not the verb of the skill ("motivate employees"). First on its
  // line ("Managed budgets of £1m"), after "have" or joined to its doer ("Terraform-managed
  // infrastructure") it is the verb; a label written so ("automated testing") is a name.
  const participle = (c: Candidate, firstAt: number, firstLength: number, skill: Skill) => {
    if (tokens.language !== 'en' || c.last - c.first < 2 || firstLength < 5 || c.first === 0) return false;
    if (text.charCodeAt(firstAt - 1) === 45 /* - */) return false;
    if (text.charCodeAt(firstAt + firstLength - 1) !== 100 || text.charCodeAt(firstAt + firstLength - 2) !== 101)
      return false;
    if (!sameLine(tokens.start[c.first - 1] ?? 0, firstAt) || PERFECT_SET.has(tokens.keyAt(c.first - 1))) return false;
    const written = `${text.slice(firstAt, firstAt + firstLength).toLowerCase()} `;
    return (
      !skill.name.toLowerCase().startsWith(written) && !skill.aliases.some((a) => a.toLowerCase().startsWith(written))
    );
  };

  /** Does a context rule's word around the mention, on its line, reject it? */
  const ruleRejects = (rule: ContextRule, c: Candidate): boolean => {
    if (c.last < tokens.count && sameLine(tokens.start[c.first] ?? 0, tokens.start[c.last] ?? 0)) {
      if (rule.notBefore?.includes(tokens.keyAt(c.last))) return true;
      if (rule.notPhrases && followedByAny(tokens, c.last, rule.notPhrases)) return true;
      if (rule.objects && tokens.gap[c.last] !== 1 && DETERMINER_SET.has(tokens.keyAt(c.last))) {
        // (over numbers and a possessive's quote: "a 7.5 tonne lorry", "the company's vans")
        const s0 = tokens.start[c.first] ?? 0;
        let k = c.last + 1;
        const to = Math.min(tokens.count, c.last + 1 + OBJECT_REACH);
        while (k < to && sameLine(tokens.start[k] ?? 0, s0) && !rule.objects.includes(tokens.keyAt(k))) k++;
        if (k === to || !sameLine(tokens.start[k] ?? 0, s0)) return true;
      }
    }
    return (
      c.first > 0 &&
      !!rule.notAfter?.includes(tokens.keyAt(c.first - 1)) &&
      sameLine(tokens.start[c.first - 1] ?? 0, tokens.start[c.first] ?? 0)
    );
  };

  for (let at = 0; at < candidates.length; at++) {
    const c = candidates[at] as Candidate;
    // "http" of a link, "amp" of "&amp;": markup and addresses, not words of the ad.
    if (inAddressOrEntity(text, tokens.start[c.first] ?? 0, tokens.end[c.last - 1] ?? 0)) continue;
    if (
      aboutCompany(c) ||
      degreePost(c) ||
      idioms[c.first] === 1 ||
      notAsked(c) ||
      institution(c) ||
      stateOfPlace(text, tokens, c) ||
      companyForm(text, tokens, c)
    )
      continue;
    // "We offer a gym, Apple hardware and LinkedIn Learning": perks and process, not skills.
    if (clauses.inOfferClause(c.first)) continue;
    // The first token as written: most tests read only its first letter and its length, and
    // cutting it out of the text for each candidate made a string that was garbage at once.
    const firstAt = tokens.start[c.first] ?? 0;
    const firstLength = (tokens.end[c.first] ?? 0) - firstAt;
    const firstUpper = isUpperCode(text.charCodeAt(firstAt));
    if (
      c.flags & NEED_UPPER &&
      c.last - c.first === 1 &&
      // (an acronym's plural, "VPNs", is the acronym's: matcher.ts acronymPlural)
      !isAllUpper(
        text.slice(firstAt, firstAt + firstLength - (text.charCodeAt(firstAt + firstLength - 1) === 115 ? 1 : 0)),
      )
    )
      continue;
    if (acronymPlural(c, firstAt, firstLength)) continue;
    if (nonPrefixed(c)) continue;
    if (c.flags & CASED && !capitalised(text, tokens, c)) continue;
    // ".NET" written as ". NET" or ".net": the word after the dot must be capitalised,
    // otherwise it is a sentence end followed by the word "net".
    if (firstLength === 1 && text.charCodeAt(firstAt) === 46 /* . */ && c.first + 1 < tokens.count) {
      const w = text.slice(tokens.start[c.first + 1], tokens.end[c.first + 1]);
      if (!isUpperStart(w)) continue;
    }
    if (!flagged(c)) {
      // Soft skills and ESCO's generic lower-case labels ("make decisions", "flexibility") are
      // asked for in clauses about the candidate; elsewhere they describe the company.
      // The data file marks their keys (schema.ts KEY_FLAGS.GATED), and Spanish and French ones
      // of soft skills, generic phrases and single words.
      const skill = skillAt(c.skill);
      const gated = (c.flags & GATED) !== 0;
      // A line under "Requirements" is about the candidate, like a clause with a skill cue.
      // So is a field or tool among the examples in brackets after a skill ("AWS (Lambda, ECS)").
      const example = examples[c.first] === 1 && skill.kind !== 'soft';
      if (gated && !clauses.hasSkillContext(c.first) && !inAskSection(tokens.start[c.first] ?? 0) && !example) continue;
      if (inJobTitle(c)) continue;
      // "Danish citizens", "the French market": a nationality, not a language the job asks for.
      if (skill.kind === 'human-language' && c.last < tokens.count && NATIONALITY_NOUN_SET.has(tokens.keyAt(c.last)))
        continue;
      if (skill.kind === 'human-language' && (inApplyingClause(c) || adjective(c))) continue;
      // "Apache Flink" is no Apache web server, "PAT testing" no software testing: the words around
      // a name that is no ordinary word can still make it another thing.
      const rule = idx.contextRules.get(skill.id);
      // (a rule written for an ordinary-word name is every one-word name's: "GP surgeries" as
      // "GP surgery"; "Microsoft Teams" keeps the product)
      if (rule && (!rule.wordOnly || c.last - c.first === 1) && ruleRejects(rule, c)) continue;
      if (participle(c, firstAt, firstLength, skill)) continue;
      out.push(c);
      continue;
    }
    if (inJobTitle(c)) continue;
    if (c.flags & GENERIC_WORD && !(c.flags & COMMON_WORD)) {
      // "finance", "plan", "welding": a skill only where the clause is about skills, or in a tag list.
      const skill = skillAt(c.skill);
      const kind = skill.kind;
      if (orders(c) || asNoun(c)) continue;
      // the skill's own rule for its word ("the translation of needs into features")
      const wordRule = idx.contextRules.get(skill.id);
      if (wordRule && ruleRejects(wordRule, c)) continue;
      // "our Snowflake warehouse", "SQL databases": the tool's own noun, not another skill
      if (toolEnds[c.first] === 1 && tokens.gap[c.first] !== 1 && TOOL_NOUN_SET.has(tokens.keyAt(c.first))) continue;
      const properName = kind === 'human-language' && firstUpper;
      // A product named by an ordinary word ("Pass", "Access") in lower case is that word, unless listed.
      if (TECH_KINDS.has(kind) && !firstUpper) {
        if (inTagList(c) || afterSkillPhrase(c)) out.push(c);
        continue;
      }
      if (properName || inTagList(c) || clauses.hasSkillContext(c.first) || inAskSection(tokens.start[c.first] ?? 0))
        out.push(c);
      continue;
    }
    const rule = idx.contextRules.get(skillAt(c.skill).id) ?? DEFAULT_RULE;
    const prev = c.first > 0 ? tokens.keyAt(c.first - 1) : '';
    const next = c.last < tokens.count ? tokens.keyAt(c.last) : '';
    const prevOnLine = prev && sameLine(tokens.start[c.first - 1] ?? 0, tokens.start[c.first] ?? 0);
    const nextOnLine = next && sameLine(tokens.start[c.first] ?? 0, tokens.start[c.last] ?? 0);
    if (ruleRejects(rule, c)) continue;
    if (!firstUpper) {
      // Lower case is the ordinary word, except inside a tag list of other skills or right after
      // a phrase naming a skill ("knowledge of excel", "experience with swift").
      if (firstLength > 1 && (inTagList(c) || afterSkillPhrase(c)) && !teamOfField(c)) out.push(c);
      continue;
    }
    const cue =
      (nextOnLine && (CUE_AFTER_SET.has(next) || followedByAny(tokens, c.last, CUE_PHRASES))) ||
      (prevOnLine && CUE_BEFORE_SET.has(prev));
    const weakPosition = atSentenceStart(text, tokens, c.first) || inTitleCase(text, tokens, c.first);
    const single = firstLength === 1;
    // "R&D", "B&Q", "AT&T": a letter joined by "&" is a name of its own.
    if (single && (prev === '&' || next === '&')) continue;
    if (
      (rule.needEvidence || weakPosition || single) &&
      !cue &&
      near(anchors, c, EVIDENCE_WINDOW) === 0 &&
      (single || !listed(c, at))
    )
      continue;
    out.push(c);
  }
  return out;
}
