/**
 * The alias index: a trie over normalised tokens, and the one-pass scan that finds the longest
 * alias starting at each token. Context decisions are made afterwards (context.ts) on the few
 * candidates that need them, so the scan itself stays a tight loop.
 */
import type { Skill } from './schema';
import type { Taxonomy } from './taxonomy';
import { indexSource } from './taxonomy';
import { forEachToken } from './tokens';

/** The alias is an acronym ("IT", "AP", "CV"): the text must be upper case too. */
export const NEED_UPPER = 1;
/** The alias is an ordinary word ("go", "swift", "access"): capitalisation and context decide. */
export const COMMON_WORD = 2;
/** A generic one-word skill ("plan", "finance"): counts only where the clause talks about skills. */
export const GENERIC_WORD = 4;

interface TrieNode {
  /** index of the skill whose alias ends here, -1 if none */
  skill: number;
  flags: number;
  next: Map<string, TrieNode> | undefined;
}

export interface SkillIndex {
  readonly skills: readonly Skill[];
  readonly root: Map<string, TrieNode>;
}

/** Tokens of one text: parallel arrays, offsets in UTF-16 code units. */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** lowercased token text */
  key: string[];
}

/** A longest alias match, before context rules. `[first, last)` are token indexes. */
export interface Candidate {
  skill: number;
  first: number;
  last: number;
  flags: number;
}

const ACRONYM = /^[A-Z]{2,3}$/;
const CAPS = /^[A-Z]{2,}$/;

function buildIndex(t: Taxonomy): SkillIndex {
  const { skills, keys, commonWords, genericWords } = indexSource(t);
  const root = new Map<string, TrieNode>();
  const owner = new Map<string, TrieNode>();
  const insert = (key: string, skill: number, display: string) => {
    let node = owner.get(key);
    if (node) {
      // Same skill reaching a key twice ("Jira" and "JIRA"): an acronym only if every spelling is.
      if (node.skill === skill && !ACRONYM.test(display) && !CAPS.test(display)) node.flags &= ~NEED_UPPER;
      return;
    }
    const parts = key.split(' ');
    let map = root;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i] as string;
      let n = map.get(p);
      if (!n) {
        n = { skill: -1, flags: 0, next: undefined };
        map.set(p, n);
      }
      if (i === parts.length - 1) {
        if (n.skill === -1) {
          n.skill = skill;
          // An all-caps name that is also a word ("FIRST", "BASIC") must be written in caps too.
          const word = commonWords.has(key) || genericWords.has(key);
          n.flags =
            (ACRONYM.test(display) || (word && CAPS.test(display)) ? NEED_UPPER : 0) |
            (commonWords.has(key) ? COMMON_WORD : 0) |
            (genericWords.has(key) ? GENERIC_WORD : 0);
        }
        owner.set(key, n);
        node = n;
      } else {
        n.next ??= new Map();
        map = n.next;
      }
    }
  };
  // Names first: a canonical name always beats another skill's alias.
  keys.forEach((k, i) => insert(k.name, i, skills[i]?.name ?? ''));
  keys.forEach((k, i) => k.aliases.forEach((a, j) => insert(a, i, skills[i]?.aliases[j] ?? '')));
  return { skills, root };
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

/** Cuts the text into tokens (one pass, one lowercase of the whole text). */
export function tokenizeText(text: string): Tokens {
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  let cap = Math.max(16, text.length >> 2);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  const key: string[] = [];
  let count = 0;
  forEachToken(text, (s, e) => {
    if (count === cap) {
      cap *= 2;
      const ns = new Int32Array(cap);
      ns.set(start);
      start = ns;
      const ne = new Int32Array(cap);
      ne.set(end);
      end = ne;
    }
    start[count] = s;
    end[count] = e;
    key.push(sameLength ? lower.slice(s, e) : text.slice(s, e).toLowerCase());
    count++;
  });
  return { count, start, end, key };
}

/** Longest alias match at each token, left to right, non-overlapping. */
export function findCandidates(idx: SkillIndex, tokens: Tokens): Candidate[] {
  const out: Candidate[] = [];
  const { key, count } = tokens;
  const root = idx.root;
  let i = 0;
  while (i < count) {
    let node = root.get(key[i] as string);
    if (!node) {
      i++;
      continue;
    }
    let best: TrieNode | undefined;
    let bestEnd = i;
    let j = i;
    for (;;) {
      if (node.skill >= 0) {
        best = node;
        bestEnd = j + 1;
      }
      j++;
      if (!node.next || j >= count) break;
      const n: TrieNode | undefined = node.next.get(key[j] as string);
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
