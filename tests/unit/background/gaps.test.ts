import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentClient, contentRoute, greenhouseJob, pageClient, testContext } from './context';
import { getPosting } from '@/lib/db/postings';

let ctx: ReturnType<typeof testContext>;
const send: ReturnType<typeof pageClient> = (type, payload) => pageClient(ctx)(type, payload);
beforeEach(() => {
  ctx = testContext();
});
afterEach(() => ctx.dispose());

const job = greenhouseJob;
const analyst = job(
  '77',
  'Junior Data Analyst',
  'Requirements:\n- 2+ years of SQL\n- Python for data cleaning\n- Strong Excel skills',
);
const engineer = job('78', 'Data Engineer', 'Requirements:\n- Python and SQL pipelines\n- Docker');
/** The content script of the analyst's own page. */
const fromPage = () => contentClient(ctx, 3, analyst.url);
const ids = (items: { id: string }[] | undefined) => (items ?? []).map((i) => i.id);
const storedFit = async (id: string) => (await getPosting(ctx.db, id))!.fit;

describe('"I have this"', () => {
  it('adds the skill, self-rated, at the level the posting asks, and re-scores this and every saved posting; Undo takes it back', async () => {
    await send('profile.set', { skillId: 'microsoft-excel', level: 4 });
    const before = await send('posting.save', { posting: analyst });
    await send('posting.save', { posting: engineer });
    const otherBefore = await storedFit('greenhouse:78');
    expect(ids(before.fit?.missing)).toContain('python');

    const view = await fromPage()('gap.act', { id: before.id, skillId: 'python', action: 'have' });
    expect(view.fit!.score).toBeGreaterThan(before.fit!.score);
    expect(ids(view.fit?.missing)).not.toContain('python');
    expect(await storedFit('greenhouse:77')).toBe(view.fit!.score);
    expect((await storedFit('greenhouse:78')) ?? 0).toBeGreaterThan(otherBefore ?? 0);
    const python = (await send('profile.get', {})).skills.find((s) => s.skillId === 'python');
    expect(python).toMatchObject({ level: 2, source: 'self' });

    const undone = await fromPage()('gap.act', { id: before.id, skillId: 'python', action: 'have', undo: true });
    expect(await ctx.db.profile.get('python')).toBeUndefined();
    expect(ids(undone.fit?.missing)).toContain('python');
    expect(await storedFit('greenhouse:78')).toBe(otherBefore);

    // "2+ years of SQL" asks level 3.
    await fromPage()('gap.act', { id: before.id, skillId: 'sql', action: 'have' });
    expect((await ctx.db.profile.get('sql'))?.level).toBe(3);
  });

  it('never lowers a level the user gave, and Undo leaves a skill a credential or résumé backs', async () => {
    await send('profile.set', { skillId: 'sql', level: 5, source: 'text' });
    const view = await send('posting.save', { posting: analyst });
    await send('gap.act', { id: view.id, skillId: 'sql', action: 'have' });
    expect((await ctx.db.profile.get('sql'))?.level).toBe(5);
    await send('gap.act', { id: view.id, skillId: 'sql', action: 'have', undo: true });
    expect((await ctx.db.profile.get('sql'))?.level).toBe(5);
  });
});

describe('"Not a skill here"', () => {
  it("takes the skill out of that posting's fit only, is kept when the page is read again, and is undone", async () => {
    await send('profile.set', { skillId: 'microsoft-excel', level: 4 });
    const before = await send('posting.save', { posting: analyst });
    await send('posting.save', { posting: engineer });
    const other = await storedFit('greenhouse:78');

    const view = await fromPage()('gap.act', { id: before.id, skillId: 'python', action: 'here' });
    const all = [...ids(view.fit?.matched), ...ids(view.fit?.partial), ...ids(view.fit?.missing)];
    expect(all).not.toContain('python');
    expect(view.fit!.score).toBeGreaterThan(before.fit!.score);
    expect(await storedFit('greenhouse:77')).toBe(view.fit!.score);
    expect(await storedFit('greenhouse:78')).toBe(other);
    expect(view.recommendations.flatMap((r) => r.closes)).not.toContain('python');

    // Read again by its page, and scored on a list page from its stored skills: still not counted.
    const again = await fromPage()('page.analyze', { posting: analyst });
    expect(again.fit!.score).toBe(view.fit!.score);
    const { scores } = await fromPage()('cards.score', {
      page: 'https://boards.greenhouse.io/acme',
      cards: [{ key: 'a', id: 'greenhouse:77', text: 'Junior Data Analyst' }],
    });
    expect(scores[0]!.lack ?? []).not.toContain('Python');
    expect(scores[0]!.score).toBe(view.fit!.score);
    // The plan over the saved jobs: Python is asked only by the engineer now.
    const plan = await send('plan.get', {});
    expect(plan.why.filter((w) => w.gaps.some((g) => g.id === 'python')).flatMap((w) => w.jobs)).not.toContain(
      'greenhouse:77',
    );

    expect((await send('ignored.list', {})).here).toEqual([
      { postingId: 'greenhouse:77', title: 'Junior Data Analyst', company: 'Acme', id: 'python', name: 'Python' },
    ]);
    const undone = await fromPage()('gap.act', { id: before.id, skillId: 'python', action: 'here', undo: true });
    expect(undone.fit!.score).toBe(before.fit!.score);
    expect((await send('ignored.list', {})).here).toEqual([]);
  });

  it('is counted again from the dashboard list', async () => {
    await send('profile.set', { skillId: 'microsoft-excel', level: 4 });
    const before = await send('posting.save', { posting: analyst });
    await send('gap.act', { id: before.id, skillId: 'python', action: 'here' });
    expect(await send('ignored.restore', { skillId: 'python', postingId: before.id })).toEqual({ rescored: 1 });
    expect(await storedFit('greenhouse:77')).toBe(before.fit!.score);
  });
});

describe('"Never count this"', () => {
  it('takes the skill out of every posting, every page estimate, the plan and the courses; Restore counts it again', async () => {
    await send('profile.set', { skillId: 'microsoft-excel', level: 4 });
    await send('profile.set', { skillId: 'sql', level: 3 });
    const a = await send('posting.save', { posting: analyst });
    await send('posting.save', { posting: engineer });
    const otherBefore = await storedFit('greenhouse:78');
    const estimate = async () =>
      (
        await fromPage()('cards.score', {
          page: 'https://boards.greenhouse.io/acme',
          cards: [{ key: 'e', id: null, text: 'Analyst: Python and Excel' }],
        })
      ).scores[0]!;
    const estimateBefore = await estimate();
    expect(estimateBefore.lack).toContain('Python');

    const view = await fromPage()('gap.act', { id: a.id, skillId: 'python', action: 'everywhere' });
    expect(ids(view.fit?.missing)).not.toContain('python');
    expect((await storedFit('greenhouse:78')) ?? 0).toBeGreaterThan(otherBefore ?? 0);
    expect((await estimate()).lack ?? []).not.toContain('Python');
    expect((await send('page.analyze', { posting: engineer })).fit?.missing.map((m) => m.id)).not.toContain('python');
    const plan = await send('plan.get', {});
    expect(plan.gaps.map((g) => g.id)).not.toContain('python');
    expect(plan.recommendations.flatMap((r) => r.closes)).not.toContain('python');
    expect((await send('ignored.list', {})).never).toEqual([{ id: 'python', name: 'Python' }]);

    expect((await send('ignored.restore', { skillId: 'python', postingId: null })).rescored).toBe(2);
    expect(await storedFit('greenhouse:78')).toBe(otherBefore);
    expect(await estimate()).toEqual(estimateBefore);
    expect((await send('ignored.list', {})).never).toEqual([]);
  });
});

describe('who may act on a skill', () => {
  it('a page acts only on its own postings, and only on skills they ask for', async () => {
    const view = await send('posting.save', { posting: analyst });
    const elsewhere = contentRoute(ctx, 9, 'https://jobs.lever.co/other');
    expect(
      await elsewhere({ type: 'gap.act', payload: { id: view.id, skillId: 'python', action: 'everywhere' } }),
    ).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    await expect(fromPage()('gap.act', { id: view.id, skillId: 'welding', action: 'have' })).rejects.toMatchObject({
      code: 'bad_request',
    });
    expect(await elsewhere({ type: 'posting.unsave', payload: { id: view.id } })).toMatchObject({ ok: false });
    expect(await elsewhere({ type: 'ignored.list', payload: {} })).toMatchObject({
      ok: false,
      error: { code: 'unknown_message' },
    });
    expect(await ctx.db.profile.count()).toBe(0);
    expect((await ctx.db.postings.get(view.id))?.saved).toBe(1);
  });
});

describe('Remove from tracker', () => {
  it('takes a saved job out as the tracker deletes it, keeps the page scored, and Undo brings it back whole', async () => {
    await send('profile.set', { skillId: 'sql', level: 3 });
    const saved = await send('posting.save', { posting: analyst });
    await send('posting.setNotes', { id: saved.id, notes: 'Call Sam' });

    const removed = await fromPage()('posting.unsave', { id: saved.id });
    expect(removed.saved).toBe(false);
    expect(removed.fit?.score).toBe(saved.fit?.score);
    expect((await send('postings.list', {})).total).toBe(0);
    expect(await ctx.db.deletions.get('postings:greenhouse:77')).toBeDefined();
    expect((await ctx.db.postings.get(saved.id))?.notes).toBe('');
    await expect(fromPage()('posting.unsave', { id: saved.id })).rejects.toMatchObject({ code: 'not_found' });

    const back = await fromPage()('posting.unsave', { id: saved.id, undo: true });
    expect(back.saved).toBe(true);
    expect((await ctx.db.postings.get(saved.id))?.notes).toBe('Call Sam');
    expect(await ctx.db.deletions.get('postings:greenhouse:77')).toBeUndefined();
    await expect(fromPage()('posting.unsave', { id: saved.id, undo: true })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
