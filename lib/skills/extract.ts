/**
 * extractSkills: posting text -> one entry per distinct skill, in order of first mention, with
 * UTF-16 mention offsets, requirement strength and stated years of experience. Skills are the
 * taxonomy's (and the user's custom ones), and phrases the taxonomy lacks that stand where ads
 * name a skill (slots.ts: "experience in molecular beam epitaxy"), as custom-skill ids.
 */
import { applyContext, isUpperStart, TECH_KINDS, type LaterTests } from './context';
import {
  CASED,
  COMMON_WORD,
  EXACT,
  findCandidates,
  indexFor,
  NEED_UPPER,
  scratchBytes,
  tokenizeText,
  type Candidate,
  type SkillIndex,
  type Tokens,
} from './matcher';
import { ClauseIndex } from './clauses';
import { lastAtOrBefore, SortedCursor } from './sorted';
import {
  COMPANY_NAMES,
  PLACE_NOUNS,
  ROLE_NOUNS,
  SLOT_CLAUSE_WORDS,
  SLOT_FILLER_STOPS,
  SLOT_SKIP,
  TASK_VERBS,
  TITLE_NOUNS,
  TITLE_WORDS,
  VERBS_AFTER_NOUN,
  YEARS_AFTER_SKILL_CHARS,
} from './lexicon';
import { sectionMap, strongest } from './requirements';
import { acronymsInBrackets, exampleTokens } from './brackets';
import { exampleNames, listNames, slotPhrases, type SlotPhrase } from './slots';
import { loadedTagger, tagPhrases, type TaggerInput, type TaggerModel } from './tagger';
import { customSkillId } from './custom';
import { SkillKindSchema, type PostingSkill, type Requirement, type SkillKind } from './schema';
import { loadTaxonomy, type Taxonomy } from './taxonomy';

/**
 * No phrase the tagger finds ends in a team, a role, a job title or where a business is ("Front
 * End Cashier", "the German market"), nor in a word that ends no name ("of", "the", "do").
 */
const NOT_LAST: ReadonlySet<string> = new Set([
  ...ROLE_NOUNS,
  ...TITLE_NOUNS,
  ...TITLE_WORDS,
  ...PLACE_NOUNS,
  ...SLOT_FILLER_STOPS,
  ...SLOT_SKIP,
  ...VERBS_AFTER_NOUN,
]);
/** Nor does one start a clause ("how Quillmesh pipelines work") or a duty ("Maintain employee records"). */
const NOT_FIRST: ReadonlySet<string> = new Set([...SLOT_CLAUSE_WORDS, ...TASK_VERBS]);
/** A product name of one word: a capital or a digit after its first letter, or a dot inside. */
const productLike = (w: string) => /^.+[\p{Lu}\d]|\p{L}\.\p{L}/u.test(w);
const COMPANIES: ReadonlySet<string> = new Set(COMPANY_NAMES);
/** "Google" of "(e.g. Google Data Analytics)": a company alone, not a skill the taxonomy lacks. */
const companyName = (tokens: Tokens, s: { first: number; last: number }) =>
  s.last - s.first === 1 && COMPANIES.has(tokens.keyAt(s.first));
/**
 * Brackets after these list no examples of a skill: "English (C1)", "Teamwork (a must)", a card's or
 * a certificate's grade ("CSCS card (Green or Blue)", "ASE certifications (A1-A8)").
 */
const NO_EXAMPLES_KINDS: ReadonlySet<SkillKind> = new Set([
  'soft',
  'other',
  'human-language',
  'licence',
  'certification',
]);

/** An example of a vendor's product is one or two words ("Sheets", "Power Automate"), as slots.ts reads them. */
const EXAMPLE_ITEM_MAX_TOKENS = 2;
/** A title line: short, no sentence or label end, a separator between the post and its details. */
const TITLE_MAX_CHARS = 90;
const TITLE_SEPARATOR = / [-–—|] /;
/** End of the text's first line when it is a title ("Store Manager - Retail (Leeds)"), else 0. */
function titleEnd(text: string): number {
  let start = 0;
  while (start < text.length && /\s/.test(text.charAt(start))) start++;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  if (end - start > TITLE_MAX_CHARS + 10) return 0;
  const line = text.slice(start, end).trim();
  return line.length <= TITLE_MAX_CHARS && TITLE_SEPARATOR.test(line) && !/[.!?:;]$/.test(line) ? end : 0;
}
/** "(H/F)" of a French ad's title: a phrase the taxonomy lacks names a skill with a word of two letters or digits. */
const namesSomething = (name: string) => /\p{L}/u.test(name) && /[\p{L}\d]{2}/u.test(name);

/** What the rules make of a text, before the phrase tagger and the entries. */
interface Reading {
  idx: SkillIndex;
  tokens: Tokens;
  clauses: ClauseIndex;
  sectionAt: (offset: number) => Requirement;
  inOffers: (c: { first: number }) => boolean;
  /** is a phrase in a sentence where the company speaks of itself ("a leader in retail banking")? */
  aboutCompany: (c: { first: number; last: number }) => boolean;
  /** tokens inside an idiom ("state of the art"): no phrase is read there */
  idioms: Uint8Array;
  /** tokens in brackets after a licence, a certificate, a language or a soft skill: its grade ("A1-A8") */
  grades: Uint8Array;
  /** the matcher's candidates, before any context rule */
  raw: Candidate[];
  known: Candidate[];
  slots: SlotPhrase[];
}

/** With `reuse`, the tokens are in scratch arrays (matcher.ts `tokenizeText`): for extractSkills only. */
function read(text: string, taxonomy: Taxonomy, reuse = false): Reading {
  const idx = indexFor(taxonomy);
  const tokens = tokenizeText(text, idx.table, reuse);
  const raw = findCandidates(idx, tokens);
  const clauses = new ClauseIndex(text, tokens, idx.table.entries, raw);
  const sections = sectionMap(text);
  // (each step asks in text order: a cursor, not a binary search each time)
  const lines = new SortedCursor(sections.lineStart);
  const sectionAt = (offset: number) => sections.section[lines.lastAtOrBefore(offset)] ?? 'unspecified';
  const inAskSection = (offset: number) => sections.asks[lines.lastAtOrBefore(offset)] ?? false;
  // Under "Benefits" or "What we offer", "Flex time" and "mentoring program" are perks, not asks.
  const inOffers = (c: { first: number }) => sections.offers[lines.lastAtOrBefore(tokens.start[c.first] ?? 0)] ?? false;
  const later: LaterTests = { aboutCompany: () => false, idioms: new Uint8Array(0) };
  const known = applyContext(text, tokens, raw, idx, clauses, inAskSection, later).filter((c) => !inOffers(c));
  acronymsInBrackets(text, tokens, known);
  // (Indexed loops over the candidates here and below: these functions run once a text, much of it
  // before V8 optimizes them, where `for … of` allocates an iterator result per element.)
  const taken = scratchBytes('extract.taken', tokens.count);
  const tech = scratchBytes('extract.tech', tokens.count);
  // "AWS (Lambda, Aurora)": brackets right after a kept skill (not a soft skill or a language) list examples of it.
  // "ASE certifications (A1-A8)": brackets after the other kinds give a grade, not skills.
  const endsSkill = scratchBytes('extract.endsSkill', tokens.count + 1);
  const endsGraded = scratchBytes('extract.endsGraded', tokens.count + 1);
  for (let k = 0; k < known.length; k++) {
    const c = known[k] as Candidate;
    const kind = idx.skill(c.skill).kind;
    taken.fill(1, c.first, c.last);
    if (TECH_KINDS.has(kind)) tech.fill(1, c.first, c.last);
    (NO_EXAMPLES_KINDS.has(kind) ? endsGraded : endsSkill)[c.last] = 1;
  }
  const examples = exampleTokens(text, tokens, endsSkill, scratchBytes('extract.examples', tokens.count));
  const grades = exampleTokens(text, tokens, endsGraded, scratchBytes('extract.grades', tokens.count));
  namedAfterBracketed(text, tokens, known, taken, examples, idx);
  const title = titleEnd(text);
  const found = [
    ...slotPhrases(text, tokens, taken),
    ...listNames(text, tokens, taken, tech),
    // "Store Manager - Retail (Leeds)": brackets in the title give a place or a shift
    ...exampleNames(text, tokens, taken, examples).filter((s) => (tokens.start[s.first] ?? 0) >= title),
  ].filter(
    (s) =>
      !inOffers(s) &&
      !companyName(tokens, s) &&
      namesSomething(s.name) &&
      !later.idioms.subarray(s.first, s.last).includes(1),
  );
  // A name both between two known ones and in brackets ("AWS (Lambda, ECS)") is read once.
  const slotted = scratchBytes('extract.slotted', tokens.count);
  const slots: SlotPhrase[] = [];
  for (let k = 0; k < found.length; k++) {
    const s = found[k] as SlotPhrase;
    if (slotted.subarray(s.first, s.last).includes(1)) continue;
    slotted.fill(1, s.first, s.last);
    slots.push(namedByTaxonomy(s, raw, idx));
  }
  return {
    idx,
    tokens,
    clauses,
    sectionAt,
    inOffers,
    aboutCompany: later.aboutCompany,
    idioms: later.idioms,
    grades,
    raw,
    known,
    slots,
  };
}

/** Flags of a key whose spelling decides ("IT", "Go", "Colleague"): such a name in a slot stays the slot's. */
const SPELLING_FLAGS = NEED_UPPER | COMMON_WORD | EXACT | CASED;

/**
 * A phrase in a skill slot that a taxonomy key spells as it stands, where the context rules turned
 * the name down as ordinary words ("a degree in a subject, e.g.: Chemical Engineering, Mechanical
 * Engineering"): the slot says it is a skill, so it is the taxonomy's skill, not a custom one of
 * the same name that a user holding the skill would not match. `raw` is in order of first token.
 */
function namedByTaxonomy(s: SlotPhrase, raw: readonly Candidate[], idx: SkillIndex): SlotPhrase {
  let lo = 0;
  let hi = raw.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((raw[mid] as Candidate).first < s.first) lo = mid + 1;
    else hi = mid;
  }
  for (let q = lo; q < raw.length && (raw[q] as Candidate).first === s.first; q++) {
    const c = raw[q] as Candidate;
    if (c.last !== s.last || c.part || c.flags & SPELLING_FLAGS) continue;
    const skill = idx.skill(c.skill);
    return { first: s.first, last: s.last, id: skill.id, name: skill.name };
  }
  return s;
}

/** Position of each skill kind in SkillKindSchema (the tagger's candidate feature numbers them so). */
const KIND_INDEX: ReadonlyMap<SkillKind, number> = new Map(SkillKindSchema.options.map((k, i) => [k, i]));

/**
 * The tagger's input (tagger.ts) from a reading: candidates by kind, kept skills and slots. With
 * `reuse`, in scratch arrays (the input must not outlive the extraction then).
 */
function taggerInputOf(text: string, r: Reading, reuse = false): TaggerInput {
  const n = r.tokens.count;
  const candidate = reuse ? scratchBytes('extract.candidate', n) : new Uint8Array(n);
  for (let i = 0; i < r.raw.length; i++) {
    const c = r.raw[i] as Candidate;
    const k = KIND_INDEX.get(r.idx.skill(c.skill).kind) ?? -1;
    for (let t = c.first; t < c.last; t++)
      if (!candidate[t] || t === c.first) candidate[t] = 1 + 2 * Math.max(k, 0) + (t === c.first ? 0 : 1);
  }
  const kept = reuse ? scratchBytes('extract.kept', n) : new Uint8Array(n);
  for (let i = 0; i < r.known.length; i++) {
    const c = r.known[i] as Candidate;
    kept.fill(1, c.first, c.last);
  }
  for (const s of r.slots) kept.fill(2, s.first, s.last);
  return { text, tokens: r.tokens, candidate, kept };
}

/** The tagger's input for a text, as the extractor builds it (for scripts/build-tagger.ts). */
export function taggerInput(text: string, taxonomy: Taxonomy = loadTaxonomy()): TaggerInput {
  return taggerInputOf(text, read(text, taxonomy));
}

/**
 * The phrases the tagger finds where neither the taxonomy nor a slot rule named a skill ("a
 * background in population genomics"), each a custom-skill id as slots.ts gives, after the slots.
 * English only (the tagger learned English ads).
 */
function withTagged(text: string, r: Reading, model: TaggerModel): SlotPhrase[] {
  if (r.tokens.language !== 'en') return r.slots;
  const input = taggerInputOf(text, r, true);
  const slots = r.slots.slice();
  // an ordinary word that names a tool ("C" of "Class C", "Go" of "go live"): the rules read it as
  // a word there, and so is a phrase around it
  const word = scratchBytes('extract.word', r.tokens.count);
  for (let i = 0; i < r.raw.length; i++) {
    const c = r.raw[i] as Candidate;
    if (c.flags & COMMON_WORD) word.fill(1, c.first, c.last);
  }
  const phrases = tagPhrases(input, model);
  // next raw candidate to look at: phrases come in text order, and the matcher's candidates are in
  // order of their first token (findCandidates)
  let at = 0;
  for (let p = 0; p < phrases.length; p++) {
    // (by index: destructuring a pair runs the iterator protocol too)
    const first = (phrases[p] as [number, number])[0];
    const last = (phrases[p] as [number, number])[1];
    // A name the context rules turned down ("We offer Kubernetes", "send your CV in English") stays
    // down: the longest candidate at the phrase's first token, by where it ends.
    while (at < r.raw.length && (r.raw[at] as Candidate).first < first) at++;
    let rawLast = 0;
    for (let q = at; q < r.raw.length && (r.raw[q] as Candidate).first === first; q++)
      rawLast = Math.max(rawLast, (r.raw[q] as Candidate).last);
    // not a name turned down, no kept skill in it (that one is read already), no ordinary word
    let free = rawLast !== last;
    for (let t = first; t < last && free; t++) if (input.kept[t] || word[t] || r.idioms[t] || r.grades[t]) free = false;
    // a comma, colon or bracket inside: a list or a clause ("AI-native companies, labs, founders")
    for (let t = first + 1; t < last && free; t++) if (r.tokens.gap[t]) free = false;
    if (!free || r.inOffers({ first }) || r.clauses.inOfferClause(first) || companyName(r.tokens, { first, last }))
      continue;
    if (r.aboutCompany({ first, last })) continue;
    // "Front End Cashier", "Agile team", "the German market", "what our members do"
    if (NOT_LAST.has(r.tokens.keyAt(last - 1)) || NOT_FIRST.has(r.tokens.keyAt(first))) continue;
    // one word names a product only written as one ("MVC", "FreeRadius", "ISO9001"): a plain
    // word ("development"), or a capital only in front ("Background:"), is a general noun
    if (last - first === 1 && !productLike(text.slice(r.tokens.start[first], r.tokens.end[first]))) continue;
    // "<ORGANIZATION>", "<NAME>": a placeholder
    if (text.charCodeAt((r.tokens.start[first] ?? 0) - 1) === 60) continue;
    const name = text.slice(r.tokens.start[first], r.tokens.end[last - 1]);
    if (!namesSomething(name)) continue;
    const id = customSkillId(name);
    if (id) slots.push({ first, last, id, name });
  }
  return slots;
}

/** One pass over the text. Returns one entry per distinct skill, in order of first mention. */
export function extractSkills(
  text: string,
  taxonomy: Taxonomy = loadTaxonomy(),
  tagger: TaggerModel | null = loadedTagger(),
): PostingSkill[] {
  // (nothing of the reading outlives this call: its per-token arrays are scratch ones)
  const r = read(text, taxonomy, true);
  const { idx, tokens, clauses, sectionAt, known } = r;
  const slots = tagger ? withTagged(text, r, tagger) : r.slots;
  if (known.length === 0 && slots.length === 0) return [];
  // Known skills and phrases the taxonomy lacks, in text order (a stable sort: at the same token,
  // the known skill first).
  const candidates = (known as (Candidate | SlotPhrase)[]).concat(slots).sort((a, b) => a.first - b.first);

  const bySkill = new Map<string, PostingSkill>();
  // mentions per clause, in text order, for the years phrases
  const byClause = new Map<number, { s: PostingSkill; start: number }[]>();
  const out: PostingSkill[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate | SlotPhrase;
    const start = tokens.start[c.first] ?? 0;
    const end = tokens.end[c.last - 1] ?? start;
    const section = sectionAt(start);
    // (the clause found once for its cues and its years)
    const ci = clauses.clauseOf(start);
    // Explicit cue, else the section, else an implicit cue ("Strong JS").
    const requirement =
      clauses.cue(start, false, ci) ??
      (section !== 'unspecified' ? section : (clauses.cue(start, true, ci) ?? 'unspecified'));
    const skill = 'skill' in c ? idx.skill(c.skill) : c;
    let entry = bySkill.get(skill.id);
    if (!entry) {
      entry = { id: skill.id, name: skill.name, requirement, years: null, mentions: [] };
      bySkill.set(skill.id, entry);
      out.push(entry);
    } else entry.requirement = strongest(entry.requirement, requirement);
    entry.mentions.push({ start, end, text: text.slice(start, end) });
    if (clauses.years(ci).length) {
      let list = byClause.get(ci);
      if (!list) byClause.set(ci, (list = []));
      list.push({ s: entry, start });
    }
  }
  assignYears(clauses, byClause);
  return out;
}

/**
 * An example in brackets is often named in full with the skill before the brackets: "AWS
 * (Lambda, S3)" means AWS Lambda, "Microsoft Office (Excel)" Microsoft Excel. When the two words
 * together name a skill, the example is that skill (not "Lambda" alone, Java's lambdas).
 * An example no name covers may be the vendor's product, named with the first word of a tool
 * before the brackets: "Google Workspace (Sheets, Calendar)" means Google Sheets and Google
 * Calendar (not custom skills "Sheets" and "Calendar"); those are added to `known` and `taken`.
 * Rewrites `known` in place; brackets are rare, so the few lookups cost nothing that shows.
 */
function namedAfterBracketed(
  text: string,
  tokens: Tokens,
  known: Candidate[],
  taken: Uint8Array,
  examples: Uint8Array,
  idx: SkillIndex,
): void {
  const at = (k: number) => tokens.start[k] ?? 0;
  const to = (k: number) => tokens.end[k - 1] ?? 0;
  let endingAt: Map<number, Candidate> | null = null;
  /** the skill before the brackets holding token k */
  const anchorOf = (k: number): Candidate | undefined => {
    let open = k;
    while (open > 0 && examples[open - 1] === 1) open--;
    if (!endingAt) {
      endingAt = new Map();
      // only skills right before brackets (the token after them opens a run of examples): a look-up
      // is always at the start of such a run
      // (indexed: ~70k candidates, and `for … of` allocates an iterator result per element)
      for (let j = 0; j < known.length; j++) {
        const a = known[j] as Candidate;
        if (opensExamples(examples, a.last) && examples[a.first] !== 1 && !endingAt.has(a.last))
          endingAt.set(a.last, a);
      }
    }
    return endingAt.get(open);
  };
  /** the skill `before` and tokens [first, last) name together, if any */
  const together = (before: string, first: number, last: number): Candidate | undefined => {
    const inner = tokenizeText(`${before} ${text.slice(at(first), to(last))}`, idx.table);
    return findCandidates(idx, inner).find((w) => w.first === 0 && w.last === inner.count);
  };
  known.forEach((c, i) => {
    if (examples[c.first] !== 1) return;
    const anchor = anchorOf(c.first);
    // (the anchor's own acronym, "design of experiments (DOE)", stays as it is)
    if (!anchor || anchor.skill === c.skill) return;
    const whole = together(text.slice(at(anchor.first), to(anchor.last)), c.first, c.last);
    if (whole && whole.skill !== anchor.skill) known[i] = { ...c, skill: whole.skill };
  });
  for (let k = 0; k < tokens.count; k++) {
    if (examples[k] !== 1 || taken[k] === 1) continue;
    // one item: up to the next comma, a known skill or the closing bracket
    let e = k + 1;
    while (e < tokens.count && examples[e] === 1 && taken[e] !== 1 && tokens.gap[e] !== 1) e++;
    const anchor = anchorOf(k);
    if (
      anchor &&
      e - k <= EXAMPLE_ITEM_MAX_TOKENS &&
      anchor.last - anchor.first > 1 &&
      TECH_KINDS.has(idx.skill(anchor.skill).kind) &&
      isUpperStart(text.slice(at(anchor.first), tokens.end[anchor.first]))
    ) {
      const whole = together(text.slice(at(anchor.first), tokens.end[anchor.first]), k, e);
      if (whole) {
        known.push({ skill: whole.skill, first: k, last: e, flags: whole.flags, part: false });
        taken.fill(1, k, e);
      }
    }
    k = e - 1;
  }
}

/** Does a run of example tokens start at token k? */
const opensExamples = (examples: Uint8Array, k: number) => examples[k] === 1 && (k === 0 || examples[k - 1] !== 1);

/**
 * "3+ years of Python and Django" gives 3 to the skills after the phrase in its clause;
 * "Python (5 years)" gives 5 to the nearest skill before it when none follows.
 */
function assignYears(clauses: ClauseIndex, byClause: Map<number, { s: PostingSkill; start: number }[]>): void {
  for (const [ci, mentions] of byClause) {
    const phrases = clauses.years(ci);
    if (phrases.length === 0) continue;
    const give = (s: PostingSkill, y: number) => {
      s.years = Math.max(s.years ?? 0, y);
    };
    // Mentions are in text order: binary searches keep a clause full of phrases linear.
    const starts = mentions.map((m) => m.start);
    phrases.forEach((p, i) => {
      const stop = phrases[i + 1]?.at ?? Infinity;
      let k = lastAtOrBefore(starts, p.end - 1) + 1;
      const first = k;
      for (; k < mentions.length && (starts[k] as number) < stop; k++)
        give((mentions[k] as (typeof mentions)[number]).s, p.years);
      if (k > first) return;
      const last = mentions[lastAtOrBefore(starts, p.at - 1)];
      if (last && p.at - last.start < YEARS_AFTER_SKILL_CHARS) give(last.s, p.years);
    });
  }
}
