import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SkillFitDB } from '@/lib/db/database';
import { deletePostings, postingTables, putPostings, putStoredPostings, storedFit, withFits } from '@/lib/db/fits';
import { BUCKETS, bucketOf, readBucket, storedPosting } from '@/lib/db/stored';
import type { PostingRecord } from '@/lib/db/records';

const NAME = 'fits-test';
afterEach(async () => {
  await Dexie.delete(NAME);
});

function posting(id: string, fit: number | null): PostingRecord {
  return {
    id,
    site: 'greenhouse',
    jobId: id.split(':')[1]!,
    url: `https://boards.greenhouse.io/acme/jobs/${id.split(':')[1]}`,
    title: `Job ${id}`,
    company: 'Acme',
    location: null,
    skills: [{ id: 'sql', requirement: 'required', years: null }],
    fit,
    saved: 1,
    status: 'saved',
    history: [],
    notes: '',
    seenAt: 1,
    savedAt: 1,
    updatedAt: 1,
  };
}

describe('fits in buckets', () => {
  it('puts a posting id in the same bucket in every version (stored rows depend on it) and spreads ids evenly', () => {
    // Pinned: a change of the hash would leave every stored fit in the wrong bucket.
    expect(bucketOf('')).toBe(0x811c9dc5 % BUCKETS);
    // FNV-1a (32 bits) of "greenhouse:77" is 0x…, 36 modulo 64 (worked out apart from this code).
    expect(bucketOf('greenhouse:77')).toBe(36);
    const sizes = new Array<number>(BUCKETS).fill(0);
    for (let i = 0; i < 10_000; i++) sizes[bucketOf(`lever:job-${i}`)]!++;
    expect(Math.min(...sizes)).toBeGreaterThan(100);
    expect(Math.max(...sizes)).toBeLessThan(230);
  });

  it('writes, joins and deletes a posting with its fit; rewriting a row keeps the fit', async () => {
    const db = new SkillFitDB(NAME);
    await db.open();
    const a = posting('greenhouse:1', 40);
    const b = posting('greenhouse:2', null);
    await db.transaction('rw', postingTables(db), async () => {
      await putPostings(db, [a, b]);
    });
    expect(await db.postings.get(a.id)).toEqual(storedPosting(a));
    expect(await withFits(db, await db.postings.bulkGet([a.id, b.id]))).toEqual([a, b]);
    // Its skills read again (custom skills): the fit stays until the re-score, the scoring entry follows.
    const reread = { ...storedPosting(a), skills: [{ id: 'python', requirement: 'preferred' as const, years: null }] };
    await db.transaction('rw', postingTables(db), async () => {
      await putStoredPostings(db, [reread]);
    });
    expect(await storedFit(db, a.id)).toBe(40);
    expect(readBucket(await db.scoring.get(bucketOf(a.id)))[a.id]).toEqual({
      skills: reread.skills,
      saved: 1,
      title: a.title,
    });
    await db.transaction('rw', postingTables(db), async () => {
      await deletePostings(db, [a.id]);
    });
    expect(await storedFit(db, a.id)).toBeUndefined();
    expect(readBucket(await db.scoring.get(bucketOf(a.id)))[a.id]).toBeUndefined();
    expect(await storedFit(db, b.id)).toBeNull();
    db.close();
  });
});
