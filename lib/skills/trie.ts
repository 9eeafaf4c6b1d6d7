/**
 * The match index, read from the data file's prebuilt keys (schema.ts `m`): a hash table from a
 * first token to the lines of the keys starting with it, whose trie is built the first time the
 * text holds that token. Loading is one pass over a string: no per-key object until a key can
 * match, which keeps a waking service worker fast with ~100,000 keys.
 */
import { hashToken } from './tokens';

export interface TrieNode {
  /** the token this node stands for (verifies a hash hit) */
  tok: string;
  /** index of the skill whose key ends here, -1 if none */
  skill: number;
  /** KEY_FLAGS of that key */
  flags: number;
  /** children by hashKey of their token's hash */
  next: Map<number, TrieNode> | undefined;
  /** another token with the same hash (rare) */
  alt: TrieNode | undefined;
  /** a number of its own, for the edge filter */
  serial: number;
}

let serials = 0;

export const newNode = (tok: string): TrieNode => ({
  tok,
  skill: -1,
  flags: 0,
  next: undefined,
  alt: undefined,
  serial: serials++,
});

/**
 * A bit for every edge (parent, child token's hashKey) of the tries built so far, shared by all
 * of them: most tokens after a key's first word continue none of its keys, and one bit read
 * says so where a look-up in the parent's map would cost several reads. A clear bit means no
 * such child; a set bit may be another edge's, so the map is read then.
 */
const EDGE_BITS = 1 << 21;
const edges = new Int32Array(EDGE_BITS >>> 5);

const edgeBit = (parent: TrieNode, key: number): number =>
  (Math.imul(parent.serial, 0x9e3779b1) ^ Math.imul(key, 0x85ebca6b)) >>> (32 - 21);

/** May `parent` have a child whose token has hashKey `key`? (false: certainly not) */
export function mayHaveChild(parent: TrieNode, key: number): boolean {
  const b = edgeBit(parent, key);
  return ((edges[b >>> 5] as number) & (1 << (b & 31))) !== 0;
}

/**
 * A token hash as a Map key (`next`, the matcher's caches): kept within V8's small integers, so
 * a look-up with a hash read from an Int32Array boxes nothing. Hashes sharing a key are told
 * apart by `tok`, like hashes that collide.
 */
export const hashKey = (h: number): number => h & 0x3fffffff;

/** The child of `parent` for `tok`, created when missing (hash collisions chain through `alt`). */
export function childFor(parent: TrieNode, tok: string): TrieNode {
  const h = hashKey(hashToken(tok));
  const map = (parent.next ??= new Map());
  let n = map.get(h);
  if (!n) {
    const b = edgeBit(parent, h);
    edges[b >>> 5] = (edges[b >>> 5] as number) | (1 << (b & 31));
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

/** The child of `node` for token `tok` with hash `h`, if any. */
export function childOf(node: TrieNode, h: number, tok: string): TrieNode | undefined {
  let n = node.next?.get(hashKey(h));
  while (n && n.tok !== tok) n = n.alt;
  return n;
}

/** Adds key `rest` (tokens after the first, space-separated) under `node`; the first key to reach a node keeps it. */
export function insertKey(node: TrieNode, rest: string, skill: number, flags: number): void {
  let n = node;
  if (rest) {
    for (const part of rest.split(' ')) n = childFor(n, part);
  }
  if (n.skill === -1) {
    n.skill = skill;
    n.flags = flags;
  }
}

/** What one token hash can be: the first token of keys (their lines, or their trie once built), and/or a word clauses look for. */
export interface WordEntry {
  tok: string;
  /** index string and [start, end) of the key lines starting with `tok`, until built */
  src: string | undefined;
  from: number;
  to: number;
  node: TrieNode | undefined;
  /** the clause word (lexicon.ts) spelled so */
  word: string | undefined;
  /** bit set of the languages whose stop words spell so (language.ts) */
  lang: number;
}

/**
 * Open-addressing table from token hash to WordEntry, probed once per distinct word while the
 * text is cut, so neither the matcher nor the clause reader does a map lookup per token.
 */
export interface WordTable {
  mask: number;
  keys: Int32Array;
  /** WordEntry index + 1; 0 = empty slot */
  vals: Int32Array;
  entries: WordEntry[];
}

/** Entry of hash `h` spelled `tok`, if any. */
export function probe(table: WordTable, h: number, tok: string): WordEntry | undefined {
  const e = probeIndex(table, h, tok);
  return e === 0 ? undefined : table.entries[e - 1];
}

/** Index + 1 of the entry of hash `h` spelled `tok`, 0 when none. */
export function probeIndex(table: WordTable, h: number, tok: string): number {
  const { mask, keys, vals, entries } = table;
  let slot = h & mask;
  for (;;) {
    const v = vals[slot] as number;
    if (v === 0) return 0;
    if (keys[slot] === h && (entries[v - 1] as WordEntry).tok === tok) return v;
    slot = (slot + 1) & mask;
  }
}

/** The trie of an entry's keys, built from its lines on first use. */
export function nodeOf(e: WordEntry): TrieNode | undefined {
  if (e.node || e.src === undefined) return e.node;
  const node = newNode(e.tok);
  const src = e.src;
  let p = e.from;
  while (p < e.to) {
    let end = src.indexOf('\n', p);
    if (end === -1 || end > e.to) end = e.to;
    const tab = src.indexOf('\t', p);
    const tab2 = src.indexOf('\t', tab + 1);
    const hasFlags = tab2 !== -1 && tab2 < end;
    const skill = parseInt(src.slice(tab + 1, hasFlags ? tab2 : end), 36);
    const flags = hasFlags ? parseInt(src.slice(tab2 + 1, end), 36) : 0;
    const space = p + e.tok.length;
    insertKey(node, space < tab ? src.slice(space + 1, tab) : '', skill, flags);
    p = end + 1;
  }
  e.node = node;
  e.src = undefined;
  return node;
}

/** A table with room for `n` entries. */
function emptyTable(n: number): WordTable {
  let size = 1;
  while (size < n * 2) size <<= 1;
  return { mask: size - 1, keys: new Int32Array(size), vals: new Int32Array(size), entries: [] };
}

function put(table: WordTable, h: number, e: WordEntry): void {
  table.entries.push(e);
  let slot = h & table.mask;
  while (table.vals[slot] !== 0) slot = (slot + 1) & table.mask;
  table.keys[slot] = h;
  table.vals[slot] = table.entries.length;
}

/**
 * The table of an index string (sorted `key\tskill[\tflags]` lines), plus `words` (clause words)
 * and `stops` (stop words by language bit). One pass: a line whose first token differs from the
 * previous line's starts a group.
 */
export function buildTable(
  src: string,
  words: readonly string[] = [],
  stops: ReadonlyMap<string, number> = new Map(),
): WordTable {
  const groups: { tok: string; h: number; from: number; to: number }[] = [];
  let p = 0;
  const n = src.length;
  let prev: { tok: string; h: number; from: number; to: number } | undefined;
  while (p < n) {
    let end = src.indexOf('\n', p);
    if (end === -1) end = n;
    let h = src.charCodeAt(p) | 0;
    // Same arithmetic as hashToken, up to the first space or tab.
    let q = p + 1;
    for (; q < end; q++) {
      const c = src.charCodeAt(q);
      if (c === 32 || c === 9) break;
      h = (Math.imul(h, 31) + c) | 0;
    }
    if (prev && prev.h === h && q - p === prev.tok.length && src.startsWith(prev.tok, p)) prev.to = end;
    else {
      prev = { tok: src.slice(p, q), h, from: p, to: end };
      groups.push(prev);
    }
    p = end + 1;
  }
  const extra = new Map<string, { word?: string; lang: number }>();
  for (const w of words) extra.set(w, { word: w, lang: 0 });
  for (const [w, bits] of stops) extra.set(w, { ...(extra.get(w) ?? {}), lang: bits });
  const table = emptyTable(groups.length + extra.size);
  for (const g of groups) {
    const x = extra.get(g.tok);
    extra.delete(g.tok);
    put(table, g.h, {
      tok: g.tok,
      src,
      from: g.from,
      to: g.to,
      node: undefined,
      word: x?.word,
      lang: x?.lang ?? 0,
    });
  }
  for (const [w, x] of extra)
    put(table, hashToken(w), { tok: w, src: undefined, from: 0, to: 0, node: undefined, word: x.word, lang: x.lang });
  return table;
}

/** A table from keys given in memory (custom skills, a taxonomy without prebuilt keys). */
export function tableOfKeys(keys: ReadonlyMap<string, { skill: number; flags: number }>): WordTable {
  const lines = [...keys]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, e]) => `${k}\t${e.skill.toString(36)}\t${e.flags.toString(36)}`);
  return buildTable(lines.join('\n'));
}
