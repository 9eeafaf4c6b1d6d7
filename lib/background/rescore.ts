import type { BackgroundContext } from './context';
import { currentProfile } from './profile';
import { rereadForCustomSkills } from './custom-skills';
import type { PostingRecord } from '../db/records';
import { REQUIREMENT_WEIGHT } from '../fit';
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
 *
 * The hot loop does only what a score needs: the profile is indexed once (`Engine.scorer`), rows
 * are checked for the fields it reads instead of parsed whole (each was parsed when written), and
 * descriptions are never read (they live in `details`).
 */
export async function rescoreAll(ctx: BackgroundContext): Promise<Rescored[]> {
  const revision = await pendingRescore(ctx.db);
  const profile = await currentProfile(ctx);
  await rereadForCustomSkills(ctx);
  const score = ctx.engine.scorer(profile);
  const never = new Set(await neverCounted(ctx));
  const changed: Rescored[] = [];
  let lastKey: string | null = null;
  for (;;) {
    const { count, last } = await ctx.db.transaction('rw', ctx.db.postings, async () => {
      const coll = lastKey === null ? ctx.db.postings.orderBy('id') : ctx.db.postings.where('id').above(lastKey);
      const rows: unknown[] = await coll.limit(BATCH).toArray();
      const updates: PostingRecord[] = [];
      for (const row of rows) {
        if (!scorable(row)) continue;
        const after = score(countedSkills(row.skills, { never, here: row.ignored }));
        if (after === row.fit) continue;
        updates.push({ ...row, fit: after });
        if (row.saved) changed.push({ id: row.id, title: row.title, before: row.fit, after });
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

/** Whether a stored row has what a re-score reads and writes back, well formed. */
function scorable(row: unknown): row is PostingRecord {
  const r = row as Partial<PostingRecord> | null;
  return (
    typeof r?.id === 'string' &&
    typeof r.title === 'string' &&
    (r.fit === null || typeof r.fit === 'number') &&
    Array.isArray(r.skills) &&
    (r.ignored === undefined || Array.isArray(r.ignored)) &&
    r.skills.every((s) => typeof s?.id === 'string' && Object.hasOwn(REQUIREMENT_WEIGHT, s.requirement))
  );
}

/** At start: finishes a re-score a stopped service worker left undone. */
export async function resumeRescore(ctx: BackgroundContext): Promise<number> {
  if ((await pendingRescore(ctx.db)) === null) return 0;
  return (await rescoreAll(ctx)).length;
}
