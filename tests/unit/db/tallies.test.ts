import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS, SkillFitDB } from '@/lib/db/database';
import {
  deletePosting,
  listSaved,
  recordSeen,
  restorePosting,
  savePosting,
  setStatus,
  undoUnsave,
  unsavePosting,
} from '@/lib/db/postings';
import { listBoard } from '@/lib/db/board';
import { readTallies } from '@/lib/db/tallies';
import { tallyChange } from '@/lib/db/stored';
import { deleteAllData, pruneCaches, VIEWED_MAX_AGE_MS } from '@/lib/db/retention';
import { applyImport, exportBackup, planImport, restoreSnapshot } from '@/lib/backup';
import type { PostingInput, PostingStatus } from '@/lib/db/records';

const dbs: SkillFitDB[] = [];
const fresh = async () => {
  const db = new SkillFitDB(`tallies-${dbs.length}-${Math.random()}`);
  dbs.push(db);
  await db.open();
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const job = (id: string): PostingInput => ({
  id: `lever:${id}`,
  site: 'lever',
  jobId: id,
  url: `https://jobs.lever.co/acme/${id}`,
  title: `Job ${id}`,
  company: 'Acme',
  location: null,
  description: 'SQL and Excel',
  skills: [{ id: 'sql', name: 'SQL', requirement: 'required', years: null, mentions: [] }],
  fit: 40,
});

/** Saved postings by status, counted the slow way: every row read. */
async function counted(db: SkillFitDB): Promise<Partial<Record<PostingStatus, number>>> {
  const out: Partial<Record<PostingStatus, number>> = {};
  for (const row of await db.postings.toArray()) if (row.saved === 1) out[row.status] = (out[row.status] ?? 0) + 1;
  return out;
}

/** The tallies agree with the rows, and so do the board's column counts and the tracker's total. */
async function expectTallies(db: SkillFitDB, expected: Partial<Record<PostingStatus, number>>): Promise<void> {
  const nonZero = (t: Partial<Record<PostingStatus, number>>) =>
    Object.fromEntries(Object.entries(t).filter(([, n]) => n));
  expect(nonZero(await counted(db))).toEqual(expected);
  expect(nonZero(await readTallies(db))).toEqual(expected);
  const board = await listBoard(db, { sort: 'savedAt', dir: 'desc', limit: 2 });
  expect(nonZero(Object.fromEntries(board.columns.map((c) => [c.status, c.total])))).toEqual(expected);
  const page = await listSaved(db, { sort: 'savedAt', dir: 'desc', offset: 0, limit: 2 });
  expect(page.total).toBe(Object.values(expected).reduce((a, b) => a + b, 0));
}

describe('tallies of saved postings by status', () => {
  it('count a change of rows: saved rows only, each by its status', () => {
    const saved = { saved: 1, status: 'saved' };
    const applied = { saved: 1, status: 'applied' };
    const seen = { saved: 0, status: 'seen' };
    expect(Object.fromEntries(tallyChange([undefined, saved, seen], [saved, applied, seen]))).toEqual({
      saved: 1 - 1,
      applied: 1,
    });
    expect(Object.fromEntries(tallyChange([saved, applied], []))).toEqual({ saved: -1, applied: -1 });
  });

  it('stay right through saving, seeing, status changes, deleting, undo and unsaving from a job page', async () => {
    const db = await fresh();
    await expectTallies(db, {});
    await savePosting(db, job('a'), 1);
    await savePosting(db, job('b'), 2);
    await recordSeen(db, job('c'), 3);
    await expectTallies(db, { saved: 2 });
    // Saving again, and seeing a saved posting again, count nothing twice.
    await savePosting(db, job('a'), 4);
    await recordSeen(db, job('b'), 5);
    await expectTallies(db, { saved: 2 });
    await setStatus(db, 'lever:a', 'applied', 6);
    await setStatus(db, 'lever:a', 'applied', 7);
    await expectTallies(db, { saved: 1, applied: 1 });
    await setStatus(db, 'lever:a', 'interviewing', 8);
    await savePosting(db, job('c'), 9);
    await expectTallies(db, { saved: 2, interviewing: 1 });
    const deleted = await deletePosting(db, 'lever:a', 10);
    await expectTallies(db, { saved: 2 });
    await restorePosting(db, deleted!);
    await expectTallies(db, { saved: 2, interviewing: 1 });
    // Taken out of the tracker from its page, it stays as merely seen; Undo brings it back.
    await unsavePosting(db, 'lever:a', 11);
    await expectTallies(db, { saved: 2 });
    expect(await undoUnsave(db, 'lever:a')).toBe(true);
    await expectTallies(db, { saved: 2, interviewing: 1 });
    // Back to 'seen' by status: no longer saved.
    await setStatus(db, 'lever:b', 'seen', 12);
    await expectTallies(db, { saved: 1, interviewing: 1 });
  });

  it('stay right through retention, a backup imported, its undo, and deleting everything', async () => {
    const source = await fresh();
    await savePosting(source, job('a'), 1);
    await savePosting(source, job('b'), 2);
    await setStatus(source, 'lever:b', 'offer', 3);
    const backup = await exportBackup(source, 4);

    const db = await fresh();
    await savePosting(db, job('b'), 5);
    await savePosting(db, job('z'), 5);
    await recordSeen(db, job('old'), 0);
    await expectTallies(db, { saved: 2 });
    // The posting only seen goes; saved ones stay.
    expect(await pruneCaches(db, VIEWED_MAX_AGE_MS + 1)).toMatchObject({ postings: 1 });
    await expectTallies(db, { saved: 2 });
    await applyImport(db, await planImport(db, backup), { restoreDeleted: false, now: 6 });
    const imported = await counted(db);
    expect(Object.values(imported).reduce((a, b) => a + b, 0)).toBe(3);
    await expectTallies(db, imported);
    // Undo of the import: the database as it was before it.
    expect(await restoreSnapshot(db)).toBe(true);
    await expectTallies(db, { saved: 2 });
    await deleteAllData(db);
    await expectTallies(db, {});
  });

  it('are counted when a version 7 database is opened by the current code', async () => {
    const name = `tallies-v7-${Math.random()}`;
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((x) => x.version <= 7)) old.version(v.version).stores(v.stores);
    await old.open();
    const row = (id: string, saved: 0 | 1, status: PostingStatus) => ({
      id,
      site: 'lever',
      jobId: id,
      url: `https://jobs.lever.co/acme/${id}`,
      title: id,
      company: null,
      location: null,
      skills: [],
      saved,
      status,
      history: [],
      notes: '',
      seenAt: 1,
      savedAt: saved ? 2 : null,
      updatedAt: 2,
    });
    await old
      .table('postings')
      .bulkPut([
        row('lever:1', 1, 'saved'),
        row('lever:2', 1, 'saved'),
        row('lever:3', 1, 'rejected'),
        row('lever:4', 0, 'seen'),
      ]);
    old.close();

    const db = new SkillFitDB(name);
    dbs.push(db);
    await db.open();
    expect(db.verno).toBe(8);
    await expectTallies(db, { saved: 2, rejected: 1 });
    // And kept from then on.
    await setStatus(db, 'lever:1', 'withdrawn', 3);
    await expectTallies(db, { saved: 1, rejected: 1, withdrawn: 1 });
  });
});
