/**
 * Which language a posting is written in, from its stop words: small lists of words only that
 * language uses often (words two of them share, "de", "la", "con", are left out). Runs on the
 * extractor's tokens (the words are marked in its table), so it costs no extra pass. The skill
 * engine runs in the background only: none of this reaches the content script.
 */

/** Languages a posting can be read as; `other` = none of these (Italian, German…): tool names and English terms only. */
export type PostingLanguage = 'en' | 'es' | 'fr' | 'other';

/** Distinctive stop words, by language. Italian and German are told apart so that they are not read as Spanish or French. */
export const STOP_WORDS: Readonly<Record<'en' | 'es' | 'fr' | 'it' | 'de', string>> = {
  en: 'the and with you your our for will are this that have has is of to we be or as on',
  es:
    'el los las y para por que se es al sus como más muy puesto empresa experiencia conocimientos requisitos funciones ofrecemos buscamos gestión también' +
    // words of a one-line ask ("Dominio de inglés y trabajo en equipo")
    ' dominio manejo trabajo equipo carnet requiere valorable imprescindible inglés capacidad autonomía proactividad',
  fr:
    'le les des du et pour avec vous nous est au aux dans sur votre notre poste expérience sont une vos gestion' +
    // words of a one-line ask ("Maîtrise d'Excel et permis B exigés")
    ' maîtrise permis exigé exigée exigés exigées souhaité souhaitée connaissance connaissances équipe anglais sens autonomie rigueur recherché recherchons capacité',
  it: 'il di della delle dei degli che per nel nella sono è anche lavoro esperienza conoscenza gli',
  de: 'der die und das mit für von den ist ein eine sie wir zu im auf bei oder erfahrung kenntnisse',
};

const BITS = { en: 1, es: 2, fr: 4, it: 8, de: 16 } as const;
const ORDER = ['en', 'es', 'fr', 'it', 'de'] as const;

/** Stop word -> bit set of the languages listing it (each word has one bit: the lists share none). */
export const STOP_WORD_BITS: ReadonlyMap<string, number> = new Map(
  ORDER.flatMap((lang) => STOP_WORDS[lang].split(' ').map((w) => [w, BITS[lang]] as const)),
);

/**
 * A posting is in a language when at least this many of its words are that language's stop words,
 * or MIN_ALONE when no other language's stop word is in it (a one-line ad: "Buscamos técnico con
 * experiencia en …")…
 */
const MIN_STOP_WORDS = 3;
const MIN_ALONE = 2;
/** …and this many times those of the next language. */
const MIN_LEAD = 1.5;

/** The language of the counted stop words (`counts[bit index]`); English when nothing stands out. */
export function languageOf(counts: readonly number[]): PostingLanguage {
  let best = 0;
  for (let i = 1; i < ORDER.length; i++) if ((counts[i] ?? 0) > (counts[best] ?? 0)) best = i;
  const top = counts[best] ?? 0;
  const second = Math.max(...counts.filter((_, i) => i !== best), 0);
  const enough = top >= MIN_STOP_WORDS || (top >= MIN_ALONE && second === 0);
  if (!enough || top < second * MIN_LEAD) return 'en';
  const lang = ORDER[best] as (typeof ORDER)[number];
  return lang === 'it' || lang === 'de' ? 'other' : lang;
}

/** Counts per language bit of a sequence of stop-word bit sets. */
export function countBits(bits: Iterable<number>): number[] {
  const counts = ORDER.map(() => 0);
  for (const b of bits) for (let i = 0; i < ORDER.length; i++) if (b & (1 << i)) counts[i] = (counts[i] ?? 0) + 1;
  return counts;
}

/** The language of a text, on its own (tests, tools); the extractor counts on its tokens instead. */
export function detectLanguage(text: string): PostingLanguage {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  return languageOf(countBits(words.map((w) => STOP_WORD_BITS.get(w) ?? 0)));
}
