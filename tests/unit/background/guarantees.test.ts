import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resumeRescore } from '@/lib/background/rescore';
import { pendingRescore } from '@/lib/db/rescore-flag';
import type { Posting } from '@/lib/sites/schema';
import { contentClient, contentRoute, pageClient, testContext } from './context';
import { getPosting } from '@/lib/db/postings';

let ctx: ReturnType<typeof testContext>;
let send: ReturnType<typeof pageClient>;
beforeEach(() => {
  ctx = testContext();
  send = pageClient(ctx);
});
afterEach(() => ctx.dispose());

const cook: Posting = {
  site: 'lever',
  jobId: 'line-cook-1',
  url: 'https://jobs.lever.co/bistro/line-cook-1',
  title: 'Line Cook',
  company: 'Bistro',
  location: null,
  description:
    'Requirements:\n- Food safety certification\n- Stock control and inventory management\n- Microsoft Excel for stock sheets',
  datePosted: null,
  employmentType: null,
};

const course = {
  id: 'c-excel',
  title: 'Excel for kitchens',
  provider: 'Example',
  url: 'https://example.org/excel',
  skills: ['microsoft-excel', 'python'],
  minutes: 90,
};

describe('one change, one transaction', () => {
  it('a course completion that fails halfway leaves the course, credential and profile as they were', async () => {
    await send('learning.start', { course });
    // The second skill's write fails (as if the worker stopped): nothing of the completion may stay.
    const failing = (key: string) => {
      if (key === 'python') throw new Error('disk full');
    };
    ctx.db.profile.hook('creating', failing);
    await expect(send('learning.complete', { courseId: 'c-excel' })).rejects.toMatchObject({ code: 'internal' });
    ctx.db.profile.hook('creating').unsubscribe(failing);
    expect((await ctx.db.learning.get('c-excel'))?.status).toBe('started');
    expect(await ctx.db.credentials.count()).toBe(0);
    expect(await ctx.db.profile.count()).toBe(0);
    // And done again without the failure, it all lands.
    const done = await send('learning.complete', { courseId: 'c-excel' });
    expect(done.raised.map((r) => r.id).sort()).toEqual(['microsoft-excel', 'python']);
    expect(await ctx.db.credentials.count()).toBe(1);
  });

  it('skills confirmed together are written together or not at all', async () => {
    const failing = (key: string) => {
      if (key === 'inventory-management') throw new Error('disk full');
    };
    ctx.db.profile.hook('creating', failing);
    await expect(
      send('profile.setMany', {
        skills: [
          { skillId: 'microsoft-excel', level: 3 },
          { skillId: 'inventory-management', level: 2 },
        ],
      }),
    ).rejects.toMatchObject({ code: 'internal' });
    ctx.db.profile.hook('creating').unsubscribe(failing);
    expect(await ctx.db.profile.count()).toBe(0);
  });

  it('a re-score a stopped worker left undone is finished on the next start', async () => {
    await send('posting.save', { posting: cook });
    const rescore = vi.spyOn(ctx.engine, 'scorer');
    // The profile write lands with its "re-score needed" mark; the worker stops before re-scoring.
    rescore.mockImplementation(() => {
      throw new Error('worker stopped');
    });
    await expect(send('profile.set', { skillId: 'microsoft-excel', level: 4 })).rejects.toMatchObject({
      code: 'internal',
    });
    rescore.mockRestore();
    expect((await ctx.db.profile.get('microsoft-excel'))?.level).toBe(4);
    expect((await getPosting(ctx.db, 'lever:line-cook-1'))?.fit).toBeNull();
    expect(await pendingRescore(ctx.db)).not.toBeNull();

    expect(await resumeRescore(ctx)).toBe(1);
    expect((await getPosting(ctx.db, 'lever:line-cook-1'))?.fit).toBeGreaterThan(0);
    expect(await pendingRescore(ctx.db)).toBeNull();
    // Nothing pending: a start does nothing.
    expect(await resumeRescore(ctx)).toBe(0);
  });
});

describe('the injected clock and a fresh worker', () => {
  it('dates imported catalogs and saved postings by the context clock', async () => {
    ctx = Object.assign(ctx, { now: () => 1_700_000_000_000, newId: () => 'fixed-id' });
    send = pageClient(ctx);
    const imported = await send('catalog.import', {
      name: 'Bistro academy',
      format: 'csv',
      text: 'title,url,skills,minutes\nStock control basics,https://academy.example.org/stock,Inventory management,45\n',
    });
    expect(imported).toMatchObject({ id: 'catalog:fixed-id', added: 1 });
    expect((await send('catalog.list', {})).catalogs[0]?.importedAt).toBe(1_700_000_000_000);
    expect((await send('posting.save', { posting: cook })).saved).toBe(true);
    expect((await ctx.db.postings.get('lever:line-cook-1'))?.savedAt).toBe(1_700_000_000_000);
  });

  it('recommends imported courses for a saved posting after the worker restarts', async () => {
    await send('catalog.import', {
      name: 'Bistro academy',
      format: 'csv',
      text: 'title,url,skills,minutes\nStock control basics,https://academy.example.org/stock,Inventory management,45\n',
    });
    await send('profile.set', { skillId: 'food-safety', level: 3 });
    await send('posting.save', { posting: cook });
    // A new service worker: the engine has not read the imported catalogs yet.
    ctx.engine.setUserCourses([]);
    ctx.engine.userCoursesLoaded = false;
    const { view } = await send('posting.get', { id: 'lever:line-cook-1' });
    expect(view.recommendations.map((r) => r.course.url)).toContain('https://academy.example.org/stock');
  });
});

describe('saving what was just read', () => {
  it('saves an analysed posting by id with the preview corrections, without reading the text again', async () => {
    const seen = await send('page.analyze', { posting: cook });
    expect(seen.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['food-safety', 'microsoft-excel']));
    const extract = vi.spyOn(ctx.engine, 'extract');
    const saved = await send('posting.save', {
      id: seen.id,
      title: 'Line Cook (days)',
      company: null,
      keepSkills: ['food-safety'],
    });
    expect(extract).not.toHaveBeenCalled();
    extract.mockRestore();
    expect(saved).toMatchObject({ id: 'lever:line-cook-1', title: 'Line Cook (days)', company: null, saved: true });
    expect(saved.skills.map((s) => s.id)).toEqual(['food-safety']);
    const record = await ctx.db.postings.get('lever:line-cook-1');
    expect(record).toMatchObject({ saved: 1, status: 'saved', title: 'Line Cook (days)' });
    expect(record?.skills.map((s) => s.id)).toEqual(['food-safety']);
    expect((await ctx.db.details.get('lever:line-cook-1'))?.skills.map((s) => s.id)).toEqual(['food-safety']);
  });

  it('says so when the posting to save by id was never read', async () => {
    await expect(send('posting.save', { id: 'lever:nope' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('who may send what', () => {
  it('answers a content script only the content protocol', async () => {
    await send('profile.set', { skillId: 'microsoft-excel', level: 3 });
    const route = contentRoute(ctx, 7);
    for (const type of ['profile.get', 'backup.export', 'posting.delete', 'ping']) {
      expect(await route({ type, payload: type === 'posting.delete' ? { id: 'x' } : {} })).toMatchObject({
        ok: false,
        error: { code: 'unknown_message' },
      });
    }
    const fromPage = contentClient(ctx, 7);
    expect((await fromPage('settings.get', {})).showBadges).toBe(true);
    expect((await fromPage('page.analyze', { posting: cook })).fit?.score).toBeGreaterThan(0);
  });

  it('shows the fit on the toolbar icon of the tab whose page was analysed, and only there', async () => {
    await send('profile.set', { skillId: 'microsoft-excel', level: 3 });
    const view = await contentClient(ctx, 42)('page.analyze', { posting: cook });
    expect(ctx.toolbarLog).toEqual([{ tabId: 42, score: view.fit!.score }]);
    // The popup analysing the same posting has no tab of its own to badge.
    await send('page.analyze', { posting: cook });
    expect(ctx.toolbarLog).toHaveLength(1);
  });

  it('refuses a posting from another site than the sending page, and writes nothing', async () => {
    const fromLinkedIn = contentClient(ctx, 3, 'https://www.linkedin.com/jobs/search/');
    await expect(fromLinkedIn('page.analyze', { posting: cook })).rejects.toMatchObject({ code: 'bad_request' });
    await expect(fromLinkedIn('posting.save', { posting: cook })).rejects.toMatchObject({ code: 'bad_request' });
    expect(await ctx.db.postings.count()).toBe(0);
    // Saving by id checks the stored posting's address too.
    await send('page.analyze', { posting: cook });
    await expect(fromLinkedIn('posting.save', { id: 'lever:line-cook-1' })).rejects.toMatchObject({
      code: 'bad_request',
    });
    expect((await ctx.db.postings.get('lever:line-cook-1'))?.saved).toBe(0);
    expect((await contentClient(ctx, 3)('posting.save', { id: 'lever:line-cook-1' })).saved).toBe(true);
  });

  it('clears the toolbar badge for a posting with nothing to score', async () => {
    await contentClient(ctx, 5)('page.analyze', { posting: cook });
    expect(ctx.toolbarLog).toEqual([{ tabId: 5, score: null }]);
  });
});
