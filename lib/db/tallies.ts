/**
 * How many saved postings each status holds, kept in a few rows beside the postings (schema v8).
 * The board's column counts and the tracker's total read these rows instead of counting index
 * entries, which Chromium's IndexedDB does one entry at a time (10,000 saved jobs: 50–80 ms on this
 * machine for the board's six columns). Every write of posting rows goes through `putStoredPostings`
 * and `deletePostings` (fits.ts), which bring the tallies along in the same transaction (the change
 * itself: `tallyChange` in stored.ts); the v8 upgrade counts an existing database once.
 */
import type { SkillFitDB } from './database';
import type { PostingStatus } from './records';

/** Applies a change to the stored tallies (inside a transaction over `postingTables`). */
export async function adjustTallies(db: SkillFitDB, change: Map<PostingStatus, number>): Promise<void> {
  const moved = [...change].filter(([, by]) => by !== 0);
  if (!moved.length) return;
  const rows = await db.tallies.bulkGet(moved.map(([s]) => s));
  await db.tallies.bulkPut(moved.map(([status, by], i) => ({ status, n: (rows[i]?.n ?? 0) + by })));
}

/** Saved postings by status (a status with none is absent). */
export async function readTallies(db: SkillFitDB): Promise<Partial<Record<PostingStatus, number>>> {
  return Object.fromEntries((await db.tallies.toArray()).map((t) => [t.status, t.n]));
}
