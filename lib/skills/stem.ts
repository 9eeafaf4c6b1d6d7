/**
 * Normalised word forms, shared by the taxonomy builder (to key labels) and the extractor (to
 * read text), so both sides meet on the same key: "picking orders" and "pick orders",
 * "modelling" and "modeling", "licence" and "license".
 *
 * Two strengths, because a form that is right inside a phrase is wrong alone:
 * - `light`: plural and third person only ("forklifts" -> "forklift", "studies" -> "study").
 *   One-word concept keys use it: "accounting" must not become "account", nor "marketing"
 *   "market".
 * - `full`: also -ing, -ed, a final -e and British spellings, so verb phrases meet their nouns
 *   ("operating a forklift" ~ "operate forklift"). Keys of two words or more use it.
 * Product names (Pandas, Rails, Teams) keep their exact spelling: the builder never stems them.
 *
 * The forms are keys, not words: "service" -> "servic" is fine as long as both sides agree.
 * Spanish and French have their own rules (accents folded, plural and gender endings, the
 * infinitive of ESCO's verb labels).
 */

/** Languages with their own labels and word forms; any other text is read with the English forms. */
export const STEM_LANGUAGES = ['en', 'es', 'fr'] as const;
export type StemLanguage = (typeof STEM_LANGUAGES)[number];

export interface Stemmer {
  light(word: string): string;
  full(word: string): string;
}

/** Words shorter than this keep their form: "bus", "use", "its". */
const MIN_STEM_INPUT = 4;
/** A cut never leaves fewer letters than this ("string" -> "str", but "thing" stays). */
const MIN_STEM = 3;
/** British -our is rewritten only in words this long ("colour", "behaviour"; not "hour", "tour"). */
const MIN_OUR_WORD = 6;

const LOWER_ASCII = /^[a-z]+$/;

/**
 * Plurals that name another thing than their singular: stocks and bonds are no "security", a
 * border's checks no "custom" ("securities operations" is no security operations).
 */
const PLURALS_APART: ReadonlySet<string> = new Set(['securities', 'customs']);

/** Plural and third person: "forklifts", "studies", "boxes", "matches"; not "status", "analysis", "class". */
function plural(w: string): string {
  const n = w.length;
  if (n < MIN_STEM_INPUT || w.charCodeAt(n - 1) !== 115 /* s */ || PLURALS_APART.has(w)) return w;
  if (n >= 5 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses') || w.endsWith('xes') || w.endsWith('ches') || w.endsWith('shes')) return w.slice(0, -2);
  // -ics names a field, not a plural: economics, robotics, analytics, logistics
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith('ics')) return w;
  return w.slice(0, -1);
}

/** British spellings of a (plural-free) word, as American ones. */
function american(w: string): string {
  let s = w;
  if (s.endsWith('isation')) s = `${s.slice(0, -7)}ization`;
  else if (s.endsWith('cence') || s.endsWith('fence')) s = `${s.slice(0, -3)}nse`;
  else if (s.endsWith('ogue')) s = s.slice(0, -2);
  else if (s.length >= 5 && s.endsWith('tre') && !'aeiou'.includes(s[s.length - 4] ?? 'a')) s = `${s.slice(0, -2)}er`;
  // paediatric, anaesthesia, haematology, gynaecology (not at the start: "aerospace")
  // (a consonant follows: "vitae", "algae" keep theirs)
  const ae = s.indexOf('ae', 1);
  if (ae > 0) s = s.replace(/(?<=.)ae(?=[bcdfghjklmnpqrstvwxz])/g, 'e');
  return s;
}

function undouble(w: string): string {
  const n = w.length;
  if (n >= MIN_STEM && w[n - 1] === w[n - 2] && !'aeiou'.includes(w[n - 1] ?? 'a')) return w.slice(0, -1);
  return w;
}

export const englishStemmer: Stemmer = {
  light(word) {
    return LOWER_ASCII.test(word) ? american(plural(word)) : word;
  },
  full(word) {
    if (word.length < MIN_STEM_INPUT || !LOWER_ASCII.test(word)) return word;
    let w = american(plural(word));
    let cut = false;
    if (w.length >= 5 && w.endsWith('ied')) {
      w = `${w.slice(0, -3)}y`;
    } else if (w.endsWith('ing') && w.length - 3 >= MIN_STEM) {
      w = w.slice(0, -3);
      cut = true;
    } else if (w.endsWith('ed') && w.length - 2 >= MIN_STEM) {
      w = w.slice(0, -2);
      cut = true;
    }
    if (w.endsWith('e') && w.length - 1 >= MIN_STEM) {
      w = w.slice(0, -1);
      cut = true;
    }
    // organise/organize, analyse/analyze: only a cut verb ending, never "analysis" or "basis"
    if (cut && (w.endsWith('is') || w.endsWith('ys'))) w = `${w.slice(0, -1)}z`;
    if (w.length >= MIN_OUR_WORD && w.endsWith('our')) w = `${w.slice(0, -2)}r`;
    // "running" -> "run", "modelling" -> "model"; never an uncut word ("shell", "pass")
    return cut ? undouble(w) : w;
  },
};

/** Accents folded: "gestión" ~ "gestion", "qualité" ~ "qualite"; "ñ" ~ "n", "ç" ~ "c". */
export function foldAccents(w: string): string {
  // Cheap exit: most tokens are plain ASCII.
  for (let i = 0; i < w.length; i++) {
    if (w.charCodeAt(i) > 127) return w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  return w;
}

const LETTERS = /^[a-z]+$/;

/** Consonants after which a Spanish plural takes -es ("gestiones", "colores", "ciudades"). */
const ES_PLURAL_ES_AFTER = 'nrldzj';

/** Spanish: plural -s/-es, then infinitive -ar/-er/-ir or a final vowel ("gestionar" ~ "gestión"). */
export const spanishStemmer: Stemmer = {
  light(word) {
    const w = foldAccents(word);
    if (w.length < MIN_STEM_INPUT + 1 || !LETTERS.test(w)) return w;
    if (w.endsWith('es') && ES_PLURAL_ES_AFTER.includes(w[w.length - 3] ?? 'a')) return w.slice(0, -2);
    return w.endsWith('s') ? w.slice(0, -1) : w;
  },
  full(word) {
    let w = spanishStemmer.light(word);
    if (w.length < MIN_STEM_INPUT + 1 || !LETTERS.test(w)) return w;
    if (/(?:ar|er|ir)$/.test(w) && w.length - 2 >= MIN_STEM + 1) return w.slice(0, -2);
    if (/[aeo]$/.test(w) && w.length - 1 >= MIN_STEM + 1) w = w.slice(0, -1);
    return w;
  },
};

/** French: plural -s/-x, then a final -e, then infinitive -er/-ir ("gérer" ~ "gère"). */
export const frenchStemmer: Stemmer = {
  light(word) {
    const w = foldAccents(word);
    if (w.length < MIN_STEM_INPUT + 1 || !LETTERS.test(w)) return w;
    return /[sx]$/.test(w) && !w.endsWith('ss') ? w.slice(0, -1) : w;
  },
  full(word) {
    let w = frenchStemmer.light(word);
    if (w.length < MIN_STEM_INPUT + 1 || !LETTERS.test(w)) return w;
    if (/(?:er|ir)$/.test(w) && w.length - 2 >= MIN_STEM + 1) return w.slice(0, -2);
    if (w.endsWith('e') && w.length - 1 >= MIN_STEM + 1) w = w.slice(0, -1);
    return w;
  },
};

export const STEMMERS: Readonly<Record<StemLanguage, Stemmer>> = {
  en: englishStemmer,
  es: spanishStemmer,
  fr: frenchStemmer,
};

/**
 * Words a phrase may carry between its key words without changing what it names: "operate a
 * forklift" ~ "operate forklift", "gestión de inventario" ~ "gestión inventario". Labels are
 * keyed without them; the extractor steps over them inside a phrase (never at its start).
 */
export const GAP_WORDS: Readonly<Record<StemLanguage, readonly string[]>> = {
  en: ['a', 'an', 'the', 'of', 'our', 'your', 'their', 'its', 'this', 'these', 'those', 'all', 'any', 'both'],
  es: ['de', 'del', 'la', 'el', 'los', 'las', 'un', 'una', 'al', 'a', 'lo'],
  fr: ['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'un', 'une', 'au', 'aux', 'a'],
};
