import { describe, expect, it } from 'vitest';
import { halves } from '../../../scripts/skillspan-cv';

describe('skillspan-cv: the train split cut in two', () => {
  it('puts alternate postings of each source in each half, whole', () => {
    const row = (idx: number, source: string, word: string) => JSON.stringify({ idx, source, tokens: [word] });
    const text = [
      row(1, 'tech', 'a'),
      row(1, 'tech', 'b'),
      row(2, 'house', 'c'),
      row(3, 'tech', 'd'),
      row(4, 'house', 'e'),
      row(5, 'tech', 'f'),
    ].join('\n');
    const [a, b] = halves(text);
    const words = (half: string) =>
      half
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { tokens: string[] }).tokens[0]);
    // tech postings 1, 3, 5 -> A, B, A; house postings 2, 4 -> A, B
    expect(words(a)).toEqual(['a', 'b', 'c', 'f']);
    expect(words(b)).toEqual(['d', 'e']);
  });
});
