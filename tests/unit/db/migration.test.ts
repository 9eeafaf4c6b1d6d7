import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS, SkillFitDB } from '@/lib/db/database';
import { listProfile } from '@/lib/db/profile';
import { getDetail, getPosting, listSaved } from '@/lib/db/postings';
import { listCredentials, listLearning } from '@/lib/db/learning';
import { getSettings } from '@/lib/db/settings';

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

  it('declares versions in increasing order, each adding to the one before', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});
