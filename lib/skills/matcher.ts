/**
 * The match index and the one-pass scan that finds the longest key starting at each token.
 * Context decisions are made afterwards (context.ts) on the few candidates that need them, so the
 * scan itself stays a tight loop.
 *
 * Keys (keys.ts) are exact tokens for product names and normalised forms (stem.ts) for concept
 * phrases, so a token can start a key three ways: as written ("pandas"), in its light form
 * ("forklifts" -> "forklift", one-word keys only) and in its full form ("operating" ->
 * "operat", keys of two words or more). Inside a key each next token is tried as written, then
 * in its full form; a gap word ("a", "the", "of") may be stepped over. Forms are computed only
 * for tokens the tokenizer marks as inflectable (an ending or a British spelling), so plain words
 * cost nothing extra.
 *
 * Coordination is read in the same walk: "pick and pack orders" (shared head: pick orders, pack
 * orders), "MIG/TIG welding", "MIG, TIG and stick welding", "accounts payable and receivable"
 * (shared first word).
 *
 * A posting's language is counted on the same tokens (language.ts); Spanish and French postings
 * are also read against their own label index, built the first time such a posting comes.
 */
import { KEY_FLAGS, type ContextRule, type Skill } from './schema';
import { BundledTaxonomy, type Taxonomy } from './taxonomy';
import { CLAUSE_WORDS } from './lexicon';
import { STOP_WORD_BITS, languageOf, type PostingLanguage } from './language';
import { GAP_WORDS, STEMMERS, type StemLanguage, type Stemmer } from './stem';
import {
  buildTable,
  hashKey,
  mayHaveChild,
  nodeOf,
  probe,
  probeIndex,
  type TrieNode,
  type WordEntry,
  type WordTable,
} from './trie';
import { lastAtOrBefore } from './sorted';
import { ASCII_CLASS, SEP, SYM, WORD, charClass, hashToken } from './tokens';

export const { NEED_UPPER, COMMON_WORD, GENERIC_WORD, GATED, EXACT, CASED } = KEY_FLAGS;
export type { WordEntry, WordTable } from './trie';

/** A match index: one language's keys, the skills they name and how to read text against it. */
export interface Layer {
  table: WordTable;
  /** position of the layer's skill 0 among the index's skills */
  base: number;
  lang: StemLanguage;
  gaps: ReadonlySet<string>;
}

export interface SkillIndex {
  /** the skill at a position (taxonomy rows, then custom skills) */
  skill(i: number): Skill;
  /** English keys, clause words and stop words: the table the tokenizer probes */
  readonly table: WordTable;
  /** Spanish or French keys, built on first use */
  layer(lang: 'es' | 'fr'): Layer | undefined;
  /** custom skills' keys (custom.ts), if any */
  readonly custom: Layer | undefined;
  /** context rules of ordinary-word names, by skill id (lexicon.ts DEFAULT_RULE for the others) */
  readonly contextRules: ReadonlyMap<string, ContextRule>;
}

/**
 * Tokens of one text: parallel arrays, offsets in UTF-16 code units. Each distinct lowercased
 * word of the text is made a string once and numbered (`id`, `words`): a posting repeats its
 * words, so what depends only on the word (its table entry, its forms, whether it is a gap word)
 * is worked out once per word, and comparing a token with a word reads no characters of the text.
 */
export interface Tokens {
  /** the text the tokens were read from */
  text: string;
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** 1 when a comma, bracket, colon or quote stands before token i: no key spans it */
  gap: Uint8Array;
  /** 1 when token i may have another form (an ending or a British spelling): see stem.ts */
  inflected: Uint8Array;
  /** number of token i's word in `words` */
  id: Int32Array;
  /** the distinct lowercased words of the text, in order of first use */
  words: readonly string[];
  /** hashToken of each word, by number */
  wordHash: Int32Array;
  /** WordTable entry + 1 of each word (checked against the word, not only its hash), 0 when none */
  wordEntry: Int32Array;
  /** lowercased text of token i */
  keyAt(i: number): string;
  /** does lowercased token i equal `tok`? */
  is(i: number, tok: string): boolean;
  /** does lowercased token i start with `prefix`? */
  startsWith(i: number, prefix: string): boolean;
  /** offsets of clause-ending characters (newline ! ? ; and "." before white space), in order */
  breaks: number[];
  /** the language of the text, from its stop words */
  language: PostingLanguage;
}

/** A longest key match, before context rules. `[first, last)` are token indexes. */
export interface Candidate {
  skill: number;
  first: number;
  last: number;
  flags: number;
  /** a coordinated part ("TIG welding" of "MIG/TIG welding"): it may overlap other matches */
  part: boolean;
}

const indexes = new WeakMap<Taxonomy, SkillIndex>();

/** Something that builds its own index (a taxonomy with custom skills: custom.ts). */
export interface IndexedTaxonomy extends Taxonomy {
  buildIndex(): SkillIndex;
}

const hasOwnIndex = (t: Taxonomy): t is IndexedTaxonomy =>
  typeof (t as Partial<IndexedTaxonomy>).buildIndex === 'function';

/** The index of a taxonomy, built on first use and cached with it. */
export function indexFor(t: Taxonomy): SkillIndex {
  let idx = indexes.get(t);
  if (!idx) {
    if (hasOwnIndex(t)) idx = t.buildIndex();
    else if (t instanceof BundledTaxonomy) idx = bundledIndex(t);
    else throw new Error('indexFor: not a bundled taxonomy');
    indexes.set(t, idx);
  }
  return idx;
}

const GAP_SETS: Readonly<Record<StemLanguage, ReadonlySet<string>>> = {
  en: new Set(GAP_WORDS.en),
  es: new Set(GAP_WORDS.es),
  fr: new Set(GAP_WORDS.fr),
};

/** The layer of an index string (schema.ts `m`). */
export function layerOf(src: string, lang: StemLanguage, base = 0, words: readonly string[] = []): Layer {
  const stops = words.length ? STOP_WORD_BITS : new Map<string, number>();
  return { table: buildTable(src, words, stops), base, lang, gaps: GAP_SETS[lang] };
}

function bundledIndex(t: BundledTaxonomy): SkillIndex {
  const file = t.file;
  const en = layerOf(file.m.en, 'en', 0, CLAUSE_WORDS);
  const others: Partial<Record<'es' | 'fr', Layer>> = {};
  return {
    skill: (i) => t.skillAt(i),
    table: en.table,
    layer: (lang) => (others[lang] ??= file.m[lang] ? layerOf(file.m[lang], lang) : undefined),
    custom: undefined,
    contextRules: t.contextRules,
  };
}

/** What an ASCII separator ends (SEP_ROLE bits). */
const CLAUSE_END = 1;
const PHRASE_END = 2;
const SEP_ROLE = new Uint8Array(128);
// clause ends: newline ! ? ;
for (const c of '\n!?;') SEP_ROLE[c.charCodeAt(0)] = CLAUSE_END;
// , ( ) [ ] : " ; and newline end a phrase: "Microsoft Office (Word" is not one key
for (const c of ',()[]:";\n') SEP_ROLE[c.charCodeAt(0)] = (SEP_ROLE[c.charCodeAt(0)] as number) | PHRASE_END;

/**
 * Cuts the text into tokens in one pass, noting clause ends. ASCII letters are lowercased as they
 * are read (no lowercased copy of the whole text); a word with another character is lowercased
 * on its own. With `reuse`, the per-token arrays are scratch ones (scratchBytes): the tokens must
 * not outlive the extraction then.
 */
export function tokenizeText(text: string, table: WordTable, reuse = false): Tokens {
  const n = text.length;
  // About one token per 6 characters of prose; the arrays grow when needed.
  let cap = Math.max(16, Math.ceil(n / 5));
  // (a posting's tokens are ~5 arrays of its length: scratch ones, when the extraction's own; each
  // token's slots are written below and the rest zeroed after the loop, so they are not zeroed first)
  let start: Int32Array = reuse ? scratchInts('tokens.start', cap, false) : new Int32Array(cap);
  let end: Int32Array = reuse ? scratchInts('tokens.end', cap, false) : new Int32Array(cap);
  let id: Int32Array = reuse ? scratchInts('tokens.id', cap, false) : new Int32Array(cap);
  let gap: Uint8Array = reuse ? scratchBytes('tokens.gap', cap, false) : new Uint8Array(cap);
  let inflected: Uint8Array = reuse ? scratchBytes('tokens.inflected', cap, false) : new Uint8Array(cap);
  const words = new WordNumbers(text, table);
  const stops = [0, 0, 0, 0, 0];
  let hard = 0;
  const breaks: number[] = [];
  let count = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = code < 128 ? (ASCII_CLASS[code] as number) : charClass(code, text, i);
    if (cls === SEP) {
      // (one table read: most separators are spaces, which are neither)
      const sep = code < 128 ? (SEP_ROLE[code] as number) : 0;
      if (sep & CLAUSE_END) breaks.push(i);
      if (sep & PHRASE_END) hard = 1;
      i++;
      continue;
    }
    const s = i;
    let h = code;
    let infl = 0;
    let w: number;
    i++;
    if (cls === SYM) {
      // "." ends a clause when white space or the end follows ("Node.js" does not)
      if (code === 46 && (i === n || isSpaceCode(text.charCodeAt(i)))) breaks.push(s);
      w = words.ofAscii(h, s, i);
    } else {
      // Same arithmetic as hashToken, on the lowercased letters.
      let ascii = code < 128;
      let prev = code >= 65 && code <= 90 ? code + 32 : code;
      h = prev;
      let prev2 = 0;
      while (i < n) {
        let c = text.charCodeAt(i);
        if (c < 128) {
          if (ASCII_CLASS[c] !== WORD) break;
          if (c >= 65 && c <= 90) c += 32;
        } else if (charClass(c, text, i) !== WORD) break;
        else ascii = false;
        h = (Math.imul(h, 31) + c) | 0;
        // "ae" inside a word (paediatric): another form
        if (prev === 97 && c === 101) infl = 1;
        prev2 = prev;
        prev = c;
        i++;
      }
      if (ascii) {
        // endings with another form: -s, -ing, -ed, -e, -our, -x (French plurals), -isation
        if (i - s >= 4 && hasEnding(prev, prev2, i - s)) infl = 1;
        w = words.ofAscii(h, s, i);
      } else {
        const word = text.slice(s, i).toLowerCase();
        h = hashToken(word);
        infl = inflectable(word) ? 1 : 0;
        w = words.ofWord(h, word);
      }
    }
    if (count === cap) {
      cap *= 2;
      start = grow(start, cap);
      end = grow(end, cap);
      id = grow(id, cap);
      gap = growBytes(gap, cap);
      inflected = growBytes(inflected, cap);
    }
    const bits = words.stops[w] as number;
    if (bits !== 0) for (let b = 0; b < 5; b++) if (bits & (1 << b)) stops[b] = (stops[b] ?? 0) + 1;
    start[count] = s;
    end[count] = i;
    id[count] = w;
    gap[count] = hard;
    inflected[count] = infl;
    hard = 0;
    count++;
  }
  if (reuse) {
    // past the last token, zeros, as in a fresh array
    start.fill(0, count);
    end.fill(0, count);
    id.fill(0, count);
    gap.fill(0, count);
    inflected.fill(0, count);
  }
  const list = words.words;
  const keyAt = (k: number) => (k >= 0 && k < count ? (list[id[k] as number] as string) : '');
  const is = (k: number, tok: string) => k >= 0 && k < count && list[id[k] as number] === tok;
  const startsWith = (k: number, p: string) => (list[id[k] as number] as string).startsWith(p);
  const language = languageOf(stops);
  return {
    text,
    count,
    start,
    end,
    gap,
    inflected,
    id,
    words: list,
    wordHash: words.hashes,
    wordEntry: words.entry,
    keyAt,
    is,
    startsWith,
    breaks,
    language,
  };
}

/** May a lowercased word have another form: "ae" inside (paediatric), a non-ASCII letter (accents fold), an ending? */
function inflectable(word: string): boolean {
  let prev = word.charCodeAt(0);
  if (prev > 127) return true;
  let prev2 = 0;
  for (let k = 1; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c > 127 || (prev === 97 && c === 101)) return true;
    prev2 = prev;
    prev = c;
  }
  return word.length >= 4 && hasEnding(prev, prev2, word.length);
}

/** Does a lowercased word of `length` ending in `last` after `before` have another form (stem.ts)? */
function hasEnding(last: number, before: number, length: number): boolean {
  // -s, -ing, -ed, -e, -our, -x (French plurals), -isation
  return (
    last === 115 ||
    last === 103 ||
    last === 100 ||
    last === 101 ||
    last === 114 ||
    last === 120 ||
    (last === 110 && before === 111 && length >= 7)
  );
}

/**
 * Numbers the distinct words of one text: an open-addressing table from a token's hash to the
 * numbers of the words with that hash, each checked against the text. A new word is cut out of
 * the text once, and its entry in the word table looked up once.
 */
class WordNumbers {
  readonly words: string[] = [];
  /** WordTable entry + 1 of each word, 0 when none */
  entry: Int32Array;
  /** stop-word language bits of each word's entry */
  stops: Uint8Array;
  /** hashToken of each word */
  hashes: Int32Array;
  private mask: number;
  /** word number + 1 by slot, 0 = empty */
  private slots: Int32Array;

  constructor(
    private readonly text: string,
    private readonly table: WordTable,
  ) {
    // Sized by the text: a short phrase (brackets.ts, slots) gets arrays small enough to live in
    // V8's heap; larger ones are allocated outside it, each costing microseconds.
    const words = Math.min(256, Math.max(8, 1 << Math.ceil(Math.log2(text.length / 4 + 1))));
    this.entry = new Int32Array(words);
    this.stops = new Uint8Array(words);
    this.hashes = new Int32Array(words);
    this.slots = new Int32Array(words * 2);
    this.mask = words * 2 - 1;
  }

  /** Number of the word at [s, e) of the text, all ASCII, lowercased with hash `h`. */
  ofAscii(h: number, s: number, e: number): number {
    const { slots, words, hashes, text } = this;
    const len = e - s;
    let slot = h & this.mask;
    for (;;) {
      const v = slots[slot] as number;
      if (v === 0) break;
      if (hashes[v - 1] === h) {
        const w = words[v - 1] as string;
        if (w.length === len) {
          let k = 0;
          for (; k < len; k++) {
            let c = text.charCodeAt(s + k);
            if (c >= 65 && c <= 90) c += 32;
            if (c !== w.charCodeAt(k)) break;
          }
          if (k === len) return v - 1;
        }
      }
      slot = (slot + 1) & this.mask;
    }
    return this.add(h, slot, text.slice(s, e).toLowerCase());
  }

  /** Number of lowercased `word` with hash `h`. */
  ofWord(h: number, word: string): number {
    const { slots, words, hashes } = this;
    let slot = h & this.mask;
    for (;;) {
      const v = slots[slot] as number;
      if (v === 0) break;
      if (hashes[v - 1] === h && words[v - 1] === word) return v - 1;
      slot = (slot + 1) & this.mask;
    }
    return this.add(h, slot, word);
  }

  private add(h: number, slot: number, word: string): number {
    const w = this.words.length;
    this.words.push(word);
    if (w === this.hashes.length) {
      this.hashes = grow(this.hashes, w * 2);
      this.entry = grow(this.entry, w * 2);
      this.stops = growBytes(this.stops, w * 2);
    }
    this.hashes[w] = h;
    const e = probeIndex(this.table, h, word);
    this.entry[w] = e;
    this.stops[w] = e === 0 ? 0 : (this.table.entries[e - 1] as WordEntry).lang;
    this.slots[slot] = w + 1;
    // Keep the table at most half full.
    if (this.words.length * 2 > this.mask) this.rehash();
    return w;
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    for (let w = 0; w < this.words.length; w++) {
      let slot = (this.hashes[w] as number) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = w + 1;
    }
  }
}

function grow(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

function growBytes(a: Uint8Array, cap: number): Uint8Array {
  const b = new Uint8Array(cap);
  b.set(a);
  return b;
}

const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;

/** The typed arrays kept as scratch. */
type ScratchArray = Uint8Array | Uint16Array | Int32Array;

/** The scratch arrays by owner: each as long as the longest text read so far needed. */
const scratch = new Map<string, ScratchArray>();

/**
 * A zeroed array of `n` bytes kept from one text to the next for `owner` (a view of exactly `n`, as
 * `new Uint8Array(n)` gives): the first write to each 4 KB of a fresh typed array is a page fault
 * (~13 µs here, ~3 ms a MB: more than the work done on a long text's per-token arrays), a reused one
 * costs a memset. Only for arrays that do not outlive the call that takes them, in code that does
 * not nest (an extraction's steps, not the inner reads of brackets).
 */
export function scratchBytes(owner: string, n: number, zeroed = true): Uint8Array {
  return scratchOf(owner, n, Uint8Array, zeroed);
}

/** As scratchBytes, 16-bit (the tagger's token shapes). */
export function scratchShorts(owner: string, n: number): Uint16Array {
  return scratchOf(owner, n, Uint16Array);
}

/** As scratchBytes, 32-bit (the tokenizer's offsets and word numbers). */
export function scratchInts(owner: string, n: number, zeroed = true): Int32Array {
  return scratchOf(owner, n, Int32Array, zeroed);
}

/** A scratch array of `n`; not `zeroed`, it holds the last text's values (for a caller that writes each one it reads). */
function scratchOf<A extends ScratchArray>(owner: string, n: number, make: new (n: number) => A, zeroed = true): A {
  let a = scratch.get(owner);
  if (!(a instanceof make) || a.length < n) scratch.set(owner, (a = new make(n)));
  else if (zeroed) a.fill(0, 0, n);
  return a.subarray(0, n) as A;
}

/** Words joining two coordinated parts: "pick and pack", "MIG/TIG", "payable or receivable". */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', '/', '&', 'y', 'o', 'et', 'ou']);
/** Gap words stepped over in a row inside a key, at most. */
const MAX_GAP_RUN = 2;
/**
 * Words of English ads that qualify a duty's object without changing the skill: "prepare monthly
 * reports" is "prepare reports", "coach new staff" is "coach staff". Unlike gap words they stay in
 * the keys ("New Relic"): one may be stepped over inside a key, never at its start, and a key that
 * goes on through it is tried too ("prepare simple meals" beside "prepare simple reports").
 */
const MODIFIER_WORDS: ReadonlySet<string> = new Set([
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'annual',
  'yearly',
  'regular',
  'routine',
  'simple',
  'basic',
  'detailed',
  'accurate',
  'new',
  'existing',
  'various',
  'relevant',
  'necessary',
  'required',
  'timely',
  'ongoing',
  // "build strong relationships", "maintain positive working relationships"
  'strong',
  'positive',
  'effective',
  'close',
  'productive',
  'lasting',
  'engaging',
  // "meet tight deadlines", "work to strict deadlines"
  'tight',
  'strict',
  'challenging',
]);
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * A word's other forms and the keys they start, worked out once per distinct word of a text
 * (a posting repeats its words; stemming each occurrence again was a large share of the scan).
 */
interface Forms {
  /** the lowercased token */
  word: string;
  light: string;
  lightHash: number;
  full: string;
  fullHash: number;
  /** root of the keys starting with the light / full form; null until looked up */
  lightRoot: TrieNode | undefined | null;
  fullRoot: TrieNode | undefined | null;
}

/** Which words of a text (by number, `Tokens.id`) pass a test: each word is tested once, when first asked. */
export class WordFlags {
  /** 1 yes, 2 no, 0 not asked yet */
  private readonly known: Uint8Array;

  constructor(
    private readonly words: readonly string[],
    private readonly test: (word: string) => boolean,
  ) {
    this.known = new Uint8Array(words.length);
  }

  /** Does word `w` pass? */
  has(w: number): boolean {
    let v = this.known[w] as number;
    if (v === 0) this.known[w] = v = this.test(this.words[w] as string) ? 1 : 2;
    return v === 1;
  }
}

/** Words of a text in `set`, by number. */
export const wordsIn = (tokens: Tokens, set: ReadonlySet<string>): WordFlags =>
  new WordFlags(tokens.words, (w) => set.has(w));

/** Reads tokens against one layer: start nodes, next nodes, forms cached per distinct word. */
class Reader {
  /** forms by word number (tokens.id) */
  private readonly forms: (Forms | undefined)[];
  /** root node of the keys starting with each word as written, by word number; null until looked up */
  private readonly roots: (TrieNode | undefined | null)[];
  private readonly gaps: WordFlags;
  private readonly modifiers: WordFlags;
  private readonly conjunctions: WordFlags;
  readonly stem: Stemmer;
  /**
   * Spanish and French words have other forms the tokenizer's English endings do not flag:
   * gender and infinitive endings ("trabajo en equipo" ~ "trabajar en equipo"). Their layers
   * look at every word's forms (worked out once per distinct word).
   */
  private readonly everyWordInflects: boolean;
  /**
   * Walks handed out while one token is read (matchAt starts over at each): none outlives that
   * token, so the objects are reused rather than left as garbage, one or more per key found.
   */
  private readonly walks: Walk[] = [];
  private walkCount = 0;

  constructor(
    readonly tokens: Tokens,
    readonly layer: Layer,
    /** the tokenizer's entries belong to this layer's table */
    private readonly primary: boolean,
  ) {
    this.stem = STEMMERS[layer.lang];
    const n = tokens.words.length;
    this.forms = new Array<Forms | undefined>(n).fill(undefined);
    this.roots = new Array<TrieNode | undefined | null>(n).fill(null);
    this.gaps = wordsIn(tokens, layer.gaps);
    this.modifiers = wordsIn(tokens, layer.lang === 'en' ? MODIFIER_WORDS : NO_WORDS);
    this.conjunctions = wordsIn(tokens, CONJUNCTIONS);
    this.everyWordInflects = layer.lang !== 'en';
  }

  /** A walk valid until the next `resetWalks`. */
  walkOf(node: TrieNode, last: number, parent: TrieNode | undefined, shared: number): Walk {
    const w = this.walks[this.walkCount];
    this.walkCount++;
    if (!w) {
      const made: Walk = { node, last, parent, shared };
      this.walks.push(made);
      return made;
    }
    w.node = node;
    w.last = last;
    w.parent = parent;
    w.shared = shared;
    return w;
  }

  /** The walks handed out so far are read no more: they may be handed out again. */
  resetWalks(): void {
    this.walkCount = 0;
  }

  /** May token k have another form (stem.ts)? */
  inflected(k: number): boolean {
    return this.everyWordInflects || this.tokens.inflected[k] === 1;
  }

  /** Forms of token k (worked out once per distinct word). */
  formsOf(k: number): Forms {
    const w = this.tokens.id[k] as number;
    const cached = this.forms[w];
    if (cached !== undefined) return cached;
    const word = this.tokens.words[w] as string;
    const light = this.stem.light(word);
    const full = this.stem.full(word);
    const f: Forms = {
      word,
      light,
      lightHash: hashToken(light),
      full,
      fullHash: hashToken(full),
      lightRoot: null,
      fullRoot: null,
    };
    this.forms[w] = f;
    return f;
  }

  /** Root node of the keys starting with the light form. */
  lightRoot(f: Forms): TrieNode | undefined {
    if (f.lightRoot === null) f.lightRoot = this.formRoot(f.lightHash, f.light);
    return f.lightRoot;
  }

  /** Root node of the keys starting with the full form. */
  fullRoot(f: Forms): TrieNode | undefined {
    if (f.fullRoot === null) f.fullRoot = this.formRoot(f.fullHash, f.full);
    return f.fullRoot;
  }

  private formRoot(h: number, form: string): TrieNode | undefined {
    const e = probe(this.layer.table, h, form);
    return e ? nodeOf(e) : undefined;
  }

  /** Entry of token k's word in the layer's table (asked once per word: `startNode` keeps the result). */
  private entryOf(k: number): WordEntry | undefined {
    const { table } = this.layer;
    const { tokens } = this;
    const e = this.primary
      ? (tokens.wordEntry[tokens.id[k] as number] as number)
      : table.entries.length === 0
        ? 0
        : probeIndex(table, tokens.wordHash[tokens.id[k] as number] as number, tokens.keyAt(k));
    return e === 0 ? undefined : table.entries[e - 1];
  }

  /** Root node of a key starting with token k as written. */
  startNode(k: number): TrieNode | undefined {
    const w = this.tokens.id[k] as number;
    let root = this.roots[w];
    if (root === null) {
      const e = this.entryOf(k);
      this.roots[w] = root = e ? nodeOf(e) : undefined;
    }
    return root;
  }

  /** Child of `node` for token k: as written, else its full form, else its light form. */
  child(node: TrieNode, k: number): TrieNode | undefined {
    const next = node.next;
    if (!next) return undefined;
    const { tokens } = this;
    const w = tokens.id[k] as number;
    const word = tokens.words[w];
    const key = hashKey(tokens.wordHash[w] as number);
    let n = mayHaveChild(node, key) ? next.get(key) : undefined;
    while (n && n.tok !== word) n = n.alt;
    if (n || !this.inflected(k)) return n;
    return this.formChild(node, k);
  }

  /** Child of `node` for token k's full form, else its light form ("materials" -> "material"). */
  formChild(node: TrieNode, k: number): TrieNode | undefined {
    const next = node.next;
    if (!next) return undefined;
    let n: TrieNode | undefined;
    const f = this.formsOf(k);
    let key = hashKey(f.fullHash);
    n = mayHaveChild(node, key) ? next.get(key) : undefined;
    while (n && n.tok !== f.full) n = n.alt;
    if (n) return n;
    // A product phrase keyed as written, read in the plural ("data pipelines").
    key = hashKey(f.lightHash);
    n = mayHaveChild(node, key) ? next.get(key) : undefined;
    while (n && n.tok !== f.light) n = n.alt;
    return n;
  }

  isGap(k: number): boolean {
    return this.gaps.has(this.tokens.id[k] as number);
  }

  isModifier(k: number): boolean {
    return this.modifiers.has(this.tokens.id[k] as number);
  }

  isConjunction(k: number): boolean {
    return this.conjunctions.has(this.tokens.id[k] as number);
  }
}

/** Where a key may end, by how its first token was read. */
const enum Start {
  /** as written: any key */
  Exact,
  /** light form: one-word keys only */
  Light,
  /** full form: keys of two words or more */
  Full,
}

interface Walk {
  node: TrieNode;
  /** token after the key */
  last: number;
  /** the node before the last token and that token's index, for "payable and receivable" */
  parent: TrieNode | undefined;
  /** read across a coordinated first part ("pick and pack orders"): the next match starts at its second part (-1: none) */
  shared: number;
}

/** The longest key from `root` (token `first`), stepping over gap words. */
function walk(r: Reader, root: TrieNode, first: number, mode: Start): Walk | undefined {
  return extend(r, root, first, first, mode, 1, undefined);
}

/**
 * The longest key through `node` (reached at token j, `depth` tokens in). A gap word that is
 * also a key's word ("de" of a French product name) is tried both ways.
 */
function extend(
  r: Reader,
  node: TrieNode,
  first: number,
  j: number,
  mode: Start,
  depth: number,
  parent: TrieNode | undefined,
): Walk | undefined {
  const { tokens } = r;
  let best: Walk | undefined;
  if (node.skill >= 0 && (mode === Start.Exact || (mode === Start.Light ? depth === 1 : depth >= 2)))
    best = r.walkOf(node, j + 1, parent, -1);
  if (mode === Start.Light || !node.next) return best;
  let k = j + 1;
  for (let gaps = 0, modifiers = 0; k < tokens.count && tokens.gap[k] !== 1; k++) {
    const next = r.child(node, k);
    if (next) {
      // The longer walk wins (no closure here: this runs for every token that starts a key).
      const w = extend(r, next, first, k, mode, depth + 1, node);
      if (w && (!best || w.last > best.last)) best = w;
    }
    // "hazardous materials": a product key read as written ("Hazardous Materials Management
    // System") must not hide the concept key of the word's other form ("hazardous material").
    if (next && r.inflected(k) && tokens.is(k, next.tok)) {
      const other = r.formChild(node, k);
      if (other && other !== next) {
        const w = extend(r, other, first, k, mode, depth + 1, node);
        if (w && (!best || w.last > best.last)) best = w;
      }
    }
    if (gaps === MAX_GAP_RUN) break;
    if (!r.isGap(k)) {
      if (modifiers === 1 || !r.isModifier(k)) break;
      modifiers++;
    }
    gaps++;
  }
  // Shared head: "pick and pack orders" (pick … orders), "MIG/TIG welding". Only when the
  // second part is a key too ("TIG welding"): "tickets and GitHub issues" is no coordination.
  k = j + 1;
  // The coordination wins over a shorter key it starts with ("pick and pack" beside "pick and
  // pack orders").
  if (depth === 1 && k + 2 < tokens.count && r.isConjunction(k) && !tokens.gap[k + 1] && !tokens.gap[k + 2]) {
    const shared = sharedHead(r, node, k + 1);
    if (shared && (!best || best.last < shared.last)) best = shared;
  }
  // "regression, smoke and exploratory testing", "MIG, TIG and stick welding": the first word of
  // a comma list shares the head of its last part; the next match starts at the list's second word.
  if (depth === 1 && k < tokens.count && tokens.gap[k] === 1) {
    const list = commaListHead(r, node, j);
    if (list && (!best || best.last < list.last)) best = list;
  }
  return best;
}

/** Words of a comma list before its "and"/"or" (the first one's included), at most. */
const MAX_LIST_WORDS = 4;

/**
 * Token j (a key's first word) starts a list of single words, "j, a(, b) and y z", where "y z" is
 * a key and z goes on from j's node to a key too: that key, shared with the list's last part.
 */
function commaListHead(r: Reader, node: TrieNode, j: number): Walk | undefined {
  const { tokens } = r;
  let t = j + 1;
  // each word after a comma, until the conjunction ("unit, integration and", "a, b, and")
  while (t < tokens.count && !r.isConjunction(t)) {
    if (tokens.gap[t] !== 1 || t - j >= MAX_LIST_WORDS || t + 1 >= tokens.count) return undefined;
    if (tokens.gap[t + 1] !== 1 && !r.isConjunction(t + 1)) return undefined;
    t++;
  }
  const y = t + 1;
  // ("Python, JS and Python 3" lists Python twice: no shared head)
  if (y + 1 >= tokens.count || tokens.gap[y] || tokens.gap[y + 1] || tokens.id[y] === tokens.id[j]) return undefined;
  const head = sharedHead(r, node, y);
  if (!head) return undefined;
  // one clause: no sentence end or line break in the list
  const at = lastAtOrBefore(tokens.breaks, (tokens.end[j] ?? 0) - 1) + 1;
  if (at < tokens.breaks.length && (tokens.breaks[at] as number) < (tokens.start[head.last - 1] ?? 0)) return undefined;
  return r.walkOf(head.node, head.last, head.parent, j + 1);
}

/**
 * The coordination's last part starts at token y and is a key ("pack orders", "TIG welding",
 * "end-to-end testing"); its last word goes on from `node` (the first part) to a key too: that
 * key, read from the first part to the end of the last ("pick … orders").
 */
function sharedHead(r: Reader, node: TrieNode, y: number): Walk | undefined {
  let z = -1;
  if (pairIsKey(r, y, y + 1)) z = y + 1;
  else {
    // a longer last part: the longest key from y, read as written, of words only ("React.js"
    // is one name: "Angular/React.js" is no AngularJS)
    const exact = r.startNode(y);
    const w = exact && walk(r, exact, y, Start.Exact);
    if (w && w.shared === -1 && w.last - y > 2 && wordsOnly(r.tokens, y, w.last)) z = w.last - 1;
  }
  const head = z >= 0 ? r.child(node, z) : undefined;
  if (!head || head.skill < 0) return undefined;
  return r.walkOf(head, z + 1, undefined, y);
}

/** Are tokens [from, to) all words (no "." or "/" of a dotted or slashed name)? */
function wordsOnly(tokens: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!/^[\p{L}\p{N}]/u.test(tokens.keyAt(k))) return false;
  return true;
}

/**
 * Do tokens y and z (in a row) spell a key of the layer, y as written or in its full form? (This
 * runs at every key word before "and", "or" or "/": the full form's root is the one cached with
 * the word's forms, and no array of roots is made.)
 */
function pairIsKey(r: Reader, y: number, z: number): boolean {
  if (endsKeyAt(r, r.startNode(y), z)) return true;
  if (!r.inflected(y)) return false;
  const f = r.formsOf(y);
  return f.full !== f.word && endsKeyAt(r, r.fullRoot(f), z);
}

/** Does a key end at token z, read on from `root`? */
function endsKeyAt(r: Reader, root: TrieNode | undefined, z: number): boolean {
  const n = root && r.child(root, z);
  return !!n && n.skill >= 0;
}

/**
 * The candidate at token i of one layer, with a second one for a coordinated part, if any.
 * Returns the token to read next, -1 when nothing matched.
 */
function matchAt(r: Reader, i: number, out: Candidate[]): number {
  const { tokens, layer } = r;
  // (the walks of the token before are garbage now: their objects are reused)
  r.resetWalks();
  const best = longestAt(r, i);
  if (!best) return -1;
  out.push({
    skill: layer.base + best.node.skill,
    first: i,
    last: best.last,
    flags: best.node.flags,
    part: best.shared !== -1,
  });
  // Shared first words: "accounts payable and receivable" (accounts … receivable), "work
  // independently and in a team" (work … in a team): the second part goes on from the node before
  // the first part's last word, one word or more. Not when the second part is a longer name of
  // its own: "employment law and contract negotiations" is no employment contract.
  const k = best.parent ? afterConjunction(r, best.last) : -1;
  if (best.parent && k >= 0 && k < tokens.count && !tokens.gap[k]) {
    const other = r.child(best.parent, k);
    const w = other && extend(r, other, i, k, Start.Exact, 2, best.parent);
    if (w && w.shared === -1 && w.node.skill !== best.node.skill && (longestAt(r, k)?.last ?? 0) <= w.last)
      out.push({ skill: layer.base + w.node.skill, first: i, last: w.last, flags: w.node.flags, part: true });
  }
  return best.shared !== -1 ? best.shared : best.last;
}

/** The longest key from token i: as written, in its light form or in its full form. */
function longestAt(r: Reader, i: number): Walk | undefined {
  let best: Walk | undefined;
  const exact = r.startNode(i);
  if (exact) best = walk(r, exact, i, Start.Exact);
  if (r.inflected(i)) {
    const f = r.formsOf(i);
    if (f.light !== f.word) {
      const n = r.lightRoot(f);
      const w = n && walk(r, n, i, Start.Light);
      // An ordinary word's other form stays a word: "plans" is not the skill "plan". An acronym's
      // plural written so ("VPNs", "PLCs") is the acronym's.
      const plain = w && (w.node.flags & (COMMON_WORD | GENERIC_WORD | NEED_UPPER | EXACT)) === 0;
      if (w && (plain || acronymPlural(r.tokens, i, w)) && (!best || w.last > best.last)) best = w;
    }
    if (f.full !== f.word) {
      const n = r.fullRoot(f);
      const w = n && walk(r, n, i, Start.Full);
      if (w && (!best || w.last > best.last)) best = w;
    }
  }
  return best;
}

/** Is token i an acronym's plural ("VPNs"), read in its light form as that acronym's one-word key? */
function acronymPlural(tokens: Tokens, i: number, w: Walk): boolean {
  if (w.last !== i + 1 || w.node.flags & COMMON_WORD) return false;
  const s = tokens.start[i] ?? 0;
  return ACRONYM_PLURAL.test(tokens.text.slice(s, tokens.end[i]));
}

const ACRONYM_PLURAL = /^[A-Z]{3,}s$/;

/** The token after a conjunction at k ("and", "or", "/", "as well as"), -1 when there is none. */
function afterConjunction(r: Reader, k: number): number {
  const { tokens } = r;
  if (k >= tokens.count || tokens.gap[k]) return -1;
  if (r.isConjunction(k)) return k + 1;
  return tokens.is(k, 'as') &&
    tokens.is(k + 1, 'well') &&
    tokens.is(k + 2, 'as') &&
    !tokens.gap[k + 1] &&
    !tokens.gap[k + 2]
    ? k + 3
    : -1;
}

/**
 * Longest key match at each token, left to right, non-overlapping (a coordinated part may overlap
 * the match it shares words with). Every layer the posting's language calls for is read; where
 * two layers' matches overlap, custom skills win, then the longer match ("gestion de projet"
 * over an English "de"), then the earlier layer.
 */
export function findCandidates(idx: SkillIndex, tokens: Tokens): Candidate[] {
  const readers: Reader[] = [];
  if (idx.custom) readers.push(new Reader(tokens, idx.custom, false));
  readers.push(new Reader(tokens, { table: idx.table, base: 0, lang: 'en', gaps: GAP_SETS.en }, true));
  if (tokens.language === 'es' || tokens.language === 'fr') {
    const l = idx.layer(tokens.language);
    if (l) readers.push(new Reader(tokens, l, false));
  }
  const english = tokens.language === 'en';
  const perLayer: Candidate[][] = readers.map((r) => {
    const found: Candidate[] = [];
    const primary = r.layer.table === idx.table;
    let i = 0;
    while (i < tokens.count) {
      const before = found.length;
      const next = matchAt(r, i, found);
      if (next < 0) {
        i++;
        continue;
      }
      // In another language, English phrases of ordinary words are more often that language's words.
      // Outside Spanish and French, an English phrase of two words or more ("customer service" in
      // an Italian ad) is that phrase: only single words are dropped.
      if (primary && !english)
        for (let k = found.length - 1; k >= before; k--) {
          const c = found[k] as Candidate;
          if (c.flags & GATED && (tokens.language !== 'other' || c.last - c.first === 1)) found.splice(k, 1);
        }
      i = next;
    }
    return found;
  });
  if (perLayer.length === 1) return perLayer[0] as Candidate[];
  const ranked = perLayer.flatMap((list, layer) => list.map((c) => ({ c, layer })));
  const custom = idx.custom ? 0 : -1;
  ranked.sort(
    (a, b) =>
      Number(b.layer === custom) - Number(a.layer === custom) ||
      b.c.last - b.c.first - (a.c.last - a.c.first) ||
      a.layer - b.layer,
  );
  const taken = new Uint8Array(tokens.count);
  const out: Candidate[] = [];
  for (const { c } of ranked) {
    if (c.part) {
      out.push(c);
      continue;
    }
    if (overlaps(taken, c)) continue;
    taken.fill(1, c.first, c.last);
    out.push(c);
  }
  return out.sort((a, b) => a.first - b.first || b.last - a.last);
}

function overlaps(taken: Uint8Array, c: Candidate): boolean {
  for (let k = c.first; k < c.last; k++) if (taken[k]) return true;
  return false;
}
