import type { BackgroundContext } from './context';
import { currentProfile } from './profile';
import { PostingRecordSchema, type PostingRecord } from '../db/records';
import { clearRescore, pendingRescore } from '../db/rescore-flag';
import type { Rescored } from '../messaging/views';
import { countedSkills } from '../fit/ignore';
import { neverCounted } from './ignored';

const BATCH = 1000;

/**
 * Re-scores every stored posting against the current profile. Each batch is read, scored and
 * written in one transaction (so a status change made meanwhile is never overwritten), with one
 * bulk write; batches keep any single transaction from growing with the tracker. Clears the
 * "re-score needed" mark the profile change left (lib/db/rescore-flag.ts) once every batch is in.
 * Returns the saved postings whose score changed.
 */
export async function rescoreAll(ctx: BackgroundContext): Promise<Rescored[]> {
  const revision = await pendingRescore(ctx.db);
  const profile = await currentProfile(ctx);
  const never = await neverCounted(ctx);
  const changed: Rescored[] = [];
  let lastKey: string | null = null;
  for (;;) {
    const { count, last } = await ctx.db.transaction('rw', ctx.db.postings, async () => {
      const coll = lastKey === null ? ctx.db.postings.orderBy('id') : ctx.db.postings.where('id').above(lastKey);
      const rows: unknown[] = await coll.limit(BATCH).toArray();
      const updates: PostingRecord[] = [];
      for (const row of rows) {
        const p = PostingRecordSchema.safeParse(row);
        if (!p.success) continue;
        const counted = countedSkills(p.data.skills, { never, here: p.data.ignored });
        const after = ctx.engine.fit(counted, profile)?.score ?? null;
        if (after === p.data.fit) continue;
        updates.push({ ...(row as PostingRecord), fit: after });
        if (p.data.saved) changed.push({ id: p.data.id, title: p.data.title, before: p.data.fit, after });
      }
      if (updates.length) await ctx.db.postings.bulkPut(updates);
      return { count: rows.length, last: (rows[rows.length - 1] as { id?: string } | undefined)?.id ?? null };
    });
    if (count < BATCH || last === null) break;
    lastKey = last;
  }
  if (revision !== null) await clearRescore(ctx.db, revision);
  return changed;
}

/** At start: finishes a re-score a stopped service worker left undone. */
export async function resumeRescore(ctx: BackgroundContext): Promise<number> {
  if ((await pendingRescore(ctx.db)) === null) return 0;
  return (await rescoreAll(ctx)).length;
}
