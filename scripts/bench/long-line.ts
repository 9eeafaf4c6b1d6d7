/**
 * A keyword-stuffed posting on one line (part of `npm run bench`): 1 MB of skill names, cue words
 * and years phrases without a line break, beside the same text cut into short lines. Context
 * look-ups once rescanned to the end of the line, so the one-line text cost time quadratic in
 * its length (17.7 s for 1 MB); the ratio of the two shows that cost is linear (target <= 2).
 */
import '../../lib/skills/node-data'; // the taxonomy data file, from disk
import type { Taxonomy } from '../../lib/skills/index';

/** Names that need context (Go, Excel, R, Spring…), cue words and years phrases, repeated. */
const STUFFING =
  'Python, Go and Excel experience, Spring, R, SQL; strong Swift or Rust skills, 3+ years of Java, Access, Word, Teams, communication a plus, scheduling ';
export const LONG_LINE_BYTES = 1_000_000;

export function stuffedLine(bytes = LONG_LINE_BYTES): string {
  return STUFFING.repeat(Math.ceil(bytes / STUFFING.length)).slice(0, bytes);
}

export async function benchLongLine(taxonomy: Taxonomy): Promise<void> {
  const { extractSkills } = await import('../../lib/skills/index');
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
  const oneLine = stuffedLine();
  // The same characters with a line break before every "Python": lines of ~150 characters.
  const shortLines = oneLine.replace(/ (?=Python)/g, '\n');
  const time = (text: string) => {
    const t0 = performance.now();
    extractSkills(text, taxonomy);
    return performance.now() - t0;
  };
  time(shortLines);
  const one: number[] = [];
  const lines: number[] = [];
  for (let i = 0; i < 3; i++) {
    lines.push(time(shortLines));
    one.push(time(oneLine));
  }
  const ratio = median(one) / median(lines);
  console.log(
    `keyword-stuffed posting, ${(oneLine.length / 1e6).toFixed(1)} MB on one line: ${median(one).toFixed(0)} ms; the same text in short lines: ${median(lines).toFixed(0)} ms; ratio ${ratio.toFixed(2)} (target <= 2; median of 3)`,
  );
}
