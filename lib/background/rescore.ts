import type { BackgroundContext } from './handlers';
import { toProfileSkills } from './engine';
import { listProfile } from '../db/profile';
import { writeFits } from '../db/postings';
import { PostingRecordSchema } from '../db/records';

const BATCH = 500;

/**
 * Re-scores every stored posting against the current profile, in batches so that no single
 * transaction or task grows with the tracker. Returns the postings whose score changed.
 */
export async function rescoreAll(
  ctx: BackgroundContext,
): Promise<{ id: string; title: string; before: number | null; after: number | null }[]> {
  const profile = toProfileSkills(await listProfile(ctx.db));
  const changed: { id: string; title: string; before: number | null; after: number | null }[] = [];
  let lastKey: string | null = null;
  for (;;) {
    const coll = lastKey === null ? ctx.db.postings.orderBy('id') : ctx.db.postings.where('id').above(lastKey);
    const rows: unknown[] = await coll.limit(BATCH).toArray();
    if (rows.length === 0) break;
    lastKey = (rows[rows.length - 1] as { id: string }).id;
    const updates = [];
    for (const row of rows) {
      const p = PostingRecordSchema.safeParse(row);
      if (!p.success) continue;
      const after = ctx.engine.fit(p.data.skills, profile)?.score ?? null;
      if (after !== p.data.fit) {
        updates.push({ id: p.data.id, fit: after });
        if (p.data.saved) changed.push({ id: p.data.id, title: p.data.title, before: p.data.fit, after });
      }
    }
    if (updates.length) await writeFits(ctx.db, updates);
    if (rows.length < BATCH) break;
  }
  return changed;
}
