import type { SkillFitDB } from './database';
import { deletePostings, postingTables } from './fits';

/**
 * What the database keeps of what the user did not ask to keep. Saved postings are kept forever.
 * Postings only viewed make list badges exact when seen again; they are kept for VIEWED_MAX_AGE_MS
 * and at most VIEWED_MAX_COUNT (the oldest go first). Board-feed caches older than FEED_MAX_AGE_MS
 * are dropped (a fresh one is read when the board is visited again).
 */
export const VIEWED_MAX_AGE_MS = 60 * 24 * 3600_000;
export const VIEWED_MAX_COUNT = 3000;
export const FEED_MAX_AGE_MS = 7 * 24 * 3600_000;

/** Drops viewed-only postings past their age or count, and stale feed caches; returns what went. */
export async function pruneCaches(db: SkillFitDB, now: number): Promise<{ postings: number; feeds: number }> {
  return db.transaction('rw', [...postingTables(db), db.details, db.feeds], async () => {
    const viewed = await db.postings.where('saved').equals(0).toArray();
    viewed.sort((a, b) => b.seenAt - a.seenAt);
    const drop = viewed.filter((p, i) => i >= VIEWED_MAX_COUNT || now - p.seenAt > VIEWED_MAX_AGE_MS).map((p) => p.id);
    await deletePostings(db, drop);
    await db.details.bulkDelete(drop);
    const feeds = await db.feeds
      .where('fetchedAt')
      .below(now - FEED_MAX_AGE_MS)
      .primaryKeys();
    // A board asked for but never read has fetchedAt 0: it goes too once its last attempt is old.
    const stale = [];
    for (const key of feeds) {
      const row = await db.feeds.get(key);
      if (row && now - (row.attemptedAt ?? row.fetchedAt) > FEED_MAX_AGE_MS) stale.push(key);
    }
    await db.feeds.bulkDelete(stale);
    return { postings: drop.length, feeds: stale.length };
  });
}

/** Everything SkillFit stores, gone, in one transaction ("Delete all my data"). */
export async function deleteAllData(db: SkillFitDB): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
  });
}
