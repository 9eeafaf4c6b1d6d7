import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SkillFitDB } from '@/lib/db/database';
import {
  applyImport,
  backupParts,
  exportBackup,
  parseBackup,
  planImport,
  restoreSnapshot,
  snapshotTakenAt,
  type Backup,
} from '@/lib/backup';
import { removeSkill, upsertSkill } from '@/lib/db/profile';
import { deletePosting, recordSeen, savePosting, setNotes, setStatus } from '@/lib/db/postings';
import { startCourse } from '@/lib/db/learning';
import { pendingRescore } from '@/lib/db/rescore-flag';
import { getNeverCount, setNeverCount } from '@/lib/db/settings';
import type { PostingInput } from '@/lib/db/records';

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

const job = (id: string, title: string): PostingInput => ({
  id: `lever:${id}`,
  site: 'lever',
  jobId: id,
  url: `https://jobs.lever.co/acme/${id}`,
  title,
  company: 'Acme',
  location: null,
  description: `${title}: SQL and Excel`,
  skills: [{ id: 'sql', name: 'SQL', requirement: 'required', years: null, mentions: [] }],
  fit: null,
});

async function seed(db: SkillFitDB) {
  await upsertSkill(db, { skillId: 'sql', name: 'SQL', level: 3, source: 'self' }, 10);
  await upsertSkill(db, { skillId: 'python', name: 'Python', level: 2, source: 'self' }, 10);
  await savePosting(db, job('a', 'Analyst'), 20);
  await savePosting(db, job('b', 'Clerk'), 20);
  await recordSeen(db, job('seen', 'Only looked at'), 25);
  await startCourse(
    db,
    { id: 'c', title: 'C', provider: 'P', url: 'https://p.example/c', skills: ['sql'], minutes: null },
    30,
  );
}

const text = (b: Backup) => backupParts(b).join('');

describe('export', () => {
  it('holds the user data and only saved postings, and reads back into an empty database unchanged', async () => {
    const a = fresh();
    await seed(a);
    const backup = await exportBackup(a, 99);
    expect(backup.postings.map((p) => p.id).sort()).toEqual(['lever:a', 'lever:b']);
    expect(backup.details.map((d) => d.id).sort()).toEqual(['lever:a', 'lever:b']);
    const parsed = parseBackup(text(backup));
    expect(parsed).toEqual({ ok: true, backup });

    const b = fresh();
    const plan = await planImport(b, backup);
    expect(plan.changes.postings).toEqual({ add: 2, update: 0, keep: 0, same: 0, deleted: 0 });
    expect(plan.changes.profile.add).toBe(2);
    await applyImport(b, plan, { restoreDeleted: false, now: 100 });
    expect(await exportBackup(b, 99)).toEqual(backup);
  });
});

describe('skills set aside', () => {
  it("travel in a backup (a posting's own list and the never-count list) and an older backup without them still imports", async () => {
    const a = fresh();
    await seed(a);
    await a.postings.update('lever:a', { ignored: ['sql'] });
    await setNeverCount(a, ['python']);
    const backup = await exportBackup(a, 99);
    expect(backup.postings.find((p) => p.id === 'lever:a')?.ignored).toEqual(['sql']);
    expect(backup.settings).toContainEqual({ key: 'neverCount', value: ['python'] });

    const b = fresh();
    await applyImport(b, await planImport(b, parseBackupOrThrow(text(backup))), { restoreDeleted: false, now: 100 });
    expect((await b.postings.get('lever:a'))?.ignored).toEqual(['sql']);
    expect(await getNeverCount(b)).toEqual(['python']);

    const old = { ...backup, postings: backup.postings.map(({ ignored: _, ...p }) => p), settings: [] };
    expect(parseBackup(JSON.stringify(old)).ok).toBe(true);
  });

  it('refuses a backup whose lists of skills set aside are damaged', async () => {
    const db = fresh();
    await seed(db);
    const good = await exportBackup(db, 1);
    const badNever = { ...good, settings: [...good.settings, { key: 'neverCount', value: 'python' }] };
    expect(parseBackup(JSON.stringify(badNever))).toEqual({
      ok: false,
      error: 'The backup is damaged: its list of skills never to count is not readable. Nothing was changed.',
    });
    const badHere = { ...good, postings: [{ ...good.postings[0], ignored: [1] }] };
    expect(parseBackup(JSON.stringify(badHere)).ok).toBe(false);
  });
});

describe('import merges record by record', () => {
  it('keeps newer work: a status change, a new note, a level change and a removed skill survive an older backup', async () => {
    const db = fresh();
    await seed(db);
    const old = await exportBackup(db, 50);
    // Work done after the backup.
    await setStatus(db, 'lever:a', 'applied', 60);
    await setNotes(db, 'lever:b', 'Called Maria', 61);
    await upsertSkill(db, { skillId: 'sql', name: 'SQL', level: 5, source: 'self' }, 62);
    await removeSkill(db, 'python', 63);

    const plan = await planImport(db, parseBackupOrThrow(text(old)));
    expect(plan.changes.postings).toEqual({ add: 0, update: 0, keep: 2, same: 0, deleted: 0 });
    expect(plan.changes.profile).toEqual({ add: 0, update: 0, keep: 1, same: 0, deleted: 1 });
    expect(plan.conflicts.map((c) => c.label).sort()).toEqual(['Analyst — Acme', 'Clerk — Acme', 'SQL']);
    await applyImport(db, plan, { restoreDeleted: false, now: 70 });

    expect((await db.postings.get('lever:a'))?.status).toBe('applied');
    expect((await db.postings.get('lever:b'))?.notes).toBe('Called Maria');
    expect((await db.profile.get('sql'))?.level).toBe(5);
    expect(await db.profile.get('python')).toBeUndefined();
  });

  it('brings deleted things back only when asked', async () => {
    const db = fresh();
    await seed(db);
    const old = await exportBackup(db, 50);
    await deletePosting(db, 'lever:b', 60);
    const plan = await planImport(db, old);
    expect(plan.changes.postings.deleted).toBe(1);
    await applyImport(db, plan, { restoreDeleted: true, now: 70 });
    expect((await db.postings.get('lever:b'))?.title).toBe('Clerk');
    expect(await db.details.get('lever:b')).toBeDefined();
    // Restored on purpose: its deletion is forgotten, so the next import treats it as present.
    expect(await db.deletions.count()).toBe(0);
  });

  it('takes newer records from the backup (another computer) and replaces a viewed-only copy', async () => {
    const here = fresh();
    await seed(here);
    const there = fresh();
    await seed(there);
    await setStatus(there, 'lever:a', 'interviewing', 80);
    await savePosting(there, job('seen', 'Only looked at'), 81);
    const plan = await planImport(here, await exportBackup(there, 90));
    expect(plan.changes.postings).toEqual({ add: 0, update: 2, keep: 0, same: 1, deleted: 0 });
    await applyImport(here, plan, { restoreDeleted: false, now: 95 });
    expect((await here.postings.get('lever:a'))?.status).toBe('interviewing');
    expect((await here.postings.get('lever:seen'))?.saved).toBe(1);
    expect(await pendingRescore(here)).not.toBeNull();
  });

  it('writes nothing while planning', async () => {
    const db = fresh();
    const other = fresh();
    await seed(other);
    await planImport(db, await exportBackup(other, 1));
    expect(await db.postings.count()).toBe(0);
    expect(await db.profile.count()).toBe(0);
  });
});

describe('the safety copy', () => {
  it('puts everything back as it was before the import, in one click', async () => {
    const db = fresh();
    await seed(db);
    await deletePosting(db, 'lever:b', 40);
    const before = await exportBackup(db, 1);
    const other = fresh();
    await seed(other);
    await upsertSkill(other, { skillId: 'excel', name: 'Excel', level: 4, source: 'self' }, 500);
    await applyImport(db, await planImport(db, await exportBackup(other, 600)), { restoreDeleted: true, now: 700 });
    expect(await db.profile.get('excel')).toBeDefined();
    expect(await snapshotTakenAt(db)).toBe(700);

    expect(await restoreSnapshot(db)).toBe(true);
    expect(await exportBackup(db, 1)).toEqual(before);
    expect((await db.deletions.toArray()).map((d) => d.key)).toEqual(['postings:lever:b']);
    // The viewed-only cache is not the user's data and is left alone.
    expect((await db.postings.get('lever:seen'))?.saved).toBe(0);
    expect(await snapshotTakenAt(db)).toBeNull();
    expect(await restoreSnapshot(db)).toBe(false);
  });
});

describe('bad files', () => {
  it('refuses each with one plain sentence, never a Zod path', async () => {
    const db = fresh();
    await seed(db);
    const good = await exportBackup(db, 1);
    const cases: [string, RegExp][] = [
      ['{not json', /not JSON/],
      ['{"hello":1}', /not a SkillFit backup/],
      [JSON.stringify({ ...good, version: 3 }), /newer SkillFit\. Update SkillFit/],
      [JSON.stringify({ ...good, postings: [...good.postings, { id: 'bad' }] }), /saved job 3 is missing its site/],
      [
        JSON.stringify({ ...good, postings: [{ ...good.postings[0], url: 'javascript:alert(1)' }] }),
        /saved job 1 has a web address SkillFit cannot use/,
      ],
      [
        JSON.stringify({
          ...good,
          learning: [{ ...good.learning[0], course: { ...good.learning[0]!.course, url: 'data:text/html,<form>' } }],
        }),
        /course on your plan 1/,
      ],
      [JSON.stringify({ ...good, profile: 'lots' }), /its list of skills is not readable/],
    ];
    for (const [input, message] of cases) {
      const r = parseBackup(input);
      expect(r.ok, input.slice(0, 60)).toBe(false);
      if (!r.ok) {
        expect(r.error).toMatch(message);
        expect(r.error).not.toMatch(/expected|invalid_|\.\d+\./);
      }
    }
  });

  it('reads a version 1 file, keeping only its saved postings', () => {
    const v1 = {
      format: 'skillfit-backup',
      version: 1,
      exportedAt: 5,
      profile: [],
      postings: [
        { ...postingRow('lever:s', 1), saved: 1 },
        { ...postingRow('lever:v', 0), saved: 0 },
      ],
      details: [
        { id: 'lever:s', description: 'x', skills: [] },
        { id: 'lever:v', description: 'y', skills: [] },
      ],
      learning: [],
      credentials: [],
      catalogs: [],
      settings: [
        { key: 'showBadges', value: false },
        { key: 'internal.rescoreRevision', value: 3 },
      ],
    };
    const r = parseBackupOrThrow(JSON.stringify(v1));
    expect(r.postings.map((p) => p.id)).toEqual(['lever:s']);
    expect(r.details.map((d) => d.id)).toEqual(['lever:s']);
    expect(r.settings).toEqual([{ key: 'showBadges', value: false }]);
  });
});

function postingRow(id: string, saved: 0 | 1) {
  return {
    id,
    site: 'lever',
    jobId: null,
    url: 'https://jobs.lever.co/acme/x',
    title: 'T',
    company: null,
    location: null,
    skills: [],
    fit: null,
    saved,
    status: saved ? 'saved' : 'seen',
    history: [],
    notes: '',
    seenAt: 1,
    savedAt: saved ? 1 : null,
    updatedAt: 1,
  };
}

function parseBackupOrThrow(s: string): Backup {
  const r = parseBackup(s);
  if (!r.ok) throw new Error(r.error);
  return r.backup;
}
