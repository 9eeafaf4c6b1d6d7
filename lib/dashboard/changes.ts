import type { Res } from '../messaging/protocol';

type Completion = Res<'learning.complete'>;
export type RescoredPosting = Completion['rescored'][number];

/** Fit change of one posting in points; an unscored side counts as 0 so a first score shows as a gain. */
export function gain(r: Pick<RescoredPosting, 'before' | 'after'>): number {
  return (r.after ?? 0) - (r.before ?? 0);
}

/**
 * What a completed course changed, ordered for reading: biggest gains first, then by title.
 * `average` is the mean fit of the re-scored postings before and after (null when none changed).
 */
export function summarizeCompletion(c: Completion): {
  raised: Completion['raised'];
  rescored: RescoredPosting[];
  average: { before: number; after: number } | null;
} {
  const rescored = [...c.rescored].sort((a, b) => gain(b) - gain(a) || a.title.localeCompare(b.title));
  const average = rescored.length
    ? {
        before: Math.round(rescored.reduce((s, r) => s + (r.before ?? 0), 0) / rescored.length),
        after: Math.round(rescored.reduce((s, r) => s + (r.after ?? 0), 0) / rescored.length),
      }
    : null;
  return { raised: c.raised, rescored, average };
}
