import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sentenceAround } from '@/lib/background/sentences';
import type { Posting } from '@/lib/sites/schema';
import { pageClient, testContext } from './context';
import { getPosting } from '@/lib/db/postings';

let ctx: ReturnType<typeof testContext>;
const send: ReturnType<typeof pageClient> = (type, payload) => pageClient(ctx)(type, payload);

beforeEach(() => {
  ctx = testContext();
});
afterEach(() => ctx.dispose());

const analyst: Posting = {
  site: 'greenhouse',
  jobId: '77',
  url: 'https://boards.greenhouse.io/acme/jobs/77',
  title: 'Junior Data Analyst',
  company: 'Acme',
  location: 'Leeds',
  description:
    'Requirements:\n- 2+ years of SQL\n- Python for data cleaning\n- Strong Excel skills\nNice to have:\n- Power BI',
  datePosted: null,
  employmentType: null,
};

describe('background handlers', () => {
  it('answers ping with the version and taxonomy size', async () => {
    expect(await send('ping', {})).toEqual({ version: '9.9.9', taxonomySize: ctx.engine.taxonomy.size });
  });

  it('analyses a posting with an empty profile without a misleading score, and records it as seen', async () => {
    const view = await send('page.analyze', { posting: analyst });
    expect(view.profileEmpty).toBe(true);
    expect(view.fit).toBeNull();
    expect(view.saved).toBe(false);
    expect(view.id).toBe('greenhouse:77');
    const ids = view.skills.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['sql', 'python', 'microsoft-excel', 'power-bi']));
    expect(view.skills.find((s) => s.id === 'power-bi')?.requirement).toBe('preferred');
    expect((await ctx.db.postings.get('greenhouse:77'))?.status).toBe('seen');
  });

  it('scores against the profile, saves, and re-scores saved postings when the profile changes', async () => {
    await send('profile.set', { skillId: 'sql', level: 4 });
    const before = await send('posting.save', { posting: analyst });
    expect(before.saved).toBe(true);
    expect(before.fit?.score).toBeGreaterThan(0);
    expect(before.fit?.matched.map((m) => m.id)).toContain('sql');
    expect(before.fit?.missing.map((m) => m.id)).toContain('python');

    const { rescored } = await send('profile.set', { skillId: 'python', level: 4 });
    expect(rescored).toBe(1);
    const after = (await getPosting(ctx.db, 'greenhouse:77'))!.fit!;
    expect(after).toBeGreaterThan(before.fit!.score);

    await send('profile.remove', { skillId: 'python' });
    expect((await getPosting(ctx.db, 'greenhouse:77'))!.fit).toBe(before.fit!.score);
  });

  it('refuses an unknown skill id', async () => {
    await expect(send('profile.set', { skillId: 'not-a-skill-xyz', level: 3 })).rejects.toMatchObject({
      code: 'bad_request',
    });
  });

  it('recommends courses for the gaps, each with the fit it leads to', async () => {
    await send('profile.set', { skillId: 'sql', level: 4 });
    const view = await send('page.analyze', { posting: analyst });
    expect(view.recommendations.length).toBeGreaterThan(0);
    const first = view.recommendations[0]!;
    expect(first.closes.length).toBeGreaterThan(0);
    expect(first.projectedScore).toBeGreaterThan(view.fit!.score);
    expect(first.course.url).toMatch(/^https:\/\//);
  });

  it('completes a started course into a credential that raises skills and re-scores saved postings', async () => {
    await send('profile.set', { skillId: 'sql', level: 4 });
    const saved = await send('posting.save', { posting: analyst });
    const course = {
      id: 'test-python',
      title: 'Python for data',
      provider: 'Example',
      url: 'https://example.org/py',
      skills: ['python'],
      minutes: 120,
    };
    await send('learning.start', { course });
    const done = await send('learning.complete', { courseId: 'test-python' });
    expect(done.credential.title).toBe('Python for data');
    expect(done.raised).toEqual([{ id: 'python', name: ctx.engine.taxonomy.get('python')!.name, from: null, to: 2 }]);
    expect(done.rescored).toHaveLength(1);
    expect(done.rescored[0]!.before).toBe(saved.fit!.score);
    expect(done.rescored[0]!.after!).toBeGreaterThan(saved.fit!.score);
    const profile = await send('profile.get', {});
    expect(profile.skills.find((s) => s.skillId === 'python')).toMatchObject({ source: 'credential', level: 2 });
    expect((await send('credentials.list', {})).items).toHaveLength(1);
  });

  it('scores list cards exactly when the posting is known and by estimate otherwise', async () => {
    await send('profile.set', { skillId: 'sql', level: 4 });
    await send('page.analyze', { posting: analyst });
    const { scores, profileEmpty } = await send('cards.score', {
      page: 'https://careers.example.com/jobs',
      cards: [
        { key: 'a', id: 'greenhouse:77', text: 'Junior Data Analyst' },
        { key: 'b', id: 'greenhouse:78', text: 'Data Engineer — SQL, Spark' },
        { key: 'c', id: null, text: 'Friendly team, great benefits' },
      ],
    });
    expect(profileEmpty).toBe(false);
    expect(scores.map((s) => [s.key, s.exact])).toEqual([
      ['a', true],
      ['b', false],
      ['c', false],
    ]);
    expect(scores[0]!.score).toBeGreaterThan(0);
    expect(scores[1]!.score).toBeGreaterThan(0);
    expect(scores[2]!.score).toBeNull();
  });

  it('suggests skills by alias and finds skills in pasted text with their sentence', async () => {
    const { skills } = await send('skills.suggest', { query: 'k8s', limit: 5 });
    expect(skills[0]?.id).toBe('kubernetes');
    const { found } = await send('skills.fromText', {
      text: 'Shift lead at a busy cafe. Handled cash and trained new staff. Fluent in Spanish.',
    });
    const spanish = found.find((f) => f.id === 'spanish');
    expect(spanish?.sentence).toBe('Fluent in Spanish.');
  });

  it('builds a learning plan over saved postings', async () => {
    await send('profile.set', { skillId: 'sql', level: 4 });
    await send('posting.save', { posting: analyst });
    await send('posting.save', {
      posting: {
        ...analyst,
        jobId: '78',
        url: 'https://boards.greenhouse.io/acme/jobs/78',
        description: 'Python and Power BI required.',
      },
    });
    const plan = await send('plan.get', {});
    expect(plan.postings).toBe(2);
    expect(plan.gaps[0]?.id).toBe('python');
    expect(plan.gaps[0]?.postings).toBe(2);
    expect(plan.projectedAverage).toBeGreaterThan(plan.currentAverage);
  });

  it('imports a user catalog, reports bad rows, and recommends from it', async () => {
    const csv =
      'title,url,skills,minutes\nAcme SQL Academy,https://learn.acme.example/sql,SQL;Python,30\nBroken row,not-a-url,SQL,10\n';
    const res = await send('catalog.import', { name: 'Acme Learning', format: 'csv', text: csv });
    expect(res.added).toBe(1);
    expect(res.errors.join(' ')).toMatch(/Row|url/i);
    expect((await send('catalog.list', {})).catalogs).toEqual([
      expect.objectContaining({ name: 'Acme Learning', courses: 1 }),
    ]);
    const view = await send('page.analyze', { posting: analyst });
    expect(view.recommendations.map((r) => r.course.title)).toContain('Acme SQL Academy');
    const broken = await send('catalog.import', { name: 'x', format: 'json', text: '{oops' });
    expect(broken.added).toBe(0);
    expect(broken.errors[0]).toMatch(/JSON/);
  });

  it('tracks status changes, notes, delete and undo', async () => {
    await send('posting.save', { posting: analyst });
    await send('posting.setStatus', { id: 'greenhouse:77', status: 'applied' });
    await send('posting.setNotes', { id: 'greenhouse:77', notes: 'Sent CV' });
    const deleted = await send('posting.delete', { id: 'greenhouse:77' });
    expect((await send('postings.list', {})).total).toBe(0);
    expect(await send('postings.sites', {})).toEqual({ sites: [] });
    await send('posting.restore', deleted);
    expect(await send('postings.sites', {})).toEqual({ sites: ['greenhouse'] });
    const { items } = await send('postings.list', {});
    expect(items[0]).toMatchObject({ status: 'applied', notes: 'Sent CV' });
    expect(items[0]!.history.map((h) => h.status)).toEqual(['saved', 'applied']);
    await expect(send('posting.delete', { id: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('adds several skills in one message, re-scoring once, and refuses a batch with an unknown skill', async () => {
    await send('posting.save', { posting: analyst });
    const r = await send('profile.setMany', {
      skills: [
        { skillId: 'sql', level: 3, source: 'text', evidence: '2 years of SQL reporting.' },
        { skillId: 'python', level: 2 },
      ],
    });
    expect(r.skills.map((s) => [s.skillId, s.source])).toEqual([
      ['sql', 'text'],
      ['python', 'self'],
    ]);
    expect(r.rescored).toBe(1);
    await expect(
      send('profile.setMany', {
        skills: [
          { skillId: 'sql', level: 5 },
          { skillId: 'nope-xyz', level: 2 },
        ],
      }),
    ).rejects.toMatchObject({
      code: 'bad_request',
    });
    expect((await send('profile.get', {})).skills.find((s) => s.skillId === 'sql')?.level).toBe(3);
  });

  it('counts how many saved postings ask for each skill', async () => {
    await send('posting.save', { posting: analyst });
    await send('posting.save', {
      posting: {
        ...analyst,
        jobId: '78',
        url: 'https://boards.greenhouse.io/acme/jobs/78',
        description: 'Python is a plus.',
      },
    });
    await send('page.analyze', {
      posting: { ...analyst, jobId: '79', url: 'https://boards.greenhouse.io/acme/jobs/79' },
    });
    const r = await send('skills.demand', { skillIds: ['python', 'sql', 'welding'] });
    expect(r.saved).toBe(2);
    expect(r.demand).toEqual([
      { id: 'python', asked: 2, required: 1 },
      { id: 'sql', asked: 1, required: 1 },
      { id: 'welding', asked: 0, required: 0 },
    ]);
  });

  it('keeps the job-page settings, defaulting to badges on and the panel open', async () => {
    expect(await send('settings.get', {})).toEqual({ showBadges: true, panelCollapsed: null });
    expect(await send('settings.set', { panelCollapsed: true })).toEqual({ showBadges: true, panelCollapsed: true });
    expect(await send('settings.set', { showBadges: false })).toEqual({ showBadges: false, panelCollapsed: true });
    await expect(send('settings.set', { showBadges: 'no' as unknown as boolean })).rejects.toThrow();
  });

  it('opens the dashboard at a section', async () => {
    await send('dashboard.open', { section: 'plan' });
    expect(ctx.opened).toEqual(['/dashboard.html#plan']);
  });
});

describe('sentenceAround', () => {
  it('returns the sentence or line holding a mention', () => {
    const t = 'First one. Second has Python in it! Third.\nNew line with SQL';
    expect(sentenceAround(t, t.indexOf('Python'), t.indexOf('Python') + 6)).toBe('Second has Python in it!');
    expect(sentenceAround(t, t.indexOf('SQL'), t.indexOf('SQL') + 3)).toBe('New line with SQL');
  });
});
