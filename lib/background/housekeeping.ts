import type { BackgroundContext } from './context';
import { pruneCaches } from '../db/retention';

const PRUNED_KEY = 'internal.prunedAt';
/** The caches are pruned at most this often (the worker wakes many times a day). */
export const PRUNE_EVERY_MS = 24 * 3600_000;

/** Drops old viewed postings and feed caches, once a day at most (see lib/db/retention.ts). */
export async function housekeeping(ctx: BackgroundContext): Promise<{ postings: number; feeds: number } | null> {
  const now = ctx.now();
  const last = (await ctx.db.settings.get(PRUNED_KEY))?.value;
  if (typeof last === 'number' && now - last < PRUNE_EVERY_MS) return null;
  const pruned = await pruneCaches(ctx.db, now);
  await ctx.db.settings.put({ key: PRUNED_KEY, value: now });
  return pruned;
}
