/**
 * Examples in brackets: "AWS (Lambda, ECS, Aurora)", "NoSQL (Cassandra or HBase)", "agile methods
 * (Scrum, Kanban)". Brackets opened right after a skill list kinds of it, so the words inside are
 * read as a tag list is: an ordinary or generic word there names the skill ("Lambda", "Sales").
 */
import { ACRONYM_SMALL_WORDS, EXAMPLES_MAX_TOKENS } from './lexicon';
import type { Candidate, Tokens } from './matcher';

const OPEN = 40; // (
const CLOSE = 41; // )
const NEWLINE = 10;

/** Does a character code of `text` in [from, to) equal `ch`? */
function has(text: string, from: number, to: number, ch: number): boolean {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === ch) return true;
  return false;
}

/**
 * Tokens inside brackets opened right after a skill (`endsSkill[k]` is 1 when a skill's last
 * token is k - 1), as 1s, when the brackets close on the same line within EXAMPLES_MAX_TOKENS
 * tokens (a longer aside is prose, not a list). Written into `out` (zeroed, one byte a token):
 * the extraction passes a scratch array (matcher.ts `scratchBytes`).
 */
export function exampleTokens(
  text: string,
  tokens: Tokens,
  endsSkill: Uint8Array,
  out: Uint8Array = new Uint8Array(tokens.count),
): Uint8Array {
  const { start, end, count } = tokens;
  // (skills end at few tokens: the typed array's own indexOf finds the next such one, where a loop
  // over every token cost more than the rest of this function)
  for (let k = endsSkill.indexOf(1, 1); k > 0 && k < count; k = endsSkill.indexOf(1, k + 1)) {
    if (!tokens.gap[k] || !has(text, end[k - 1] ?? 0, start[k] ?? 0, OPEN)) continue;
    for (let j = k; j < count && j - k < EXAMPLES_MAX_TOKENS; j++) {
      if (j > k && has(text, end[j - 1] ?? 0, start[j] ?? 0, NEWLINE)) break;
      const after = j + 1 < count ? (start[j + 1] ?? 0) : Math.min(text.length, (end[j] ?? 0) + 3);
      if (!has(text, end[j] ?? 0, after, CLOSE)) continue;
      out.fill(1, k, j + 1);
      k = j;
      break;
    }
  }
  return out;
}

const SMALL: ReadonlySet<string> = new Set(ACRONYM_SMALL_WORDS);

/** Is `acronym` the initials of `words`, with or without their small words ("DOE", "FMEA")? */
function initialsOf(words: readonly string[], acronym: string): boolean {
  let all = '';
  let content = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const first = w.charAt(0).toLowerCase();
    all += first;
    if (!SMALL.has(w.toLowerCase())) content += first;
  }
  const a = acronym.toLowerCase();
  return a === all || a === content;
}

/**
 * "design of experiments (DOE)", "electronic health records (EHR)": an acronym alone in brackets
 * right after a name of two words or more, spelling its initials, is that skill again, not a phrase
 * the taxonomy lacks nor another skill that shares the letters. Rewrites `known` in place: the
 * acronym's other readings go, a mention of the named skill takes their place.
 */
export function acronymsInBrackets(text: string, tokens: Tokens, known: Candidate[]): void {
  const { start, end, count } = tokens;
  const found: Candidate[] = [];
  for (let i = 0; i < known.length; i++) {
    const c = known[i] as Candidate;
    const k = c.last;
    if (k >= count || c.last - c.first < 2 || !tokens.gap[k]) continue;
    if (!has(text, end[k - 1] ?? 0, start[k] ?? 0, OPEN)) continue;
    const after = k + 1 < count ? (start[k + 1] ?? 0) : Math.min(text.length, (end[k] ?? 0) + 2);
    if (!has(text, end[k] ?? 0, after, CLOSE)) continue;
    const written = text.slice(start[k], end[k]);
    // two capitals at least, a plural "s" aside ("KPIs")
    const letters = /^[A-Za-z]{2,8}$/.test(written) ? written.replace(/(?<=[A-Z])s$/, '') : '';
    if (letters.replace(/[^A-Z]/g, '').length < 2) continue;
    const words = text
      .slice(start[c.first], end[c.last - 1])
      .split(/[\s\-–/]+/)
      .filter(Boolean);
    if (initialsOf(words, letters)) found.push({ skill: c.skill, first: k, last: k + 1, flags: c.flags, part: false });
  }
  if (found.length === 0) return;
  const at = new Set(found.map((f) => f.first));
  let w = 0;
  for (let i = 0; i < known.length; i++) {
    const c = known[i] as Candidate;
    if (!(c.last - c.first === 1 && at.has(c.first))) known[w++] = c;
  }
  known.length = w;
  known.push(...found);
  known.sort((a, b) => a.first - b.first);
}
