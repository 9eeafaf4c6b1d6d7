/**
 * The phrase tagger: a learned reader of where an English ad names a skill or a field of
 * knowledge, for the phrases no rule or taxonomy name covers ("population genomics", "condensed
 * matter physics"). It is an averaged perceptron (scripts/build-tagger.ts trains it on the
 * SkillSpan train split) over the extractor's own tokens, tagging each token B (a phrase starts),
 * I (inside one) or O, left to right, from hashed features of the words around it and of what the
 * matcher and the context rules made of them. Linear in the text: a fixed number of table
 * look-ups a token.
 *
 * The features are computed here for both the trainer and the extractor, so the two cannot
 * disagree; a change to them (or to what feeds them) asks for `npm run build:tagger`, and
 * tests/unit/skills/manifest.test.ts fails until then.
 */
import { scratchBytes, scratchShorts, type Tokens } from './matcher';
import { z } from 'zod';

/** Tags, in weight order. */
export const enum Tag {
  O = 0,
  B = 1,
  I = 2,
}
const TAGS = 3;

/** What the extractor knows of each token before the tagger reads it. */
export interface TaggerInput {
  text: string;
  tokens: Tokens;
  /**
   * per token: 0, or 1 + 2 × kind index + (0 at a candidate's first token, 1 inside it) for the
   * longest taxonomy name the matcher found over it, before any context rule
   */
  candidate: Uint8Array;
  /** per token: 1 inside a skill the context rules kept, 2 inside a phrase of slots.ts */
  kept: Uint8Array;
}

export const TaggerDataSchema = z.object({
  v: z.literal(1),
  /** log2 of the number of feature buckets */
  bits: z.number().int().min(8).max(24),
  /** subtracted from the score of O before the choice: higher finds more phrases */
  bias: z.number(),

  /** weights = int16 × scale */
  scale: z.number().positive(),
  /** base64 of the Int32 bucket numbers (ascending) that have weights */
  at: z.string(),
  /** base64 of the Int16 weights, three (O, B, I) per bucket of `at` */
  w: z.string(),
});
export type TaggerData = z.infer<typeof TaggerDataSchema>;

export interface TaggerModel {
  bits: number;
  bias: number;
  /** (1 << bits) × 3 weights */
  weights: Float32Array;
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, Math.min(i + 0x8000, bytes.length)));
  return btoa(s);
}

/** The model from its data file; throws a clear error on a malformed one. */
export function taggerFromData(file: unknown): TaggerModel {
  const d = TaggerDataSchema.parse(file);
  const at = new Int32Array(fromBase64(d.at).slice().buffer);
  const w = new Int16Array(fromBase64(d.w).slice().buffer);
  if (w.length !== at.length * TAGS) throw new Error('Tagger data: weights and buckets disagree.');
  const weights = new Float32Array((1 << d.bits) * TAGS);
  for (let k = 0; k < at.length; k++) {
    const b = at[k] as number;
    if (b < 0 || b >= 1 << d.bits) throw new Error('Tagger data: a bucket out of range.');
    for (let t = 0; t < TAGS; t++) weights[b * TAGS + t] = (w[k * TAGS + t] as number) * d.scale;
  }
  return { bits: d.bits, bias: d.bias, weights };
}

let provided: TaggerModel | null = null;
/**
 * Hands the tagger's data file to the extractor (the background fetches it, Node reads it); null
 * takes it away (scripts/skillspan-cv.ts measures the rules alone).
 */
export function provideTaggerData(file: unknown): void {
  provided = file === null ? null : taggerFromData(file);
}
/** The provided tagger, or null when none was (the rules alone read then). */
export const loadedTagger = (): TaggerModel | null => provided;

// ---------------------------------------------------------------------------------------------
// Features

/** Feature templates: each feature is a hash of its template and a value. */
const enum F {
  Bias = 1,
  Word,
  Shape,
  Prefix,
  Suffix,
  Prev,
  Next,
  Prev2,
  Next2,
  PrevWord,
  WordNext,
  Cand,
  CandPrev,
  CandNext,
  Known,
  KnownPrev,
  KnownNext,
  Lexicon,
  LexiconPrev,
  LexiconNext,
  ShapePrev,
  ShapeNext,
  Gap,
  Position,
  PrevPair,
  PrevTag,
}
/** Features of one token (PrevTag is added by the decoder). */
export const FEATURES_PER_TOKEN = 25;

const mix = (a: number, b: number): number => {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae3d);
  return h ^ (h >>> 13);
};
const BOS = 0x5b5d;
const EOS = 0x7d7b;

/** A small hash of a string. */
function hashOf(s: string): number {
  let h = 7;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** Upper 0, lower 1, digit 2, anything else 3 (other scripts: by their case). */
function charKind(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 97 && c <= 122) return 1;
  if (c >= 65 && c <= 90) return 0;
  if (c >= 48 && c <= 57) return 2;
  if (c > 127) {
    const ch = text[i] as string;
    return ch !== ch.toLowerCase() ? 0 : ch !== ch.toUpperCase() ? 1 : 3;
  }
  return 3;
}

/**
 * The shape of a token from its first, second and last characters and its length: "Python",
 * "MVC", "iOS", "ISO9001", "e-mail" differ; four reads a token, whatever its length.
 */
function shapeOf(text: string, from: number, to: number): number {
  const n = to - from;
  const first = charKind(text, from);
  const second = n > 1 ? charKind(text, from + 1) : 4;
  const last = n > 2 ? charKind(text, to - 1) : 4;
  const length = n <= 1 ? 0 : n <= 3 ? 1 : n <= 6 ? 2 : 3;
  return ((first * 5 + second) * 5 + last) * 4 + length;
}
/** Number of shapes (`shapeOf` gives 0 … SHAPES - 1). */
const SHAPES = 4 * 5 * 5 * 4;

/**
 * Per-token feature context, built once a text: per token its shape and line start, and (on first
 * use, for `write`) its word's prefix and suffix and lexicon class (typed arrays, so that writing a
 * token's features is a few loads and hashes). A token's word hash is read through its word number
 * (tokens.wordHash[tokens.id[i]]): a per-token copy cost 4 bytes a token, and a text's typed arrays
 * are what starts V8's major GCs (external memory pressure).
 */
export class TaggerFeatures {
  readonly count: number;
  private readonly input: TaggerInput;
  private lazy: { prefix: Int32Array; suffix: Int32Array; lexicon: Uint8Array } | undefined;
  /** shapeOf each token: below SHAPES, so 16 bits */
  private readonly shape: Uint16Array;
  /** 1 when a line starts at token i */
  private readonly line: Uint8Array;

  /** With `reuse`, the per-token arrays are scratch ones (matcher.ts): the features must not outlive the call. */
  constructor(input: TaggerInput, reuse = false) {
    this.input = input;
    const { tokens, text } = input;
    const n = tokens.count;
    this.count = n;
    this.shape = reuse ? scratchShorts('tagger.shape', n) : new Uint16Array(n);
    this.line = reuse ? scratchBytes('tagger.line', n) : new Uint8Array(n);
    // the first line break after the token before (no token holds one): a line starts at token i
    // when it comes before the token (found by indexOf rather than reading every gap's characters)
    let newline = text.indexOf('\n');
    for (let i = 0; i < n; i++) {
      const s = tokens.start[i] as number;
      const e = tokens.end[i] as number;
      this.shape[i] = shapeOf(text, s, e);
      let line = i === 0 ? 1 : 0;
      if (newline !== -1 && newline < s) {
        line = 1;
        newline = text.indexOf('\n', e);
      }
      this.line[i] = line;
    }
  }

  /** Per token: its word's prefix and suffix hashes and lexicon class (for `write`, made on first use). */
  private perToken(): { prefix: Int32Array; suffix: Int32Array; lexicon: Uint8Array } {
    if (this.lazy) return this.lazy;
    const { tokens } = this.input;
    const words = tokens.words.length;
    const prefixOf = new Int32Array(words);
    const suffixOf = new Int32Array(words);
    const lexiconOf = new Uint8Array(words);
    for (let k = 0; k < words; k++) {
      const w = tokens.words[k] as string;
      prefixOf[k] = hashOf(w.slice(0, 3));
      suffixOf[k] = hashOf(w.slice(-3));
      lexiconOf[k] = wordLexicon(tokens, k);
    }
    const n = this.count;
    const prefix = new Int32Array(n);
    const suffix = new Int32Array(n);
    const lexicon = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const k = tokens.id[i] as number;
      prefix[i] = prefixOf[k] as number;
      suffix[i] = suffixOf[k] as number;
      lexicon[i] = lexiconOf[k] as number;
    }
    return (this.lazy = { prefix, suffix, lexicon });
  }

  /** Per token: shape, line start (for the fast decoder). */
  arrays(): { shape: Uint16Array; line: Uint8Array } {
    return { shape: this.shape, line: this.line };
  }

  /** Does a line start at token i? A phrase never runs across lines. */
  startsLine(i: number): boolean {
    return this.line[i] === 1;
  }

  /** Writes the bucket numbers of token i's features into `out` (FEATURES_PER_TOKEN of them). */
  write(i: number, mask: number, out: Int32Array): void {
    const { candidate, kept, tokens } = this.input;
    const { shape, line } = this;
    const { wordHash, id } = tokens;
    const { prefix, suffix, lexicon } = this.perToken();
    const n = this.count;
    // neighbours within the line only
    const hasPrev = line[i] === 0;
    const hasNext = i + 1 < n && line[i + 1] === 0;
    const hasPrev2 = hasPrev && i > 1 && line[i - 1] === 0;
    const hasNext2 = hasNext && i + 2 < n && line[i + 2] === 0;
    const wi = wordHash[id[i] as number] as number;
    const wp = hasPrev ? (wordHash[id[i - 1] as number] as number) : BOS;
    const wn = hasNext ? (wordHash[id[i + 1] as number] as number) : EOS;
    const wp2 = hasPrev2 ? (wordHash[id[i - 2] as number] as number) : BOS;
    out[0] = mix(F.Bias, 1) & mask;
    out[1] = mix(F.Word, wi) & mask;
    out[2] = mix(F.Shape, shape[i] as number) & mask;
    out[3] = mix(F.Prefix, prefix[i] as number) & mask;
    out[4] = mix(F.Suffix, suffix[i] as number) & mask;
    out[5] = mix(F.Prev, wp) & mask;
    out[6] = mix(F.Next, wn) & mask;
    out[7] = mix(F.Prev2, wp2) & mask;
    out[8] = mix(F.Next2, hasNext2 ? (wordHash[id[i + 2] as number] as number) : EOS) & mask;
    out[9] = mix(F.PrevWord, mix(wp, wi)) & mask;
    out[10] = mix(F.WordNext, mix(wi, wn)) & mask;
    out[11] = mix(F.Cand, candidate[i] as number) & mask;
    out[12] = mix(F.CandPrev, hasPrev ? (candidate[i - 1] as number) : 255) & mask;
    out[13] = mix(F.CandNext, hasNext ? (candidate[i + 1] as number) : 255) & mask;
    out[14] = mix(F.Known, kept[i] as number) & mask;
    out[15] = mix(F.KnownPrev, hasPrev ? (kept[i - 1] as number) : 255) & mask;
    out[16] = mix(F.KnownNext, hasNext ? (kept[i + 1] as number) : 255) & mask;
    out[17] = mix(F.Lexicon, lexicon[i] as number) & mask;
    out[18] = mix(F.LexiconPrev, hasPrev ? (lexicon[i - 1] as number) : 255) & mask;
    out[19] = mix(F.LexiconNext, hasNext ? (lexicon[i + 1] as number) : 255) & mask;
    out[20] = mix(F.ShapePrev, hasPrev ? (shape[i - 1] as number) : BOS) & mask;
    out[21] = mix(F.ShapeNext, hasNext ? (shape[i + 1] as number) : EOS) & mask;
    out[22] = mix(F.Gap, (tokens.gap[i] as number) + 2 * (hasNext ? (tokens.gap[i + 1] as number) : 1)) & mask;
    out[23] = mix(F.Position, line[i] ? 0 : i > 0 && line[i - 1] ? 1 : 2) & mask;
    out[24] = mix(F.PrevPair, mix(wp2, wp)) & mask;
  }
}

/**
 * Training only: token features as if the rules had read nothing around the token (no candidate,
 * nothing kept), so that the model also learns what the words alone say (scripts/build-tagger.ts).
 */
export function blankRuleFeatures(out: Int32Array, at: number, mask: number): void {
  out[at + 11] = mix(F.Cand, 0) & mask;
  out[at + 12] = mix(F.CandPrev, 0) & mask;
  out[at + 13] = mix(F.CandNext, 0) & mask;
  out[at + 14] = mix(F.Known, 0) & mask;
  out[at + 15] = mix(F.KnownPrev, 0) & mask;
  out[at + 16] = mix(F.KnownNext, 0) & mask;
}

/** Bucket of the feature "the token is this word" (`hashToken` of the lowercased word): for tests. */
export const wordBucket = (wordHash: number, mask: number): number => mix(F.Word, wordHash) & mask;

/** Bucket of the previous-tag feature for `tag`. */
export const prevTagBucket = (tag: Tag, mask: number): number => mix(F.PrevTag, tag + 1) & mask;

/** Scores of the three tags for features `f` (and the previous tag's bucket) into `score`. */
export function scoreTags(
  weights: Float32Array | Float64Array,
  f: Int32Array,
  prev: number,
  score: Float64Array,
): void {
  let o = weights[prev * TAGS] as number;
  let b = weights[prev * TAGS + 1] as number;
  let n = weights[prev * TAGS + 2] as number;
  for (let k = 0; k < f.length; k++) {
    const at = (f[k] as number) * TAGS;
    o += weights[at] as number;
    b += weights[at + 1] as number;
    n += weights[at + 2] as number;
  }
  score[0] = o;
  score[1] = b;
  score[2] = n;
}

/** The best tag after `prev` ("I" cannot follow "O": it starts a phrase then). */
export function chooseTag(score: Float64Array, prev: Tag, bias: number): Tag {
  const o = (score[0] as number) - bias;
  const b = score[1] as number;
  const i = score[2] as number;
  if (o >= b && o >= i) return Tag.O;
  if (prev === Tag.O) return Tag.B;
  return i > b ? Tag.I : Tag.B;
}

/**
 * Offsets in tagPhrases' row of a word's summed weights (three a role): as the token, as the one
 * before, after, two before, two after. 16 floats a row: 64 bytes, a cache line.
 */
const AS_SELF = 0;
const AS_PREV = 3;
const AS_NEXT = 6;
const AS_PREV2 = 9;
const AS_NEXT2 = 12;
const ROW = 16;

/**
 * The phrases the model tags in the input: token ranges [first, last), in text order. The same
 * scores as `write` and `scoreTags` give (tests/unit/skills/tagger.test.ts holds them equal), summed
 * faster: the features of a word alone (as the token, the one before, the one after) are summed once
 * per distinct word of the text, and those of a small value (a candidate's kind, a gap, a shape) once
 * per model; only the word pairs are hashed per token.
 */
export function tagPhrases(input: TaggerInput, model: TaggerModel): [number, number][] {
  const out: [number, number][] = [];
  const { tokens } = input;
  const n = tokens.count;
  if (n === 0) return out;
  // (the features are read in this call only)
  const features = new TaggerFeatures(input, true);
  const { shape, line } = features.arrays();
  const mask = (1 << model.bits) - 1;
  const w = model.weights;
  const small = smallTables(model);
  // per distinct word: its features as the token, as the one before, after, two before, two after,
  // in one row a word (ROW floats: AS_SELF … AS_NEXT2): a token reads each of five neighbours' rows
  // in turn, and a word's five sums in one cache line are read from memory once, not five times
  const words = tokens.words.length;
  const byWord = new Float32Array(words * ROW);
  const add = (at: number, bucket: number) => {
    byWord[at] = (byWord[at] as number) + (w[bucket * TAGS] as number);
    byWord[at + 1] = (byWord[at + 1] as number) + (w[bucket * TAGS + 1] as number);
    byWord[at + 2] = (byWord[at + 2] as number) + (w[bucket * TAGS + 2] as number);
  };
  for (let k = 0; k < words; k++) {
    const h = tokens.wordHash[k] as number;
    const lex = wordLexicon(tokens, k);
    const wk = tokens.words[k] as string;
    const at = k * ROW;
    add(at + AS_SELF, mix(F.Word, h) & mask);
    add(at + AS_SELF, mix(F.Prefix, hashOf(wk.slice(0, 3))) & mask);
    add(at + AS_SELF, mix(F.Suffix, hashOf(wk.slice(-3))) & mask);
    add(at + AS_SELF, mix(F.Lexicon, lex) & mask);
    add(at + AS_PREV, mix(F.Prev, h) & mask);
    add(at + AS_PREV, mix(F.LexiconPrev, lex) & mask);
    add(at + AS_NEXT, mix(F.Next, h) & mask);
    add(at + AS_NEXT, mix(F.LexiconNext, lex) & mask);
    add(at + AS_PREV2, mix(F.Prev2, h) & mask);
    add(at + AS_NEXT2, mix(F.Next2, h) & mask);
  }
  const id = tokens.id;
  const wordHash = tokens.wordHash;
  const gap = tokens.gap;
  const { candidate, kept } = input;
  let prev: Tag = Tag.O;
  let start = -1;
  const score = new Float64Array(TAGS);
  // Each pair of neighbours on a line is hashed once: mix(a, b) of a token's word and the next is
  // that token's "word, next" pair, the next token's "previous, word" pair and the one after's
  // "two before" pair (write's arithmetic: at a line start those read BOS).
  let pairPrev = 0; // mix(wp, wi) of the token before
  let pairNext = 0; // mix(wi, wn) of the token before
  const pairBos = mix(BOS, BOS);
  for (let i = 0; i < n; i++) {
    const hasPrev = line[i] === 0;
    const hasNext = i + 1 < n && line[i + 1] === 0;
    const hasPrev2 = hasPrev && i > 1 && line[i - 1] === 0;
    const hasNext2 = hasNext && i + 2 < n && line[i + 2] === 0;
    // word hashes through word numbers (the same values TaggerFeatures#write reads)
    const wi = wordHash[id[i] as number] as number;
    const wn = hasNext ? (wordHash[id[i + 1] as number] as number) : EOS;
    // (line[0] is 1: the token before exists whenever hasPrev)
    const prevWord = hasPrev ? pairNext : mix(BOS, wi);
    const prevPair = hasPrev ? pairPrev : pairBos;
    const wordNext = mix(wi, wn);
    pairPrev = prevWord;
    pairNext = wordNext;
    const self = (id[i] as number) * ROW + AS_SELF;
    const pv = hasPrev ? (id[i - 1] as number) * ROW + AS_PREV : -1;
    const nx = hasNext ? (id[i + 1] as number) * ROW + AS_NEXT : -1;
    const pv2 = hasPrev2 ? (id[i - 2] as number) * ROW + AS_PREV2 : -1;
    const nx2 = hasNext2 ? (id[i + 2] as number) * ROW + AS_NEXT2 : -1;
    // the sums of the scores of O, B and I, written out: a helper adding into an array, or a loop
    // over row offsets, made this loop 1.5-2x slower (the test holds it equal to tagPhrasesSlowly)
    let o = small.all[0] as number;
    let b = small.all[1] as number;
    let t = small.all[2] as number;
    let x = (candidate[i] as number) * TAGS;
    o += small.cand[x] as number;
    b += small.cand[x + 1] as number;
    t += small.cand[x + 2] as number;
    x = (hasPrev ? (candidate[i - 1] as number) : 255) * TAGS;
    o += small.candPrev[x] as number;
    b += small.candPrev[x + 1] as number;
    t += small.candPrev[x + 2] as number;
    x = (hasNext ? (candidate[i + 1] as number) : 255) * TAGS;
    o += small.candNext[x] as number;
    b += small.candNext[x + 1] as number;
    t += small.candNext[x + 2] as number;
    x = (kept[i] as number) * TAGS;
    o += small.known[x] as number;
    b += small.known[x + 1] as number;
    t += small.known[x + 2] as number;
    x = (hasPrev ? (kept[i - 1] as number) : 255) * TAGS;
    o += small.knownPrev[x] as number;
    b += small.knownPrev[x + 1] as number;
    t += small.knownPrev[x + 2] as number;
    x = (hasNext ? (kept[i + 1] as number) : 255) * TAGS;
    o += small.knownNext[x] as number;
    b += small.knownNext[x + 1] as number;
    t += small.knownNext[x + 2] as number;
    x = ((gap[i] as number) + 2 * (hasNext ? (gap[i + 1] as number) : 1)) * TAGS;
    o += small.gap[x] as number;
    b += small.gap[x + 1] as number;
    t += small.gap[x + 2] as number;
    x = (line[i] ? 0 : i > 0 && line[i - 1] ? 1 : 2) * TAGS;
    o += small.position[x] as number;
    b += small.position[x + 1] as number;
    t += small.position[x + 2] as number;
    x = prev * TAGS;
    o += small.prevTag[x] as number;
    b += small.prevTag[x + 1] as number;
    t += small.prevTag[x + 2] as number;
    x = self;
    o += byWord[x] as number;
    b += byWord[x + 1] as number;
    t += byWord[x + 2] as number;
    if (pv >= 0) {
      o += byWord[pv] as number;
      b += byWord[pv + 1] as number;
      t += byWord[pv + 2] as number;
    } else {
      o += small.noPrev[0] as number;
      b += small.noPrev[1] as number;
      t += small.noPrev[2] as number;
    }
    if (nx >= 0) {
      o += byWord[nx] as number;
      b += byWord[nx + 1] as number;
      t += byWord[nx + 2] as number;
    } else {
      o += small.noNext[0] as number;
      b += small.noNext[1] as number;
      t += small.noNext[2] as number;
    }
    if (pv2 >= 0) {
      o += byWord[pv2] as number;
      b += byWord[pv2 + 1] as number;
      t += byWord[pv2 + 2] as number;
    } else {
      o += small.noPrev2[0] as number;
      b += small.noPrev2[1] as number;
      t += small.noPrev2[2] as number;
    }
    if (nx2 >= 0) {
      o += byWord[nx2] as number;
      b += byWord[nx2 + 1] as number;
      t += byWord[nx2 + 2] as number;
    } else {
      o += small.noNext2[0] as number;
      b += small.noNext2[1] as number;
      t += small.noNext2[2] as number;
    }
    x = (shape[i] as number) * TAGS;
    o += small.shape[x] as number;
    b += small.shape[x + 1] as number;
    t += small.shape[x + 2] as number;
    x = (hasPrev ? (shape[i - 1] as number) : SHAPES) * TAGS;
    o += small.shapePrev[x] as number;
    b += small.shapePrev[x + 1] as number;
    t += small.shapePrev[x + 2] as number;
    x = (hasNext ? (shape[i + 1] as number) : SHAPES) * TAGS;
    o += small.shapeNext[x] as number;
    b += small.shapeNext[x + 1] as number;
    t += small.shapeNext[x + 2] as number;
    x = (mix(F.PrevWord, prevWord) & mask) * TAGS;
    o += w[x] as number;
    b += w[x + 1] as number;
    t += w[x + 2] as number;
    x = (mix(F.WordNext, wordNext) & mask) * TAGS;
    o += w[x] as number;
    b += w[x + 1] as number;
    t += w[x + 2] as number;
    x = (mix(F.PrevPair, prevPair) & mask) * TAGS;
    o += w[x] as number;
    b += w[x + 1] as number;
    t += w[x + 2] as number;
    score[0] = o;
    score[1] = b;
    score[2] = t;
    let tag = chooseTag(score, prev, model.bias);
    if (tag === Tag.I && line[i] === 1) tag = Tag.B;
    if (tag !== Tag.I && start >= 0) {
      out.push([start, i]);
      start = -1;
    }
    if (tag === Tag.B) start = i;
    prev = tag;
  }
  if (start >= 0) out.push([start, n]);
  return out;
}

/** 1: the word starts a taxonomy name or is a clause word; 2: it does not. */
const wordLexicon = (tokens: Tokens, k: number) => ((tokens.wordEntry[k] as number) > 0 ? 1 : 2);

interface SmallTables {
  all: Float32Array;
  cand: Float32Array;
  candPrev: Float32Array;
  candNext: Float32Array;
  known: Float32Array;
  knownPrev: Float32Array;
  knownNext: Float32Array;
  gap: Float32Array;
  position: Float32Array;
  prevTag: Float32Array;
  noPrev: Float32Array;
  noNext: Float32Array;
  noPrev2: Float32Array;
  noNext2: Float32Array;
  /** by shape; the shape before a line's first token (BOS) and after its last (EOS) at SHAPES */
  shape: Float32Array;
  shapePrev: Float32Array;
  shapeNext: Float32Array;
}
const smallOf = new WeakMap<TaggerModel, SmallTables>();

/** The weights of each small-valued feature by value, once per model. */
function smallTables(model: TaggerModel): SmallTables {
  const have = smallOf.get(model);
  if (have) return have;
  const mask = (1 << model.bits) - 1;
  const w = model.weights;
  const table = (template: number, values: number, hashed = (v: number) => mix(template, v) & mask) => {
    const t = new Float32Array(values * TAGS);
    for (let v = 0; v < values; v++) {
      const at = hashed(v) * TAGS;
      for (let k = 0; k < TAGS; k++) t[v * TAGS + k] = w[at + k] as number;
    }
    return t;
  };
  const sumOf = (buckets: number[]) => {
    const t = new Float32Array(TAGS);
    for (const at of buckets) for (let k = 0; k < TAGS; k++) t[k] = (t[k] as number) + (w[at * TAGS + k] as number);
    return t;
  };
  const tables: SmallTables = {
    all: sumOf([mix(F.Bias, 1) & mask]),
    cand: table(F.Cand, 256),
    candPrev: table(F.CandPrev, 256),
    candNext: table(F.CandNext, 256),
    known: table(F.Known, 256),
    knownPrev: table(F.KnownPrev, 256),
    knownNext: table(F.KnownNext, 256),
    gap: table(F.Gap, 4),
    position: table(F.Position, 3),
    prevTag: table(F.PrevTag, TAGS, (v) => prevTagBucket(v as Tag, mask)),
    noPrev: sumOf([mix(F.Prev, BOS) & mask, mix(F.LexiconPrev, 255) & mask]),
    noNext: sumOf([mix(F.Next, EOS) & mask, mix(F.LexiconNext, 255) & mask]),
    noPrev2: sumOf([mix(F.Prev2, BOS) & mask]),
    noNext2: sumOf([mix(F.Next2, EOS) & mask]),
    shape: table(F.Shape, SHAPES),
    shapePrev: table(F.ShapePrev, SHAPES + 1, (v) => mix(F.ShapePrev, v === SHAPES ? BOS : v) & mask),
    shapeNext: table(F.ShapeNext, SHAPES + 1, (v) => mix(F.ShapeNext, v === SHAPES ? EOS : v) & mask),
  };
  smallOf.set(model, tables);
  return tables;
}

/** The reference decoder: `write` and `scoreTags` a token at a time (the trainer's arithmetic). */
export function tagPhrasesSlowly(input: TaggerInput, model: TaggerModel): [number, number][] {
  const out: [number, number][] = [];
  const features = new TaggerFeatures(input);
  const mask = (1 << model.bits) - 1;
  const f = new Int32Array(FEATURES_PER_TOKEN);
  const score = new Float64Array(TAGS);
  const prevBucket = [prevTagBucket(Tag.O, mask), prevTagBucket(Tag.B, mask), prevTagBucket(Tag.I, mask)];
  let prev: Tag = Tag.O;
  let start = -1;
  const lines = input.tokens;
  for (let i = 0; i < features.count; i++) {
    features.write(i, mask, f);
    scoreTags(model.weights, f, prevBucket[prev] as number, score);
    let tag = chooseTag(score, prev, model.bias);
    if (tag === Tag.I && features.startsLine(i)) tag = Tag.B;
    if (tag !== Tag.I && start >= 0) {
      out.push([start, i]);
      start = -1;
    }
    if (tag === Tag.B) start = i;
    prev = tag;
  }
  if (start >= 0) out.push([start, lines.count]);
  return out;
}
