import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS, SkillFitDB } from '@/lib/db/database';
import { listProfile } from '@/lib/db/profile';
import { deletePosting, getDetail, getPosting, listSaved, savedSites } from '@/lib/db/postings';
import { exportBackup } from '@/lib/backup/export';
import { storedFit } from '@/lib/db/fits';
import { bucketOf, readBucket, type Bucket } from '@/lib/db/stored';
import { listCredentials, listLearning } from '@/lib/db/learning';
import { getSettings } from '@/lib/db/settings';
import { v5PostingId } from '@/lib/db/scoped-ids';
import { stableId } from '@/lib/sites';
import { listBoard } from '@/lib/db/board';
import { pruneCaches, VIEWED_MAX_AGE_MS } from '@/lib/db/retention';

const NAME = 'migration-test';

// Records as schema version 1 wrote them: descriptions and full skills (with mentions) inline in postings.
const v1Posting = {
  id: 'greenhouse:123',
  site: 'greenhouse',
  jobId: '123',
  url: 'https://boards.greenhouse.io/acme/jobs/123',
  title: 'Data Analyst',
  company: 'Acme',
  location: 'Remote',
  description: 'You will use SQL and Excel every day.',
  skills: [
    { id: 'sql', name: 'SQL', requirement: 'required', years: 2, mentions: [{ start: 13, end: 16, text: 'SQL' }] },
    {
      id: 'microsoft-excel',
      name: 'Microsoft Excel',
      requirement: 'preferred',
      years: null,
      mentions: [{ start: 21, end: 26, text: 'Excel' }],
    },
  ],
  fit: 64,
  saved: 1,
  status: 'applied',
  history: [
    { status: 'saved', at: 1000 },
    { status: 'applied', at: 2000 },
  ],
  notes: 'Call back Monday',
  seenAt: 900,
  savedAt: 1000,
};

async function writeV1() {
  const old = new Dexie(NAME);
  old.version(1).stores(SCHEMA_VERSIONS[0].stores);
  await old.open();
  await old.table('profile').put({
    skillId: 'sql',
    name: 'SQL',
    level: 3,
    source: 'self',
    evidence: [{ source: 'self', text: 'Self-rated', at: 5 }],
    updatedAt: 5,
  });
  await old.table('postings').put(v1Posting);
  await old.table('learning').put({
    courseId: 'c1',
    course: {
      id: 'c1',
      title: 'Excel basics',
      provider: 'Example',
      url: 'https://example.org/excel',
      skills: ['microsoft-excel'],
      minutes: 90,
    },
    status: 'started',
    startedAt: 50,
    completedAt: null,
  });
  await old.table('credentials').put({
    id: 'cred:c0',
    courseId: 'c0',
    title: 'SQL intro',
    provider: 'Example',
    url: 'https://example.org/sql',
    skills: ['sql'],
    earnedAt: 40,
  });
  await old.table('settings').put({ key: 'showBadges', value: false });
  expect(old.verno).toBe(1);
  old.close();
}

/** A v4 posting row (every field the record schema has). */
function v4Row(id: string, site: string, jobId: string | null, url: string, title: string, saved: 0 | 1) {
  return {
    id,
    site,
    jobId,
    url,
    title,
    company: null,
    location: null,
    skills: [{ id: 'forklift', requirement: 'required' as const, years: null }],
    fit: 50,
    saved,
    status: saved ? ('interviewing' as const) : ('seen' as const),
    history: saved
      ? [
          { status: 'saved' as const, at: 10 },
          { status: 'interviewing' as const, at: 20 },
        ]
      : [],
    notes: saved ? `Notes on ${title}` : '',
    seenAt: 5,
    savedAt: saved ? 10 : null,
    updatedAt: 20,
  };
}

// Rows as v4 keyed them: Workday and generic ids without the employer.
const v4Postings = [
  v4Row(
    'workday:R100',
    'workday',
    'R100',
    'https://contoso.wd3.myworkdayjobs.com/en-US/ContosoCareers/job/Leeds/Forklift-Operator_R100',
    'Forklift Operator',
    1,
  ),
  v4Row(
    'workday:R-555',
    'workday',
    'R-555',
    'https://wd5.myworkdaysite.com/en-US/recruiting/nvidia/NVIDIAExternalCareerSite/job/Test-Engineer_R-555',
    'Test Engineer',
    0,
  ),
  v4Row('generic:42', 'generic', '42', 'https://careers.acme.com/jobs/42', 'Barista', 1),
  v4Row('greenhouse:77', 'greenhouse', '77', 'https://boards.greenhouse.io/acme/jobs/77', 'Data Analyst', 0),
  v4Row(
    'url:https://careers.bakery.com/jobs/baker',
    'generic',
    null,
    'https://careers.bakery.com/jobs/baker',
    'Baker',
    0,
  ),
];
const v4Deletion = { key: 'postings:workday:R9', kind: 'postings', id: 'workday:R9', deletedAt: 30 };

async function writeV4() {
  const old = new Dexie(NAME);
  for (const v of SCHEMA_VERSIONS.filter((x) => x.version <= 4)) old.version(v.version).stores(v.stores);
  await old.open();
  await old.table('postings').bulkPut(v4Postings);
  await old
    .table('details')
    .bulkPut(v4Postings.map((p) => ({ id: p.id, description: `About ${p.title}`, skills: [] })));
  await old.table('deletions').put(v4Deletion);
  expect(old.verno).toBe(4);
  old.close();
}

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('schema migrations', () => {
  it('opens a version 1 database with the current code and finds every record intact', async () => {
    await writeV1();
    const db = new SkillFitDB(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);

    expect(await listProfile(db)).toEqual([
      {
        skillId: 'sql',
        name: 'SQL',
        level: 3,
        source: 'self',
        evidence: [{ source: 'self', text: 'Self-rated', at: 5 }],
        updatedAt: 5,
      },
    ]);

    const p = await getPosting(db, 'greenhouse:123');
    const { description, skills, ...kept } = v1Posting;
    expect(p).toEqual({
      ...kept,
      skills: [
        { id: 'sql', requirement: 'required', years: 2 },
        { id: 'microsoft-excel', requirement: 'preferred', years: null },
      ],
      updatedAt: 1000,
    });
    expect(await getDetail(db, 'greenhouse:123')).toEqual({ id: 'greenhouse:123', description, skills });

    const saved = await listSaved(db, { sort: 'savedAt', dir: 'desc', offset: 0, limit: 10 });
    expect(saved.total).toBe(1);

    expect((await listLearning(db)).map((l) => l.courseId)).toEqual(['c1']);
    expect((await listCredentials(db)).map((c) => c.title)).toEqual(['SQL intro']);
    expect((await getSettings(db)).showBadges).toBe(false);
    db.close();
  });

  it('opens a version 4 database and moves Workday and generic postings to ids that carry their employer', async () => {
    await writeV4();
    const db = new SkillFitDB(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    // Moved whole: what the user decided (saved, status, history, notes) and the description.
    for (const [oldId, newId] of [
      ['workday:R100', 'workday:contoso:R100'],
      ['workday:R-555', 'workday:nvidia:R-555'],
      ['generic:42', 'generic:careers.acme.com:42'],
    ] as const) {
      const before = v4Postings.find((p) => p.id === oldId)!;
      expect(await getPosting(db, oldId), oldId).toBeUndefined();
      expect(await getDetail(db, oldId), oldId).toBeUndefined();
      expect(await getPosting(db, newId), newId).toEqual({ ...before, id: newId });
      expect(await getDetail(db, newId), newId).toEqual({
        id: newId,
        description: `About ${before.title}`,
        skills: [],
      });
    }
    // Sites whose ids are their own, and postings known by their address, keep their ids.
    for (const id of ['greenhouse:77', 'url:https://careers.bakery.com/jobs/baker']) {
      expect(await getPosting(db, id)).toEqual(v4Postings.find((p) => p.id === id));
    }
    expect(await db.postings.count()).toBe(v4Postings.length);
    // The deletions log keeps old ids: it guards against old backups, which carry them.
    expect(await db.deletions.toArray()).toEqual([v4Deletion]);
    const saved = await listSaved(db, { sort: 'savedAt', dir: 'desc', offset: 0, limit: 10 });
    expect(saved.items.map((p) => p.id).sort()).toEqual(['generic:careers.acme.com:42', 'workday:contoso:R100']);
    db.close();
  });

  it('opens a version 5 database with postings on the slimmer v6 indexes (and the board index of v7), every row and query intact', async () => {
    // v5 rows, already on employer-scoped ids: two saved (one applied), one only seen.
    const v5Postings = [
      { ...v4Postings[0]!, id: 'workday:contoso:R100', status: 'applied' as const, savedAt: 30 },
      { ...v4Postings[2]!, id: 'generic:careers.acme.com:42', savedAt: 20 },
      { ...v4Postings[3]!, seenAt: 1 },
    ];
    const old = new Dexie(NAME);
    for (const v of SCHEMA_VERSIONS.filter((x) => x.version <= 5)) old.version(v.version).stores(v.stores);
    await old.open();
    await old.table('postings').bulkPut(v5Postings);
    expect(old.table('postings').schema.indexes.map((i) => i.name)).toContain('updatedAt');
    old.close();

    const db = new SkillFitDB(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(db.postings.schema.indexes.map((i) => i.name).sort()).toEqual([
      '[saved+savedAt]',
      '[saved+site]',
      '[status+savedAt]',
      'saved',
      'status',
    ]);
    for (const p of v5Postings) expect(await getPosting(db, p.id), p.id).toEqual(p);
    // Every query of the tracker still answers from what is left: the default page, a filtered one,
    // the board's counts and the site list.
    const page = await listSaved(db, { sort: 'savedAt', dir: 'desc', offset: 0, limit: 10 });
    expect(page.items.map((p) => p.id)).toEqual(['workday:contoso:R100', 'generic:careers.acme.com:42']);
    expect(page.total).toBe(2);
    expect(await savedSites(db)).toEqual(['generic', 'workday']);
    const applied = await listSaved(db, { sort: 'title', dir: 'asc', status: 'applied', offset: 0, limit: 10 });
    expect(applied.items.map((p) => p.id)).toEqual(['workday:contoso:R100']);
    const board = await listBoard(db, { sort: 'savedAt', dir: 'desc', limit: 5 });
    expect(Object.fromEntries(board.columns.map((c) => [c.status, c.total]))).toMatchObject({
      applied: 1,
      interviewing: 1,
      saved: 0,
    });
    // Retention still finds the postings only seen.
    expect(await pruneCaches(db, 1 + VIEWED_MAX_AGE_MS + 1)).toEqual({ postings: 1, feeds: 0 });
    expect(await db.postings.count()).toBe(2);
    db.close();
  });

  it('opens a version 6 database with every fit moved to its own table, and every reader still sees it', async () => {
    // v6 rows: fits inline. Two saved (one applied, fit 80; one saved, fit null), one only seen (fit 50).
    const v6Postings = [
      { ...v4Postings[0]!, id: 'workday:contoso:R100', status: 'applied' as const, savedAt: 30, fit: 80 },
      { ...v4Postings[2]!, id: 'generic:careers.acme.com:42', status: 'saved' as const, savedAt: 20, fit: null },
      { ...v4Postings[3]!, seenAt: 1, fit: 50 },
    ];
    const old = new Dexie(NAME);
    for (const v of SCHEMA_VERSIONS.filter((x) => x.version <= 6)) old.version(v.version).stores(v.stores);
    await old.open();
    await old.table('postings').bulkPut(v6Postings);
    expect(old.verno).toBe(6);
    old.close();

    const db = new SkillFitDB(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    // The fit left the posting rows for the fits table, seen postings included, each in its bucket
    // with what a re-score reads.
    for (const row of await db.postings.toArray()) expect(row, row.id).not.toHaveProperty('fit');
    const [fits, scoring] = await Promise.all([db.fits.toArray(), db.scoring.toArray()]);
    const entries = <T>(rows: Bucket[]) =>
      Object.fromEntries(
        rows.flatMap((b) =>
          Object.entries(readBucket<T>(b)).map(([id, e]) => {
            expect(bucketOf(id), id).toBe(b.bucket);
            return [id, e] as const;
          }),
        ),
      );
    expect(entries(fits)).toEqual(Object.fromEntries(v6Postings.map((p) => [p.id, p.fit])));
    expect(entries(scoring)).toEqual(
      Object.fromEntries(v6Postings.map((p) => [p.id, { skills: p.skills, saved: p.saved, title: p.title }])),
    );
    // Every reader sees the record as before: one posting, a page, a page sorted and filtered by fit,
    // the board (from its new index), the follow-ups and a backup.
    for (const p of v6Postings) expect(await getPosting(db, p.id), p.id).toEqual(p);
    const page = await listSaved(db, { sort: 'savedAt', dir: 'desc', offset: 0, limit: 10 });
    expect(page.items.map((p) => [p.id, p.fit])).toEqual([
      ['workday:contoso:R100', 80],
      ['generic:careers.acme.com:42', null],
    ]);
    const byFit = await listSaved(db, { sort: 'fit', dir: 'asc', offset: 0, limit: 10 });
    expect(byFit.items.map((p) => p.fit)).toEqual([null, 80]);
    const fitAbove = await listSaved(db, { sort: 'savedAt', dir: 'desc', minFit: 60, offset: 0, limit: 10 });
    expect(fitAbove.items.map((p) => p.id)).toEqual(['workday:contoso:R100']);
    const board = await listBoard(db, { sort: 'savedAt', dir: 'desc', limit: 5 });
    const columns = Object.fromEntries(board.columns.map((c) => [c.status, c]));
    expect(columns.applied?.total).toBe(1);
    expect(columns.applied?.items.map((p) => [p.id, p.fit])).toEqual([['workday:contoso:R100', 80]]);
    expect(columns.saved?.items.map((p) => [p.id, p.fit])).toEqual([['generic:careers.acme.com:42', null]]);
    const backup = await exportBackup(db, 100);
    expect(backup.postings.map((p) => [p.id, p.fit])).toEqual([
      ['generic:careers.acme.com:42', null],
      ['workday:contoso:R100', 80],
    ]);
    // Deleting a posting takes its fit with it.
    await deletePosting(db, 'workday:contoso:R100');
    expect(await storedFit(db, 'workday:contoso:R100')).toBeUndefined();
    expect(await storedFit(db, 'greenhouse:77')).toBe(50);
    db.close();
  });

  it("v5's own id rule agrees with the adapters' stable ids today", () => {
    for (const p of v4Postings) expect(v5PostingId(p), p.id).toBe(stableId(p));
  });

  it('declares versions in increasing order, each adding to the one before', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});
