import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SkillFitDB } from '@/lib/db/database';
import { levelAfterCourse, listProfile, removeSkill, upsertSkill } from '@/lib/db/profile';
import {
  deletePosting,
  getDetail,
  getPosting,
  listSaved,
  savedSites,
  recordSeen,
  restorePosting,
  savePosting,
  setNotes,
  setStatus,
} from '@/lib/db/postings';
import type { PostingInput } from '@/lib/db/records';
import { completeCourse, listCredentials, listLearning, startCourse } from '@/lib/db/learning';
import { getSettings, updateSettings } from '@/lib/db/settings';

let db: SkillFitDB;
let n = 0;
beforeEach(async () => {
  db = new SkillFitDB(`repo-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const posting = (id: string, over: Partial<PostingInput> = {}): PostingInput => ({
  id,
  site: 'greenhouse',
  jobId: id.split(':')[1] ?? null,
  url: `https://boards.greenhouse.io/acme/jobs/${id}`,
  title: `Job ${id}`,
  company: 'Acme',
  location: 'Remote',
  description: 'Python and SQL.',
  skills: [
    {
      id: 'python',
      name: 'Python',
      requirement: 'required',
      years: null,
      mentions: [{ start: 0, end: 6, text: 'Python' }],
    },
  ],
  fit: 50,
  ...over,
});

describe('profile', () => {
  it('adds, re-levels and removes skills, keeping evidence newest first and the strongest source', async () => {
    await upsertSkill(db, { skillId: 'sql', name: 'SQL', level: 2, source: 'self' }, 1);
    await upsertSkill(
      db,
      { skillId: 'sql', name: 'SQL', level: 3, source: 'credential', evidence: 'SQL course (Example)' },
      2,
    );
    await upsertSkill(db, { skillId: 'sql', name: 'SQL', level: 4, source: 'self' }, 3);
    const [sql] = await listProfile(db);
    expect(sql?.level).toBe(4);
    expect(sql?.source).toBe('credential');
    expect(sql?.evidence.map((e) => e.text)).toEqual(['Self-rated', 'SQL course (Example)', 'Self-rated']);
    expect((await removeSkill(db, 'sql', 9))?.skillId).toBe('sql');
    expect(await removeSkill(db, 'sql')).toBeUndefined();
    // Remembered as deleted, so that an older backup does not bring it back.
    expect(await db.deletions.get('profile:sql')).toMatchObject({ kind: 'profile', id: 'sql', deletedAt: 9 });
    expect(await listProfile(db)).toEqual([]);
  });

  it('rejects a level outside 1–5', async () => {
    await expect(upsertSkill(db, { skillId: 'sql', name: 'SQL', level: 6, source: 'self' })).rejects.toThrow();
    expect(await listProfile(db)).toEqual([]);
  });

  it('raises skills from a course one step, new ones to 2, never above 4 and never down', () => {
    expect(levelAfterCourse(undefined)).toBe(2);
    expect(levelAfterCourse(2)).toBe(3);
    expect(levelAfterCourse(4)).toBe(4);
    expect(levelAfterCourse(5)).toBe(5);
  });
});

describe('postings', () => {
  it('records a seen posting, then saves it with a status history, notes and a detail row', async () => {
    await recordSeen(db, posting('greenhouse:1'), 10);
    expect((await getPosting(db, 'greenhouse:1'))?.saved).toBe(0);
    await savePosting(db, posting('greenhouse:1'), 20);
    await setStatus(db, 'greenhouse:1', 'applied', 30);
    await setNotes(db, 'greenhouse:1', 'Referred by Sam', 40);
    // Seeing it again refreshes the page data but keeps what the user decided.
    await recordSeen(db, posting('greenhouse:1', { title: 'Job 1 (updated)' }), 50);
    const p = await getPosting(db, 'greenhouse:1');
    expect(p).toMatchObject({
      title: 'Job 1 (updated)',
      saved: 1,
      status: 'applied',
      notes: 'Referred by Sam',
      savedAt: 20,
    });
    expect(p?.history).toEqual([
      { status: 'saved', at: 20 },
      { status: 'applied', at: 30 },
    ]);
    expect(p?.skills).toEqual([{ id: 'python', requirement: 'required', years: null, anyOf: null }]);
    expect((await getDetail(db, 'greenhouse:1'))?.description).toBe('Python and SQL.');
  });

  it('deletes with undo', async () => {
    await savePosting(db, posting('greenhouse:2'));
    const deleted = await deletePosting(db, 'greenhouse:2');
    expect(await getPosting(db, 'greenhouse:2')).toBeUndefined();
    expect(await getDetail(db, 'greenhouse:2')).toBeUndefined();
    await restorePosting(db, deleted!);
    expect((await getPosting(db, 'greenhouse:2'))?.title).toBe('Job greenhouse:2');
    expect((await getDetail(db, 'greenhouse:2'))?.description).toBe('Python and SQL.');
  });

  it('filters saved postings by a hiring signal ("no degree required" takes "or equivalent" too)', async () => {
    const signals = (need: 'required' | 'not-required' | 'or-equivalent', workTypes: 'part-time'[] = []) => ({
      degree: { level: 'bachelor' as const, need },
      experienceYears: null,
      workTypes,
      licences: [],
      training: false,
      tuition: false,
      remote: null,
    });
    await savePosting(db, { ...posting('greenhouse:a'), signals: signals('required') }, 1);
    await savePosting(db, { ...posting('greenhouse:b'), signals: signals('not-required', ['part-time']) }, 2);
    await savePosting(db, { ...posting('greenhouse:c'), signals: signals('or-equivalent') }, 3);
    await savePosting(db, posting('greenhouse:d'), 4); // read before signals existed
    const q = { sort: 'savedAt', dir: 'asc', offset: 0, limit: 10 } as const;
    expect((await listSaved(db, { ...q, signal: 'no-degree' })).items.map((p) => p.id)).toEqual([
      'greenhouse:b',
      'greenhouse:c',
    ]);
    expect((await listSaved(db, { ...q, signal: 'part-time' })).items.map((p) => p.id)).toEqual(['greenhouse:b']);
    expect((await listSaved(db, q)).total).toBe(4);
  });

  it('lists saved postings only, filtered, sorted and paged', async () => {
    await recordSeen(db, posting('greenhouse:seen', { fit: 99 }));
    for (const [i, fit] of [10, 80, 45, null].entries()) {
      await savePosting(db, posting(`greenhouse:${i}`, { fit, site: i % 2 ? 'lever' : 'greenhouse' }), 100 + i);
    }
    await setStatus(db, 'greenhouse:1', 'interviewing');
    const byFit = await listSaved(db, { sort: 'fit', dir: 'desc', offset: 0, limit: 10 });
    expect(byFit.total).toBe(4);
    expect(byFit.items.map((p) => p.fit)).toEqual([80, 45, 10, null]);
    expect(await savedSites(db)).toEqual(['greenhouse', 'lever']);
    const lever = await listSaved(db, { sort: 'savedAt', dir: 'asc', site: 'lever', offset: 0, limit: 10 });
    expect(lever.items.map((p) => p.id)).toEqual(['greenhouse:1', 'greenhouse:3']);
    const interviewing = await listSaved(db, {
      sort: 'savedAt',
      dir: 'desc',
      status: 'interviewing',
      offset: 0,
      limit: 10,
    });
    expect(interviewing.items.map((p) => p.id)).toEqual(['greenhouse:1']);
    const page2 = await listSaved(db, { sort: 'fit', dir: 'desc', offset: 2, limit: 1 });
    expect(page2.items.map((p) => p.fit)).toEqual([10]);
    const good = await listSaved(db, { sort: 'fit', dir: 'desc', minFit: 40, offset: 0, limit: 10 });
    expect(good.total).toBe(2);
  });

  it('refuses a status change for an unknown posting', async () => {
    await expect(setStatus(db, 'nope', 'applied')).rejects.toThrow(/No posting/);
  });
});

describe('learning and credentials', () => {
  const course = {
    id: 'c1',
    title: 'Excel basics',
    provider: 'Example',
    url: 'https://example.org/x',
    skills: ['microsoft-excel'],
    minutes: 60,
  };

  it('starts once, completes into a credential once', async () => {
    const a = await startCourse(db, course, 1);
    const b = await startCourse(db, course, 2);
    expect(b.startedAt).toBe(a.startedAt);
    const first = await completeCourse(db, 'c1', 3);
    expect(first.first).toBe(true);
    expect(first.credential).toMatchObject({
      courseId: 'c1',
      title: 'Excel basics',
      skills: ['microsoft-excel'],
      earnedAt: 3,
    });
    const again = await completeCourse(db, 'c1', 4);
    expect(again.first).toBe(false);
    expect(await listCredentials(db)).toHaveLength(1);
    expect((await listLearning(db))[0]?.status).toBe('completed');
  });

  it('refuses to complete a course that was never started', async () => {
    await expect(completeCourse(db, 'never')).rejects.toThrow(/not on the learning plan/);
    expect(await listCredentials(db)).toEqual([]);
  });
});

describe('settings', () => {
  it('returns defaults, stores valid values, ignores a corrupt stored value', async () => {
    expect(await getSettings(db)).toEqual({ showBadges: true, panelCollapsed: null });
    expect(await updateSettings(db, { showBadges: false })).toEqual({ showBadges: false, panelCollapsed: null });
    expect((await getSettings(db)).showBadges).toBe(false);
    await db.settings.put({ key: 'showBadges', value: 'yes please' });
    await db.settings.put({ key: 'panelCollapsed', value: true });
    expect(await getSettings(db)).toEqual({ showBadges: true, panelCollapsed: true });
  });

  it('refuses an invalid value and writes nothing', async () => {
    await expect(updateSettings(db, { panelCollapsed: 'no' as unknown as boolean })).rejects.toThrow();
    expect(await db.settings.count()).toBe(0);
  });
});

describe('tracker pages from the index', () => {
  it('the default page (by date saved) matches a full sort, ties broken by id, unsaved left out', async () => {
    for (let i = 0; i < 30; i++)
      await savePosting(
        db,
        posting(`greenhouse:${String(i).padStart(2, '0')}`, { site: i % 3 ? 'lever' : 'greenhouse' }),
        1000 + Math.floor(i / 4),
      );
    await setStatus(db, 'greenhouse:05', 'seen');
    const all = (await db.postings.toArray()).filter((p) => p.saved === 1);
    const expected = all.sort((a, b) => (a.savedAt! - b.savedAt! || (a.id < b.id ? -1 : 1)) * -1).map((p) => p.id);
    const pages = [];
    for (let offset = 0; offset < 30; offset += 7) {
      const r = await listSaved(db, { sort: 'savedAt', dir: 'desc', offset, limit: 7 });
      expect(r.total).toBe(29);
      expect(await savedSites(db)).toEqual(['greenhouse', 'lever']);
      pages.push(...r.items.map((p) => p.id));
    }
    expect(pages).toEqual(expected);
    // The filtered path orders the same way.
    const filtered = await listSaved(db, { sort: 'savedAt', dir: 'desc', search: 'job', offset: 0, limit: 100 });
    expect(filtered.items.map((p) => p.id)).toEqual(expected);
  });
});
