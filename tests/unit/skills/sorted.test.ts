/**
 * Searches in sorted arrays (lib/skills/sorted.ts): the cursor the extraction reads clauses and
 * lines with gives lastAtOrBefore's answers, whatever order it is asked in.
 */
import { describe, expect, it } from 'vitest';
import { lastAtOrBefore, SortedCursor } from '../../../lib/skills/sorted';

/** A small deterministic generator (the same sequences on every run). */
function numbers(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s >>> 8;
  };
}

describe('SortedCursor', () => {
  it('answers as lastAtOrBefore, forward, backward and jumping', () => {
    const next = numbers(7);
    for (let round = 0; round < 50; round++) {
      const length = next() % 40;
      const arr = new Int32Array(length);
      let at = next() % 5;
      for (let i = 0; i < length; i++) arr[i] = at += 1 + (next() % 6);
      const cursor = new SortedCursor(arr);
      const top = (arr[length - 1] ?? 0) + 5;
      // in order (as an extraction asks), then at random
      for (let x = -2; x <= top; x++) expect(cursor.lastAtOrBefore(x)).toBe(lastAtOrBefore(arr, x));
      for (let q = 0; q < 100; q++) {
        const x = (next() % (top + 4)) - 2;
        expect(cursor.lastAtOrBefore(x)).toBe(lastAtOrBefore(arr, x));
      }
    }
  });

  it('answers -1 on an empty array and before the first element', () => {
    expect(new SortedCursor([]).lastAtOrBefore(3)).toBe(-1);
    const cursor = new SortedCursor([4, 9]);
    expect(cursor.lastAtOrBefore(10)).toBe(1);
    expect(cursor.lastAtOrBefore(3)).toBe(-1);
    expect(cursor.lastAtOrBefore(4)).toBe(0);
  });
});
