/**
 * Skill names as job ads write them, from the SkillSpan train split (Zhang et al., NAACL 2022,
 * MIT; ../shared/data/skillspan/train.json): a phrase the annotators marked as a KNOWLEDGE span
 * often enough, and seldom wrote outside one, is a name ads use for a skill ("CQRS", "threat
 * modelling", "supply chain"). Each becomes a label: of the skill that already owns its key, or
 * of a new skill. Only the train split is read; the dev split is the benchmark and never a source.
 */
import type { SourceEntry } from './sources';

/** How often a phrase must be marked to become a name. */
export interface PhraseThresholds {
  /** Annotators marked the phrase as a knowledge span at least this often… */
  minVotes: number;
  /** …in at least this many postings… */
  minPostings: number;
  /** …and in at least this share of all its occurrences in the train sentences. */
  minShare: number;
  /** Longer spans are descriptions ("industry-wide technology trends and best practices"). */
  maxTokens: number;
}

/**
 * Chosen by two-fold cross-validation inside the train split (scripts/skillspan-cv.ts): one vote,
 * with this share and length, read the held-out postings best (tech F1 0.777 against 0.774 with
 * two votes, house 0.602 against 0.593; shares 0.3 and 0.7, lengths 3 and 6 did no better).
 */
export const SKILLSPAN_THRESHOLDS: PhraseThresholds = { minVotes: 1, minPostings: 1, minShare: 0.5, maxTokens: 4 };

interface Row {
  idx: number;
  tokens: string[];
  tags_knowledge: string[];
}

/** [start, end) token spans of BIO tags, read as the benchmark reads them. */
function spans(tags: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  let s: number | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const g = tags[i] ?? 'O';
    if (g.startsWith('B') || g === 'O' || (g.startsWith('I') && s === null)) {
      if (s !== null) out.push([s, i]);
      s = g.startsWith('B') ? i : null;
    }
  }
  return out;
}

/** A token that can be part of a name: it holds a letter or digit and is no placeholder ("<LOCATION>"). */
const nameToken = (t: string) => /[\p{L}\p{N}]/u.test(t) && !/[<>]/.test(t);
/** A token joining two names: "and", "or", "&", or a slash inside ("C/C++", "BSc/MSc"). */
const joinsTwo = (t: string) => /^(?:and|or|&)$/i.test(t) || t.includes('/');

/**
 * Phrases from the train split's knowledge spans, each with its most frequent spelling as the
 * name. Kind: a spelling with a capital inside or a digit ("CQRS", "iOS", "ES6") names a product
 * ("tool"), any other a field ("domain").
 */
export function readSkillSpanPhrases(
  trainJsonLines: string,
  thresholds: PhraseThresholds = SKILLSPAN_THRESHOLDS,
): SourceEntry[] {
  const { minVotes, minPostings, minShare, maxTokens } = thresholds;
  const rows: Row[] = trainJsonLines
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  const votes = new Map<string, number>();
  const postings = new Map<string, Set<number>>();
  const spellings = new Map<string, Map<string, number>>();
  for (const r of rows)
    for (const [a, b] of spans(r.tags_knowledge)) {
      const words = r.tokens.slice(a, b);
      // "C/C++", "Java and Scala", "BSc or MSc": alternatives, which the extractor reads part by part.
      if (words.length > maxTokens || !words.every(nameToken) || words.some(joinsTwo)) continue;
      const key = words.join(' ').toLowerCase();
      votes.set(key, (votes.get(key) ?? 0) + 1);
      postings.set(key, (postings.get(key) ?? new Set()).add(r.idx));
      const sp = spellings.get(key) ?? new Map<string, number>();
      sp.set(words.join(' '), (sp.get(words.join(' ')) ?? 0) + 1);
      spellings.set(key, sp);
    }
  const wanted = new Set(
    [...votes].filter(([k, n]) => n >= minVotes && (postings.get(k)?.size ?? 0) >= minPostings).map(([k]) => k),
  );
  // Every occurrence of each wanted phrase in the train sentences, in a span or not.
  const byFirst = new Map<string, string[][]>();
  for (const k of wanted) {
    const words = k.split(' ');
    const list = byFirst.get(words[0] as string) ?? [];
    list.push(words);
    byFirst.set(words[0] as string, list);
  }
  const seen = new Map<string, number>();
  for (const r of rows) {
    const lower = r.tokens.map((t) => t.toLowerCase());
    lower.forEach((t, i) => {
      for (const words of byFirst.get(t) ?? [])
        if (words.every((w, j) => lower[i + j] === w)) {
          const k = words.join(' ');
          seen.set(k, (seen.get(k) ?? 0) + 1);
        }
    });
  }
  const out: SourceEntry[] = [];
  for (const k of [...wanted].sort()) {
    const n = votes.get(k) ?? 0;
    if (n < minShare * (seen.get(k) ?? n)) continue;
    const name = [...(spellings.get(k) ?? [])].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? k;
    out.push({ name, kind: /^.+\p{Lu}|\d/u.test(name) ? 'tool' : 'domain', aliases: [], related: [] });
  }
  return out;
}
