import demandFile from './data/skill-demand.json';

/**
 * Autocomplete over the taxonomy, as a person typing a skill expects it:
 *   1. the exact name or alias first ("sql");
 *   2. then names and aliases that start with what was typed, or have a word that does ("exc" →
 *      Microsoft Excel, Excavator);
 *   3. then names that merely contain it (3 letters or more);
 *   4. then near misses, one slip in four letters or more, two in seven ("exel" → Excel).
 * Within those, and across 2–4, how widely a skill is asked for weighs in (occupations listing it,
 * lib/dashboard/data/skill-demand.json from O*NET and ESCO): a common skill a word-start away
 * comes before a rare one that is a prefix, and a near miss of Microsoft Excel before an exact
 * prefix of a product nobody holds. Pure (the demand table is data).
 */

export interface SuggestSource {
  id: string;
  name: string;
  kind: string;
  aliases: readonly string[];
}

const DEMAND: Readonly<Record<string, number>> = (demandFile as { demand: Record<string, number> }).demand;
export const skillDemand = (id: string): number => DEMAND[id] ?? 0;

/** Lower case, accents off, anything not a letter or digit as one space. */
export function normalize(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, 'plus')
    .replace(/#/g, 'sharp')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Edit distance with transpositions (optimal string alignment), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** A skill's names, normalised once (skills are long-lived: the taxonomy keeps each object). */
const keyCache = new WeakMap<SuggestSource, string[]>();
function keysOf(s: SuggestSource): string[] {
  let keys = keyCache.get(s);
  if (!keys) {
    keys = [normalize(s.name), ...s.aliases.map(normalize)].filter(Boolean);
    keyCache.set(s, keys);
  }
  return keys;
}

/** Whether `word` starts with `q` give or take `slips` (same first letter: people rarely slip on it). */
function nearStart(q: string, word: string, slips: number): boolean {
  if (word[0] !== q[0]) return false;
  for (let n = Math.max(3, q.length - slips); n <= Math.min(word.length, q.length + slips); n++)
    if (editDistance(q, word.slice(0, n), slips) <= slips) return true;
  return false;
}

/**
 * How a skill's names meet the query: 0 exact, 1 prefix, 2 every typed word starts a word of the
 * name, 3 contains, 4 near miss (each typed word near a word's start), 9 not at all.
 */
export function matchTier(keys: readonly string[], q: string): number {
  const qWords = q.split(' ');
  let tier = 9;
  for (const k of keys) {
    if (k === q) return 0;
    if (k.startsWith(q)) tier = Math.min(tier, 1);
    else if (tier > 2) {
      const words = k.split(' ');
      if (qWords.every((qw) => words.some((w) => w.startsWith(qw)))) tier = 2;
      else if (q.length >= 3 && k.includes(q)) tier = 3;
    }
  }
  if (tier < 9) return tier;
  if (qWords.some((qw) => qw.length < 4 && qWords.length === 1)) return 9;
  for (const k of keys) {
    const words = k.split(' ');
    const near = qWords.every((qw) => {
      const slips = qw.length >= 7 ? 2 : qw.length >= 4 ? 1 : 0;
      return words.some((w) => w.startsWith(qw) || (slips > 0 && nearStart(qw, w, slips)));
    });
    if (near) return 4;
  }
  return 9;
}

/** Points for each tier (exact, prefix, word start, contains, near miss); demand adds up to ~300 more. */
const TIER_POINTS = [2000, 620, 600, 350, 430];
const DEMAND_POINTS = 85;

export function suggestionScore(tier: number, demand: number): number {
  return tier === 0 ? TIER_POINTS[0]! + demand : TIER_POINTS[tier]! + DEMAND_POINTS * Math.log10(1 + demand);
}

/** The best `limit` skills for what was typed. */
export function rankSuggestions(
  skills: Iterable<SuggestSource>,
  query: string,
  limit: number,
  demand: (id: string) => number = skillDemand,
): SuggestSource[] {
  const q = normalize(query);
  if (!q) return [];
  const scored: { s: SuggestSource; score: number }[] = [];
  for (const s of skills) {
    const tier = matchTier(keysOf(s), q);
    if (tier === 9) continue;
    scored.push({ s, score: suggestionScore(tier, demand(s.id)) });
  }
  scored.sort((a, b) => b.score - a.score || a.s.name.length - b.s.name.length || a.s.name.localeCompare(b.s.name));
  return scored.slice(0, limit).map((x) => x.s);
}
