/**
 * Examples in brackets: "AWS (Lambda, ECS, Aurora)", "NoSQL (Cassandra or HBase)", "agile methods
 * (Scrum, Kanban)". Brackets opened right after a skill list kinds of it, so the words inside are
 * read as a tag list is: an ordinary or generic word there names the skill ("Lambda", "Sales").
 */
import { EXAMPLES_MAX_TOKENS } from './lexicon';
import type { Tokens } from './matcher';

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
 * tokens (a longer aside is prose, not a list).
 */
export function exampleTokens(text: string, tokens: Tokens, endsSkill: Uint8Array): Uint8Array {
  const out = new Uint8Array(tokens.count);
  const { start, end, count } = tokens;
  for (let k = 1; k < count; k++) {
    if (endsSkill[k] !== 1 || !tokens.gap[k] || !has(text, end[k - 1] ?? 0, start[k] ?? 0, OPEN)) continue;
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
