/**
 * Skills the taxonomy lacks, read from the slot an ad keeps for a skill: "experience in molecular
 * beam epitaxy", "a degree in population genetics", "knowledge of food allergens". The noun phrase
 * after a skill noun and its preposition is the skill, whatever its words, when no known skill
 * stands in it. Each becomes a skill with the id a custom skill of that name would have
 * (custom.ts), so a user who adds it by name holds it.
 *
 * Also a product name the taxonomy lacks in a list between two known ones ("Java, Retrofit and
 * Kotlin", or without commas "Python Yocto Linux": `listNames`).
 *
 * Not a slot: a phrase ending in a placeholder ("experience in a related field"); a modifier
 * coordinated with a known skill ("experience in residential and commercial electrical wiring");
 * the audience of a known skill ("communication skills with patients"). Words: lexicon.ts.
 */
import { customSkillId } from './custom';
import {
  EXAMPLE_WORDS,
  SLOT_FILLER_STOPS,
  SLOT_HEADS,
  SLOT_LINKS,
  SLOT_MAX_TOKENS,
  SLOT_CLAUSE_WORDS,
  SLOT_PLACEHOLDERS,
  SLOT_SKIP,
  TITLE_WORDS,
} from './lexicon';
import { wordsIn, type Tokens } from './matcher';

/** A phrase in a skill slot: tokens [first, last), and the skill it names. */
export interface SlotPhrase {
  first: number;
  last: number;
  id: string;
  name: string;
}

const HEADS: ReadonlySet<string> = new Set(SLOT_HEADS);
const LINKS: ReadonlySet<string> = new Set(SLOT_LINKS);
const SKIP: ReadonlySet<string> = new Set(SLOT_SKIP);
const STOPS: ReadonlySet<string> = new Set(SLOT_FILLER_STOPS);
const PLACEHOLDERS: ReadonlySet<string> = new Set(SLOT_PLACEHOLDERS);
const CLAUSE_WORDS: ReadonlySet<string> = new Set(SLOT_CLAUSE_WORDS);
const TITLES: ReadonlySet<string> = new Set(TITLE_WORDS);
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', '&', '/']);
const EXAMPLE_INTRODUCERS: ReadonlySet<string> = new Set(EXAMPLE_WORDS);

/**
 * The phrases in skill slots that no known skill overlaps (`taken[k]` is 1 for a token inside a
 * kept mention), in text order. English text only: the slot words are English.
 */
export function slotPhrases(text: string, tokens: Tokens, taken: Uint8Array): SlotPhrase[] {
  const out: SlotPhrase[] = [];
  if (tokens.language !== 'en') return out;
  const heads = wordsIn(tokens, HEADS);
  const links = wordsIn(tokens, LINKS);
  const skip = wordsIn(tokens, SKIP);
  const stops = wordsIn(tokens, STOPS);
  const placeholders = wordsIn(tokens, PLACEHOLDERS);
  const conjunctions = wordsIn(tokens, CONJUNCTIONS);
  const clauseWords = wordsIn(tokens, CLAUSE_WORDS);
  const titles = wordsIn(tokens, TITLES);
  const { id, count } = tokens;
  const anyTaken = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (taken[k]) return true;
    return false;
  };
  for (let i = 0; i + 2 < count; i++) {
    if (!heads.has(id[i] as number) || !links.has(id[i + 1] as number) || tokens.gap[i + 1]) continue;
    // "communication skills with patients": who the known skill is used with, not a skill.
    if (taken[i] && tokens.is(i + 1, 'with')) continue;
    // "understanding of what our members do": a clause, not a name
    if (clauseWords.has(id[i + 2] as number)) continue;
    let first = i + 2;
    while (first < count && !tokens.gap[first] && skip.has(id[first] as number)) first++;
    if (first >= count || tokens.gap[first]) continue;
    let last = first;
    while (
      last < count &&
      last - first < SLOT_MAX_TOKENS &&
      (last === first || !tokens.gap[last]) &&
      !stops.has(id[last] as number) &&
      !skip.has(id[last] as number) &&
      /\p{L}/u.test(tokens.keyAt(last))
    )
      last++;
    // "with our content lead": a colleague, not a skill
    const end = id[last - 1] as number;
    if (last === first || placeholders.has(end) || titles.has(end) || anyTaken(first, last)) continue;
    // "residential and commercial electrical wiring": one word and its coordinated twin qualify the
    // known skill after them (but "X and Python" names two skills).
    const twin = last + 1;
    if (last - first === 1 && conjunctions.has(id[last] as number) && twin + 1 < count && !tokens.gap[twin])
      if (!taken[twin] && taken[twin + 1] && !tokens.gap[twin + 1]) continue;
    const name = text.slice(tokens.start[first], tokens.end[last - 1]);
    // One word alone names a skill only when it is written as a name ("GAAP", "Memcached"): a
    // lower-case word there is a general noun, an adverb or the head of a cut phrase ("experience
    // in building", "knowledge of products", "work closely").
    if (last - first === 1 && !nameLike(text, tokens, first)) {
      i = last - 1;
      continue;
    }
    const skillId = customSkillId(name);
    if (skillId) out.push({ first, last, id: skillId, name });
    i = last - 1;
  }
  return out;
}

/** Is there a line break between the end of token a and the start of token b? */
function lineBreakBetween(text: string, tokens: Tokens, a: number, b: number): boolean {
  const from = tokens.end[a] ?? 0;
  const to = tokens.start[b] ?? 0;
  for (let c = from; c < to; c++) if (text.charCodeAt(c) === 10) return true;
  return false;
}

/** May token k be a product name: a capital, a digit or a dot inside ("Retrofit", "Dagger 2", "fp-ts")? */
function nameLike(text: string, tokens: Tokens, k: number): boolean {
  const w = text.slice(tokens.start[k], tokens.end[k]);
  return /^\p{Lu}/u.test(w) || /\p{L}.*[\d.]|[\d.].*\p{L}/u.test(w);
}

/**
 * Product names the taxonomy lacks, in a list between two known ones: "Python, Retrofit, Dagger 2
 * and Kotlin". `tech[k]` is 1 for a token of a kept language, tool or platform. An item is one or
 * two tokens written as a name, set apart by commas, "and", "or" or "/".
 */
export function listNames(text: string, tokens: Tokens, taken: Uint8Array, tech: Uint8Array): SlotPhrase[] {
  const out: SlotPhrase[] = [];
  const conjunctions = wordsIn(tokens, CONJUNCTIONS);
  const { id, count, gap } = tokens;
  const conj = (k: number) => k >= 0 && k < count && conjunctions.has(id[k] as number);
  for (let i = 1; i < count; i++) {
    if (taken[i]) continue;
    // the known name before: right before a comma, or before "and" / "or" / "/", or right before
    // it in a list written without commas ("Keil Yocto Linux"): then one word that starts no known
    // skill name and is no stop or clause word (not "Java Developer Python"), a known one each side
    const bare = !gap[i] && !!tech[i - 1] && !conj(i - 1) && tokens.wordEntry[id[i] as number] === 0;
    const before = gap[i] ? i - 1 : conj(i - 1) && !gap[i - 1] ? i - 2 : bare ? i - 1 : -1;
    if (before < 0 || !tech[before] || !nameLike(text, tokens, i)) continue;
    let last = i + 1;
    // a second word: a name too, or a version ("Dagger 2")
    if (!bare && last < count && !gap[last] && !taken[last] && !conj(last)) {
      const w = text.slice(tokens.start[last], tokens.end[last]);
      if (/^\d/.test(w) || nameLike(text, tokens, last)) last++;
    }
    const after =
      last < count && (gap[last] || bare) ? last : conj(last) && last + 1 < count && !gap[last + 1] ? last + 1 : -1;
    if (after < 0 || !tech[after]) continue;
    // a line of its own between two lists is a heading ("… in Dentrix\nRequirements\n- Excel")
    if (lineBreakBetween(text, tokens, before, i) && lineBreakBetween(text, tokens, last - 1, after)) continue;
    const name = text.slice(tokens.start[i], tokens.end[last - 1]);
    const skillId = customSkillId(name);
    if (skillId) out.push({ first: i, last, id: skillId, name });
    i = last - 1;
  }
  return out;
}

/**
 * Product names the taxonomy lacks among the examples in brackets after a skill ("AWS (Lambda,
 * Aurora, Cloudwatch)", "NoSQL (Aerospike or HBase)"): `examples[k]` is 1 for a token inside such
 * brackets (brackets.ts). An item is one or two tokens written as a name; a longer run of names
 * without commas ("Kiosks EPOS Cloud") is read a word at a time.
 */
export function exampleNames(text: string, tokens: Tokens, taken: Uint8Array, examples: Uint8Array): SlotPhrase[] {
  const out: SlotPhrase[] = [];
  const introducers = wordsIn(tokens, EXAMPLE_INTRODUCERS);
  const { id, count, gap } = tokens;
  // a token that may be part of a name here: inside the brackets, no known skill, no "e.g.", no
  // placeholder in angle brackets ("<ORGANIZATION>")
  const name = (k: number) =>
    examples[k] === 1 &&
    !taken[k] &&
    !introducers.has(id[k] as number) &&
    text.charCodeAt((tokens.start[k] ?? 0) - 1) !== 60 &&
    nameLike(text, tokens, k);
  const push = (first: number, last: number) => {
    const phrase = text.slice(tokens.start[first], tokens.end[last - 1]);
    const skillId = customSkillId(phrase);
    if (skillId) out.push({ first, last, id: skillId, name: phrase });
  };
  for (let i = 0; i < count; i++) {
    if (!name(i)) continue;
    let last = i + 1;
    while (last < count && !gap[last] && name(last)) last++;
    if (last - i <= 2) push(i, last);
    else for (let k = i; k < last; k++) push(k, k + 1);
    i = last - 1;
  }
  return out;
}
