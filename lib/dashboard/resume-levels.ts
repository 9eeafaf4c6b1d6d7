import { askedLevel } from '../fit/policy';

/**
 * How well a résumé says a skill is held, from the words and years around it: "SQL (basic)",
 * "currently learning Python", "Spanish (native)", "5 years of customer service". Pure.
 *
 * Where the words are looked for, strongest first:
 * 1. a parenthesis right after the skill — "Excel (advanced)";
 * 2. the skill's own clause (the sentence cut at commas, semicolons, bullets) — "3 years of SQL";
 * 3. a lead-in at the start of the sentence — "Proficient in Excel, Word and Outlook".
 * The skill's own name is taken out first, so "Basic Life Support" or "Visual Basic" say nothing
 * about a level. Years map to levels as a posting's years do (lib/fit/policy.ts `askedLevel`), so
 * "3 years" held meets "3 years" asked.
 *
 * Confidence says whether to tick the skill for the user:
 * - high: its level is stated (1 or 2);
 * - medium: a lead-in gives the level (3), or nothing does but the text plainly names the skill
 *   (a capitalised or several-word name, a licence word beside a licence, named twice);
 * - low: the match is itself a level word ("learning", "fluent" read as skills), the text denies
 *   it ("no experience with"), or a lone lower-case word says nothing more. Left unticked.
 * Licences and certifications have no level (null): they are held or not.
 */
export type Confidence = 'high' | 'medium' | 'low';

export interface LevelGuess {
  /** 1–5, or null for a licence or certification. */
  level: number | null;
  confidence: Confidence;
  /** The words the level was read from ("basic", "5 years"), or null. */
  cue: string | null;
}

export interface FoundInText {
  name: string;
  /** The words of the text that named the skill. */
  mention: string;
  sentence: string;
  kind: string;
  /** How many times the text names the skill. */
  mentions: number;
  /** Years the extractor read for it ("3+ years of Python"), or null. */
  years: number | null;
}

/** The level assumed when nothing in the text says one. */
export const DEFAULT_LEVEL = 3;

/** Level words, strongest first within a level; matched as whole words, case-insensitive. */
const LEVEL_WORDS: readonly (readonly [RegExp, number])[] = [
  [/\b(native(?: speaker)?|mother tongue|first language|bilingual|expert|mastery)\b/i, 5],
  [/\b(fluent|fluently|fluency|advanced|strong|proficient|proficiency|extensive|highly skilled|very good)\b/i, 4],
  [/\b(intermediate|working knowledge|good|solid|conversational|comfortable|competent|confident)\b/i, 3],
  [/\b(basic|basics|elementary|some experience|some knowledge|familiar|familiarity|limited|exposure to)\b/i, 2],
  [/\b(learning|beginner|novice|currently studying|studying|introductory|entry[- ]level)\b/i, 1],
];
/** CEFR language levels, written in capitals. */
const CEFR: Readonly<Record<string, number>> = { A1: 1, A2: 2, B1: 3, B2: 3, C1: 4, C2: 5 };
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};
const YEARS =
  /\b(\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s*\+?\s*(?:years?|yrs?)\b/i;
const NEGATION = /\b(no|not|never|without|lack(?:ing)?)\b[^,;]*$/i;
const LICENCE_WORDS = /\b(licen[cs]e[ds]?|certifi(?:ed|cate|cation)|card|permit|registered|endorsement)\b/i;
/** Lead-ins that set the level of a whole list: "Proficient in …", "Basic knowledge of …". */
const LEAD_IN = /^(?:[^:,;]{0,40}:\s*)?([^,;:]{0,40}?)\s+(?:in|with|of|at)\b/i;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Cue {
  index: number;
  level: number;
  cue: string;
}

/** Every level word or number of years in a stretch of text, with where it stands. */
function cuesIn(text: string): Cue[] {
  const out: Cue[] = [];
  for (const m of text.matchAll(new RegExp(YEARS.source, 'gi'))) {
    const n = Number(m[1]) || NUMBER_WORDS[m[1]!.toLowerCase()] || 0;
    if (n > 0) out.push({ index: m.index, level: askedLevel(n), cue: m[0] });
  }
  for (const m of text.matchAll(/\b([ABC][12])\b/g)) out.push({ index: m.index, level: CEFR[m[1]!]!, cue: m[1]! });
  for (const [re, level] of LEVEL_WORDS) {
    for (const m of text.matchAll(new RegExp(re.source, 'gi')))
      out.push({ index: m.index, level, cue: m[1]!.toLowerCase() });
  }
  return out;
}

/** A level word further than this from the skill is about something else. */
const MAX_CUE_DISTANCE = 60;

/** The cue nearest to position `at` (a tie goes to the one before it: "basic SQL"), or null. */
function nearest(text: string, at: number): Cue | null {
  let best: Cue | null = null;
  let bestDistance = Infinity;
  for (const c of cuesIn(text)) {
    const d = c.index <= at ? at - c.index - c.cue.length : c.index - at;
    if (d > MAX_CUE_DISTANCE) continue;
    if (d < bestDistance || (d === bestDistance && c.index < at)) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** The clause of `sentence` around the first occurrence of `mention`, and the parenthesis right after it. */
function around(
  sentence: string,
  mention: string,
): { clause: string; paren: string | null; before: string; at: number } | null {
  const at = mention ? sentence.toLowerCase().indexOf(mention.toLowerCase()) : -1;
  if (at < 0) return null;
  const end = at + mention.length;
  const paren = /^\s*\(([^)]{1,60})\)/.exec(sentence.slice(end))?.[1] ?? null;
  const cut = /[,;•|·\n]/g;
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(cut)) {
    if (m.index < at) from = m.index + 1;
    else if (m.index >= end && m.index < to) {
      to = m.index;
      break;
    }
  }
  return { clause: sentence.slice(from, to), paren, before: sentence.slice(from, at), at: at - from };
}

export function inferLevel(found: FoundInText): LevelGuess {
  const certification = found.kind === 'certification';
  const mention = found.mention.trim();
  const place = around(found.sentence, mention);
  // The skill's own name says nothing about its level (blanked, so positions stay).
  const strip = (t: string) => t.replace(new RegExp(escape(found.name), 'gi'), (m) => ' '.repeat(m.length));
  const clause = place ? strip(place.clause) : '';

  const denied = place !== null && NEGATION.test(place.before);
  const isLevelWord = cuesIn(mention).length > 0 && mention.split(/\s+/).length === 1;
  if (denied || isLevelWord) return { level: certification ? null : 1, confidence: 'low', cue: null };

  const stated =
    (place?.paren ? nearest(place.paren, 0) : null) ??
    (place ? nearest(clause, place.at) : null) ??
    (found.years !== null && found.years > 0 ? { level: askedLevel(found.years), cue: `${found.years} years` } : null);
  if (stated) return { level: certification ? null : stated.level, confidence: 'high', cue: stated.cue };

  const lead = LEAD_IN.exec(strip(found.sentence))?.[1];
  const led = lead ? nearest(lead, lead.length) : null;
  if (led) return { level: certification ? null : led.level, confidence: 'medium', cue: led.cue };

  const words = mention.split(/\s+/).filter(Boolean).length;
  const plain =
    words >= 2 ||
    /[A-Z0-9]/.test(mention) ||
    found.mentions >= 2 ||
    (certification && LICENCE_WORDS.test(place?.clause ?? found.sentence));
  return { level: certification ? null : DEFAULT_LEVEL, confidence: plain ? 'medium' : 'low', cue: null };
}
