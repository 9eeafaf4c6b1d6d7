import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SkillFitDB } from '@/lib/db/database';
import { exportAll, importAll } from '@/lib/backup';
import { upsertSkill } from '@/lib/db/profile';
import { savePosting } from '@/lib/db/postings';
import { startCourse } from '@/lib/db/learning';

const dbs: SkillFitDB[] = [];
const fresh = () => {
  const db = new SkillFitDB(`backup-${dbs.length}-${Math.random()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function seed(db: SkillFitDB) {
  await upsertSkill(db, { skillId: 'sql', name: 'SQL', level: 3, source: 'self' }, 1);
  await savePosting(
    db,
    {
      id: 'lever:x',
      site: 'lever',
      jobId: 'x',
      url: 'https://jobs.lever.co/a/x',
      title: 'Analyst',
      company: 'A',
      location: null,
      description: 'SQL',
      skills: [],
      fit: null,
    },
    2,
  );
  await startCourse(
    db,
    { id: 'c', title: 'C', provider: 'P', url: 'https://p.example/c', skills: ['sql'], minutes: null },
    3,
  );
}

describe('backup', () => {
  it('exports everything and imports it into an empty database unchanged', async () => {
    const a = fresh();
    await seed(a);
    const backup = await exportAll(a, 99);
    const b = fresh();
    const res = await importAll(b, JSON.stringify(backup));
    expect(res).toEqual({ ok: true, counts: { profile: 1, postings: 1, learning: 1, credentials: 0, catalogs: 0 } });
    expect(await exportAll(b, 99)).toEqual(backup);
  });

  it('refuses broken files with a clear error and changes nothing', async () => {
    const db = fresh();
    await seed(db);
    const before = await exportAll(db, 1);
    expect(await importAll(db, '{not json')).toEqual({ ok: false, error: expect.stringMatching(/not JSON/) });
    expect(await importAll(db, '{"hello":1}')).toEqual({
      ok: false,
      error: expect.stringMatching(/not a SkillFit backup/),
    });
    const damaged = { ...before, postings: [...before.postings, { id: 'bad' }] };
    const res = await importAll(db, JSON.stringify(damaged));
    expect(res).toEqual({ ok: false, error: expect.stringMatching(/damaged at postings\.1/) });
    expect(await exportAll(db, 1)).toEqual(before);
  });
});
