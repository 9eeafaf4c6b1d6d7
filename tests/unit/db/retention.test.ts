import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SkillFitDB } from '@/lib/db/database';
import { recordSeen, savePosting } from '@/lib/db/postings';
import { FEED_MAX_AGE_MS, VIEWED_MAX_AGE_MS, VIEWED_MAX_COUNT, deleteAllData, pruneCaches } from '@/lib/db/retention';
import { upsertSkill } from '@/lib/db/profile';
import type { PostingInput } from '@/lib/db/records';
import { housekeeping, PRUNE_EVERY_MS } from '@/lib/background/housekeeping';
import { testContext } from '../background/context';

let db: SkillFitDB;
let n = 0;
beforeEach(() => {
  db = new SkillFitDB(`retention-${++n}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const job = (i: number): PostingInput => ({
  id: `lever:${i}`,
  site: 'lever',
  jobId: String(i),
  url: `https://jobs.lever.co/acme/${i}`,
  title: `Job ${i}`,
  company: null,
  location: null,
  description: 'x',
  skills: [],
  fit: null,
});

const DAY = 24 * 3600_000;

describe('retention', () => {
  it('keeps saved postings forever and viewed ones for a bounded time', async () => {
    const now = 1000 * DAY;
    await savePosting(db, job(1), now - 5 * VIEWED_MAX_AGE_MS);
    await recordSeen(db, job(2), now - VIEWED_MAX_AGE_MS - DAY);
    await recordSeen(db, job(3), now - DAY);
    expect(await pruneCaches(db, now)).toEqual({ postings: 1, feeds: 0 });
    expect((await db.postings.toCollection().primaryKeys()).sort()).toEqual(['lever:1', 'lever:3']);
    expect(await db.details.get('lever:2')).toBeUndefined();
  });

  it('keeps at most VIEWED_MAX_COUNT viewed postings, the most recent', async () => {
    const now = 1000 * DAY;
    const rows = Array.from({ length: VIEWED_MAX_COUNT + 5 }, (_, i) => ({
      ...job(i),
      skills: [],
      saved: 0 as const,
      status: 'seen' as const,
      history: [],
      notes: '',
      seenAt: now - i * 1000,
      savedAt: null,
      updatedAt: now - i * 1000,
    }));
    await db.postings.bulkPut(rows.map(({ description: _d, ...r }) => r));
    expect((await pruneCaches(db, now)).postings).toBe(5);
    expect(await db.postings.get(`lever:${VIEWED_MAX_COUNT + 4}`)).toBeUndefined();
    expect(await db.postings.get('lever:0')).toBeDefined();
  });

  it('expires feed caches', async () => {
    const now = 1000 * DAY;
    await db.feeds.bulkPut([
      {
        key: 'greenhouse:old',
        fetchedAt: now - FEED_MAX_AGE_MS - 1,
        attemptedAt: now - FEED_MAX_AGE_MS - 1,
        postings: [],
      },
      { key: 'greenhouse:new', fetchedAt: now - DAY, postings: [] },
      { key: 'lever:never', fetchedAt: 0, attemptedAt: now - FEED_MAX_AGE_MS - 1, postings: [] },
      { key: 'lever:tried', fetchedAt: 0, attemptedAt: now - DAY, postings: [] },
    ]);
    expect((await pruneCaches(db, now)).feeds).toBe(2);
    expect((await db.feeds.toCollection().primaryKeys()).sort()).toEqual(['greenhouse:new', 'lever:tried']);
  });

  it('deletes everything', async () => {
    await upsertSkill(db, { skillId: 'sql', name: 'SQL', level: 3, source: 'self' });
    await savePosting(db, job(1));
    await deleteAllData(db);
    for (const t of db.tables) expect(await t.count(), t.name).toBe(0);
  });

  it('runs at most once a day in the background', async () => {
    let now = 1000 * DAY;
    const ctx = testContext({ now: () => now });
    await recordSeen(ctx.db, job(9), now - VIEWED_MAX_AGE_MS - DAY);
    expect(await housekeeping(ctx)).toEqual({ postings: 1, feeds: 0 });
    now += PRUNE_EVERY_MS / 2;
    expect(await housekeeping(ctx)).toBeNull();
    now += PRUNE_EVERY_MS;
    expect(await housekeeping(ctx)).toEqual({ postings: 0, feeds: 0 });
    await ctx.dispose();
  });
});
