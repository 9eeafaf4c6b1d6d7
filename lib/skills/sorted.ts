/** Searches in sorted arrays of offsets or token indexes (clause starts, cue positions, line breaks). */

/** Binary search: index of the last element <= x, -1 if none. */
export function lastAtOrBefore(arr: ArrayLike<number>, x: number, length = arr.length): number {
  let lo = 0;
  let hi = length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((arr[mid] ?? 0) <= x) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/**
 * lastAtOrBefore over one sorted array, for look-ups that mostly go forward (an extraction reads
 * its candidates in text order, and each asks for its clause or its line): the answer found last,
 * or the one after it, is tried before a binary search. The same answers as lastAtOrBefore; a
 * binary search over a long text's 100,000 clause starts read a cache line at most of its steps.
 */
export class SortedCursor {
  /** the last answer */
  private at = -1;

  constructor(readonly arr: ArrayLike<number>) {}

  /** Index of the last element <= x, -1 if none. */
  lastAtOrBefore(x: number): number {
    const { arr } = this;
    const n = arr.length;
    const a = this.at;
    // the answer is a or more when arr[a] <= x (sorted); it is a when the next element is past x
    if (a < n && (a < 0 || (arr[a] as number) <= x)) {
      if (a + 1 >= n || (arr[a + 1] as number) > x) return a;
      if (a + 2 >= n || (arr[a + 2] as number) > x) return (this.at = a + 1);
    }
    return (this.at = lastAtOrBefore(arr, x));
  }
}
