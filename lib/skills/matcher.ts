/**
 * The alias index: a trie over normalised tokens, and the one-pass scan that finds the longest
 * alias starting at each token. Context decisions are made afterwards (context.ts) on the few
 * candidates that need them, so the scan itself stays a tight loop.
 */
import type { ContextRule, Skill } from './schema';
import type { Taxonomy } from './taxonomy';
import { indexSource } from './taxonomy';
import { CLAUSE_WORDS } from './lexicon';
import { ASCII_CLASS, SEP, SYM, WORD, charClass, hashToken } from './tokens';

/** The alias is an acronym ("IT", "AP", "CV"): the text must be upper case too. */
export const NEED_UPPER = 1;
/** The alias is an ordinary word ("go", "swift", "access"): capitalisation and context decide. */
export const COMMON_WORD = 2;
/** A generic one-word skill ("plan", "finance"): counts only where the clause talks about skills. */
export const GENERIC_WORD = 4;

export interface TrieNode {
  /** the token this node stands for (verifies a hash hit) */
  tok: string;
  /** index of the skill whose alias ends here, -1 if none */
  skill: number;
  flags: number;
  /** children by token hash */
  next: Map<number, TrieNode> | undefined;
  /** another token with the same hash (rare) */
  alt: TrieNode | undefined;
  /**
   * Longer aliases starting with this (first) token, as [rest of key, skill, …], not yet in
   * `next`. Most first tokens are never seen in a given text, so their subtrees are built on
   * first use: that keeps the index ready in a few milliseconds.
   */
  pending: (string | number)[] | undefined;
}

const newNode = (tok: string): TrieNode => ({
  tok,
  skill: -1,
  flags: 0,
  next: undefined,
  alt: undefined,
  pending: undefined,
});

/** The node for `tok` in `map`, created when missing (hash collisions chain through `alt`). */
function childFor(map: Map<number, TrieNode>, tok: string): TrieNode {
  const h = hashToken(tok);
  let n = map.get(h);
  if (!n) {
    n = newNode(tok);
    map.set(h, n);
    return n;
  }
  for (;;) {
    if (n.tok === tok) return n;
    if (!n.alt) return (n.alt = newNode(tok));
    n = n.alt;
  }
}

function materialize(node: TrieNode): void {
  const pending = node.pending as (string | number)[];
  node.pending = undefined;
  node.next = new Map();
  for (let i = 0; i < pending.length; i += 2) {
    const parts = (pending[i] as string).split(' ');
    let map = node.next;
    let n: TrieNode | undefined;
    for (let j = 0; j < parts.length; j++) {
      n = childFor(map, parts[j] as string);
      if (j < parts.length - 1) map = n.next ??= new Map();
    }
    // First come wins: names were queued before aliases.
    if (n && n.skill === -1) n.skill = pending[i + 1] as number;
  }
}

/** What one token hash can be: the first token of aliases, and/or a word clauses look for. */
export interface WordEntry {
  node: TrieNode | undefined;
  word: string | undefined;
}

/**
 * Open-addressing table from token hash to WordEntry, probed once per token while the text is
 * cut, so neither the matcher nor the clause reader does a map lookup per token.
 */
export interface WordTable {
  mask: number;
  keys: Int32Array;
  /** WordEntry index + 1; 0 = empty slot */
  vals: Int32Array;
  entries: WordEntry[];
}

export interface SkillIndex {
  /** the skill at a position of the taxonomy */
  skill(i: number): Skill;
  readonly root: Map<number, TrieNode>;
  readonly table: WordTable;
  /** context rules of ordinary-word names, by skill id (lexicon.ts DEFAULT_RULE for the others) */
  readonly contextRules: ReadonlyMap<string, ContextRule>;
}

function buildTable(root: Map<number, TrieNode>): WordTable {
  const words = new Map<number, string>();
  for (const w of CLAUSE_WORDS) words.set(hashToken(w), w);
  const hashes = new Set<number>([...root.keys(), ...words.keys()]);
  let size = 1;
  while (size < hashes.size * 2) size <<= 1;
  const table: WordTable = { mask: size - 1, keys: new Int32Array(size), vals: new Int32Array(size), entries: [] };
  for (const h of hashes) {
    table.entries.push({ node: root.get(h), word: words.get(h) });
    let slot = h & table.mask;
    while (table.vals[slot] !== 0) slot = (slot + 1) & table.mask;
    table.keys[slot] = h;
    table.vals[slot] = table.entries.length;
  }
  return table;
}

/**
 * Tokens of one text: parallel arrays, offsets in UTF-16 code units. Token strings are not
 * materialised (that allocation alone would cost as much as the whole scan): `hash` finds
 * candidates, `is`/`keyAt` read the few tokens that need it.
 */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** hashToken of each lowercased token */
  hash: Int32Array;
  /** WordTable entry + 1 of each token's hash, 0 when none */
  entry: Int32Array;
  /** 1 when a comma, bracket, colon or quote stands before token i: no alias spans it */
  gap: Uint8Array;
  /** lowercased text of token i */
  keyAt(i: number): string;
  /** does lowercased token i equal `tok`? */
  is(i: number, tok: string): boolean;
  /** does lowercased token i start with `prefix`? */
  startsWith(i: number, prefix: string): boolean;
  /** offsets of clause-ending characters (newline ! ? ; and "." before white space), in order */
  breaks: number[];
}

/** A longest alias match, before context rules. `[first, last)` are token indexes. */
export interface Candidate {
  skill: number;
  first: number;
  last: number;
  flags: number;
}

/** An acronym alias ("IT", "SQL"); those of at most SHORT_ACRONYM letters always need capitals. */
const ACRONYM = /^[A-Z]{2,3}$/;
const SHORT_ACRONYM = 2;
const CAPS = /^[A-Z]{2,}$/;

function buildIndex(t: Taxonomy): SkillIndex {
  const { skill: skillAt, display, keys, commonWords, genericWords, contextRules } = indexSource(t);
  const root = new Map<number, TrieNode>();
  const insert = (key: string, skill: number, display: string) => {
    const space = key.indexOf(' ');
    const n = childFor(root, space === -1 ? key : key.slice(0, space));
    if (space !== -1) {
      (n.pending ??= []).push(key.slice(space + 1), skill);
      return;
    }
    if (n.skill === -1) {
      n.skill = skill;
      // An all-caps name that is also a word ("FIRST", "BASIC") must be written in caps too.
      const common = commonWords.has(key);
      const generic = genericWords.has(key);
      n.flags =
        // Two-letter acronyms ("IT", "ML", "AP") and acronyms that are words need capitals;
        // three-letter ones ("SQL", "PHP") are safe in lower case ("python bash sql").
        ((ACRONYM.test(display) && (display.length <= SHORT_ACRONYM || common || generic)) ||
        ((common || generic) && CAPS.test(display))
          ? NEED_UPPER
          : 0) |
        (common ? COMMON_WORD : 0) |
        (generic ? GENERIC_WORD : 0);
    } else if (n.skill === skill && !CAPS.test(display)) {
      // Same skill reaching a key twice ("Jira" and "JIRA"): an acronym only if every spelling is.
      n.flags &= ~NEED_UPPER;
    }
  };
  // Names first: a canonical name always beats another skill's alias.
  // Display spellings decide the acronym flag; only needed for one-word keys.
  keys.forEach((k, i) => insert(k.name, i, k.name.includes(' ') ? '' : display(i, -1)));
  keys.forEach((k, i) => k.aliases.forEach((a, j) => insert(a, i, a.includes(' ') ? '' : display(i, j))));
  return { skill: skillAt, root, table: buildTable(root), contextRules };
}

const indexes = new WeakMap<Taxonomy, SkillIndex>();

/** The index of a taxonomy, built on first use and cached with it. */
export function indexFor(t: Taxonomy): SkillIndex {
  let idx = indexes.get(t);
  if (!idx) {
    idx = buildIndex(t);
    indexes.set(t, idx);
  }
  return idx;
}

/** Cuts the text into tokens in one pass (one lowercase of the whole text), noting clause ends. */
export function tokenizeText(text: string, table: WordTable): Tokens {
  const { mask, keys, vals } = table;
  let lower = text.toLowerCase();
  // toLowerCase can change the length for a few characters ("İ"); then lowercase per token.
  const sameLength = lower.length === text.length;
  if (!sameLength) lower = text;
  const n = text.length;
  // About one token per 6 characters of prose; the arrays grow when needed.
  let cap = Math.max(16, Math.ceil(n / 5));
  let start: Int32Array = new Int32Array(cap);
  let end: Int32Array = new Int32Array(cap);
  let hash: Int32Array = new Int32Array(cap);
  let entry: Int32Array = new Int32Array(cap);
  let gap: Uint8Array = new Uint8Array(cap);
  let hard = 0;
  const breaks: number[] = [];
  let count = 0;
  let i = 0;
  // One string is read: the lowercased text (same character classes as the original).
  const src = lower;
  while (i < n) {
    const code = src.charCodeAt(i);
    const cls = code < 128 ? (ASCII_CLASS[code] as number) : charClass(code, src, i);
    if (cls === SEP) {
      // clause ends: newline ! ? ;
      if (code === 10 || code === 33 || code === 63 || code === 59) breaks.push(i);
      // , ( ) [ ] : " and newline end a phrase: "Microsoft Office (Word" is not one alias
      if (
        code === 44 ||
        code === 40 ||
        code === 41 ||
        code === 91 ||
        code === 93 ||
        code === 58 ||
        code === 34 ||
        code === 10 ||
        code === 59
      )
        hard = 1;
      i++;
      continue;
    }
    const s = i;
    let h = code;
    i++;
    if (cls === SYM) {
      // "." ends a clause when white space or the end follows ("Node.js" does not)
      if (code === 46 && (i === n || isSpaceCode(src.charCodeAt(i)))) breaks.push(s);
    } else {
      // Same arithmetic as hashToken.
      while (i < n) {
        const c = src.charCodeAt(i);
        if (c < 128 ? ASCII_CLASS[c] !== WORD : charClass(c, src, i) !== WORD) break;
        h = (Math.imul(h, 31) + c) | 0;
        i++;
      }
      if (!sameLength) h = hashToken(text.slice(s, i).toLowerCase());
    }
    if (count === cap) {
      cap *= 2;
      start = grow(start, cap);
      end = grow(end, cap);
      hash = grow(hash, cap);
      entry = grow(entry, cap);
      const ng = new Uint8Array(cap);
      ng.set(gap);
      gap = ng;
    }
    let slot = h & mask;
    let e = 0;
    for (;;) {
      const v = vals[slot] as number;
      if (v === 0) break;
      if (keys[slot] === h) {
        e = v;
        break;
      }
      slot = (slot + 1) & mask;
    }
    start[count] = s;
    end[count] = i;
    hash[count] = h;
    entry[count] = e;
    gap[count] = hard;
    hard = 0;
    count++;
  }
  const keyAt = (k: number) => {
    const t = text.slice(start[k], end[k]);
    return sameLength ? lower.slice(start[k], end[k]) : t.toLowerCase();
  };
  const is = sameLength
    ? (k: number, tok: string) => (end[k] ?? 0) - (start[k] ?? 0) === tok.length && lower.startsWith(tok, start[k])
    : (k: number, tok: string) => k >= 0 && k < count && keyAt(k) === tok;
  const startsWith = sameLength
    ? (k: number, p: string) => (end[k] ?? 0) - (start[k] ?? 0) >= p.length && lower.startsWith(p, start[k])
    : (k: number, p: string) => keyAt(k).startsWith(p);
  return { count, start, end, hash, entry, gap, keyAt, is, startsWith, breaks };
}

function grow(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;

/** Longest alias match at each token, left to right, non-overlapping. */
export function findCandidates(idx: SkillIndex, tokens: Tokens): Candidate[] {
  const out: Candidate[] = [];
  const { hash, count, entry } = tokens;
  const entries = idx.table.entries;
  let i = 0;
  while (i < count) {
    const e = entry[i] as number;
    let node = e === 0 ? undefined : entries[e - 1]?.node;
    while (node && !tokens.is(i, node.tok)) node = node.alt;
    if (!node) {
      i++;
      continue;
    }
    if (node.pending) materialize(node);
    let best: TrieNode | undefined;
    let bestEnd = i;
    let j = i;
    for (;;) {
      if (node.skill >= 0) {
        best = node;
        bestEnd = j + 1;
      }
      j++;
      if (!node.next || j >= count || tokens.gap[j] === 1) break;
      let n: TrieNode | undefined = node.next.get(hash[j] as number);
      while (n && !tokens.is(j, n.tok)) n = n.alt;
      if (!n) break;
      node = n;
    }
    if (best) {
      out.push({ skill: best.skill, first: i, last: bestEnd, flags: best.flags });
      i = bestEnd;
    } else i++;
  }
  return out;
}
