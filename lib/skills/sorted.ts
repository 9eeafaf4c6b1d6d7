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
