import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Engine, customSkillsKey } from '@/lib/background/engine';
import { withCustomFrom } from '@/lib/background/custom-skills';
import { confirmImport, exportToParts, readBackupFile, type BackupDeps } from '@/lib/dashboard/backup';
import type { Posting } from '@/lib/sites/schema';
import { pageClient, testContext } from './context';
import { getPosting } from '@/lib/db/postings';

let ctx: ReturnType<typeof testContext>;
const send: ReturnType<typeof pageClient> = (type, payload) => pageClient(ctx)(type, payload);

beforeEach(() => {
  ctx = testContext();
});
afterEach(() => ctx.dispose());

// Hand-written postings: a ward asks for a nursing skill the taxonomy lacks, a workshop for a niche machine.
const ward: Posting = {
  site: 'greenhouse',
  jobId: '501',
  url: 'https://boards.greenhouse.io/stmarys/jobs/501',
  title: 'Registered Nurse',
  company: "St Mary's",
  location: 'Leeds',
  description: 'Requirements:\n- PICC line care and wound care\n- BLS certification\nNice to have:\n- Phlebotomy',
  datePosted: null,
  employmentType: null,
};
const workshop: Posting = {
  site: 'greenhouse',
  jobId: '502',
  url: 'https://boards.greenhouse.io/oakworks/jobs/502',
  title: 'Cabinet Maker',
  company: 'Oak Works',
  location: 'Hull',
  description: 'Requirements:\n- Run the Homag edgebander\n- Read technical drawings',
  datePosted: null,
  employmentType: null,
};

const reqs = (skills: { id: string; requirement: string }[]) => skills.map((s) => `${s.id} ${s.requirement}`);

describe('custom skills in the background', () => {
  it('adds a skill the taxonomy lacks under the user’s name, and a name it has as that skill', async () => {
    const { skill } = await send('profile.addCustom', { name: '  PICC   line care ', level: 4 });
    expect([skill.skillId, skill.name, skill.level, skill.source]).toEqual([
      'custom:picc-line-care',
      'PICC line care',
      4,
      'self',
    ]);
    // "IV therapy" is one of ESCO's names for intravenous infusion: no custom skill for it.
    const iv = await send('profile.addCustom', { name: 'IV therapy', level: 3 });
    expect([iv.skill.skillId, iv.skill.name]).toEqual(['intravenous-infusion', 'Intravenous infusion']);
    await expect(send('profile.addCustom', { name: ' – ', level: 3 })).rejects.toThrow(/letter or a digit/);
    // A level change by id keeps the custom skill's own name.
    const changed = await send('profile.set', { skillId: 'custom:picc-line-care', level: 2 });
    expect([changed.skill.name, changed.skill.level]).toEqual(['PICC line care', 2]);
    await expect(send('profile.set', { skillId: 'custom:never-added', level: 2 })).rejects.toThrow(/Unknown skill/);
  });

  it('re-reads saved postings from their descriptions when a custom skill is added or removed, and re-scores', async () => {
    await send('profile.set', { skillId: 'wound-care', level: 4 });
    const before = await send('posting.save', { posting: ward });
    expect(reqs(before.skills)).toEqual([
      'registered-nurse mentioned',
      'wound-care required',
      'bls required',
      'phlebotomy preferred',
    ]);
    expect(before.fit?.score).toBe(43);

    const added = await send('profile.addCustom', { name: 'PICC line care', level: 4 });
    expect(added.rescored).toBe(1);
    const stored = (await getPosting(ctx.db, 'greenhouse:501'))!;
    expect(reqs(stored.skills)).toEqual([
      'registered-nurse mentioned',
      'wound-care required',
      'bls required',
      'phlebotomy preferred',
      'custom:picc-line-care required',
    ]);
    expect(stored.fit).toBe(60);
    const { view } = await send('posting.get', { id: 'greenhouse:501' });
    expect(view.fit?.matched.map((m) => `${m.id} ${m.name}`)).toEqual([
      'wound-care Wound care',
      'custom:picc-line-care PICC line care',
    ]);
    // Offsets into the title, a line break, then the description.
    expect(view.skills.find((s) => s.id === 'custom:picc-line-care')?.mentions).toEqual([
      { start: 33, end: 47, text: 'PICC line care' },
    ]);

    const { removed } = await send('profile.remove', { skillId: 'custom:picc-line-care' });
    const gone = (await getPosting(ctx.db, 'greenhouse:501'))!;
    expect(reqs(gone.skills)).not.toContain('custom:picc-line-care required');
    expect(gone.fit).toBe(43);
    // Undo puts the skill back, and the posting asks for it again.
    await send('profile.restore', { record: removed! });
    const back = (await getPosting(ctx.db, 'greenhouse:501'))!;
    expect(reqs(back.skills)).toContain('custom:picc-line-care required');
    expect(back.fit).toBe(60);
  });

  it('matches custom skills in every new posting, also after the worker restarts', async () => {
    await send('profile.addCustom', { name: 'Homag edgebander', level: 3 });
    // A restart: a fresh engine knows nothing until it reads the profile.
    ctx = { ...ctx, engine: new Engine() };
    const view = await send('page.analyze', { posting: workshop });
    expect(reqs(view.skills)).toEqual(['custom:homag-edgebander required', 'blueprint-reading required']);
    expect(view.fit?.matched.map((m) => m.id)).toEqual(['custom:homag-edgebander']);
    expect(view.fit?.missing.map((m) => m.id)).toEqual(['blueprint-reading']);
    // The autocomplete offers it as a held skill (so a level change is asked, not a second copy added).
    ctx = { ...ctx, engine: new Engine() };
    expect((await send('skills.suggest', { query: 'homag edge', limit: 3 })).skills).toEqual([
      { id: 'custom:homag-edgebander', name: 'Homag edgebander', kind: 'other' },
    ]);
    // A card of a list page is estimated with them too.
    ctx = { ...ctx, engine: new Engine() };
    const cards = await send('cards.score', {
      page: 'https://www.linkedin.com/jobs/search/?keywords=cabinet',
      cards: [{ key: 'a', id: null, text: 'Edge banding operator: Homag edgebander, night shifts' }],
    });
    expect(cards.scores.map((s) => [s.score, s.have])).toEqual([[100, ['Homag edgebander']]]);
  });

  it('travels in a backup: the import restores them and the engine reads postings with them', async () => {
    await send('profile.addCustom', { name: 'PICC line care', level: 4 });
    await send('posting.save', { posting: ward });
    const deps = (c: typeof ctx): BackupDeps => ({
      db: c.db,
      now: () => 1_000,
      unknownSkills: async (ids) => (await pageClient(c)('skills.unknown', { ids })).unknown,
      dataChanged: async () => (await pageClient(c)('data.changed', {})).rescored,
    });
    const { parts } = await exportToParts(deps(ctx));
    const text = parts.join('');

    const other = testContext({ engine: new Engine() });
    try {
      const read = await readBackupFile(deps(other), { size: text.length, text: async () => text });
      if (!read.ok) throw new Error(read.error);
      const done = await confirmImport(deps(other), read.plan, false);
      expect(done.ok).toBe(true);
      const profile = await pageClient(other)('profile.get', {});
      expect(profile.skills.map((s) => [s.skillId, s.name, s.level])).toEqual([
        ['custom:picc-line-care', 'PICC line care', 4],
      ]);
      const saved = (await getPosting(other.db, 'greenhouse:501'))!;
      expect(saved.fit).toBe(30);
      const next = await pageClient(other)('page.analyze', {
        posting: { ...ward, jobId: '503', url: ward.url.replace('501', '503') },
      });
      expect(next.fit?.matched.map((m) => m.id)).toEqual(['custom:picc-line-care']);
    } finally {
      await other.dispose();
    }
  });

  it('says custom ids are known skills and keeps a posting’s taxonomy skills as the user left them', async () => {
    expect((await send('skills.unknown', { ids: ['custom:forklift-x', 'sql', 'no-such-skill'] })).unknown).toEqual([
      'no-such-skill',
    ]);
    const before = [{ id: 'sql' }, { id: 'custom:old' }];
    const read = [{ id: 'sql' }, { id: 'python' }, { id: 'custom:new' }];
    expect(withCustomFrom(before, read)).toEqual([{ id: 'sql' }, { id: 'custom:new' }]);
    expect(customSkillsKey([' b  c ', 'a', '', 'b c'])).toBe('a\nb c');
  });
});
