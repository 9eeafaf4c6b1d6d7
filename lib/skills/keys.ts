/**
 * Match keys: how a label is written into the index, shared by the taxonomy builder, custom
 * skills and `resolve`, so that all of them meet the extractor on the same key.
 *
 * - A product name ("Pandas", "MS Teams", "C++", a label with a capital after its first letter,
 *   a digit or a symbol) keeps its exact tokens: "pandas" is never "panda".
 * - Any other label is a concept ("cash handling", "operate forklift"): the words a phrase may
 *   carry between its key words are left out (stem.ts GAP_WORDS), one word takes its light form
 *   ("forklifts" -> "forklift"), two or more their full forms ("operating forklifts" ->
 *   "operat forklift"), so that the extractor can meet inflected and British spellings.
 */
import { GAP_WORDS, STEMMERS, type StemLanguage } from './stem';
import { tokenize } from './tokens';

const GAP_SETS: Readonly<Record<StemLanguage, ReadonlySet<string>>> = {
  en: new Set(GAP_WORDS.en),
  es: new Set(GAP_WORDS.es),
  fr: new Set(GAP_WORDS.fr),
};

/** Is this text written in a language with its own gap words and word forms? */
export const gapWords = (lang: StemLanguage): ReadonlySet<string> => GAP_SETS[lang];

/** A product name rather than a phrase of ordinary words: a capital after the first letter, a digit or a symbol. */
export function isProperName(label: string): boolean {
  return /^.+[A-Z]|[0-9+#&/.]/.test(label.trim());
}

/** The key of an exact name: its lowercased tokens joined by spaces ("Node.js" -> "node . js"). */
export function exactKey(label: string): string {
  return tokenize(label).join(' ');
}

/** The key of a concept phrase in `lang`; empty when nothing but gap words remains. */
export function conceptKey(label: string, lang: StemLanguage = 'en'): string {
  const all = tokenize(label);
  const gaps = GAP_SETS[lang];
  const kept = all.filter((t) => !gaps.has(t));
  const tokens = kept.length ? kept : all.length > 1 ? [] : all;
  const stem = STEMMERS[lang];
  if (tokens.length === 1) return stem.light(tokens[0] as string);
  return tokens.map((t) => stem.full(t)).join(' ');
}

/** The key a label is indexed under: exact for names (or when `exact`), else its concept key. */
export function matchKey(label: string, exact: boolean, lang: StemLanguage = 'en'): string {
  return exact || isProperName(label) ? exactKey(label) : conceptKey(label, lang);
}
