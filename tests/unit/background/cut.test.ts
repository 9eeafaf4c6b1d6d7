import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_DESCRIPTION, capDescription, type Posting } from '@/lib/sites/schema';
import { pageClient, testContext } from './context';

let ctx: ReturnType<typeof testContext>;
const send: ReturnType<typeof pageClient> = (type, payload) => pageClient(ctx)(type, payload);

beforeEach(() => {
  ctx = testContext();
});
afterEach(() => ctx.dispose());

const base: Posting = {
  site: 'greenhouse',
  jobId: '900',
  url: 'https://boards.greenhouse.io/depot/jobs/900',
  title: 'Warehouse Operative',
  company: 'Depot',
  location: 'Leeds',
  description: 'Requirements:\n- Forklift certification\n- Stock control',
  datePosted: null,
  employmentType: null,
};
// What an adapter or a feed hands on for a 300,000-character description: cut, and marked.
const huge = capDescription({
  ...base,
  description: `${base.description}\n${'Pick and pack orders. '.repeat(13_700)}`,
});

describe('descriptions cut where they enter', () => {
  it('carries the cut from the posting to its view, its record and the view read back later', async () => {
    expect(huge.truncated).toBe(true);
    const view = await send('page.analyze', { posting: huge });
    expect(view.cut).toBe('length');
    expect((await ctx.db.postings.get('greenhouse:900'))?.cut).toBe('length');
    const saved = await send('posting.save', { id: 'greenhouse:900' });
    expect(saved.cut).toBe('length');
    expect((await send('posting.get', { id: 'greenhouse:900' })).view.cut).toBe('length');
    // Read again whole (the site shortened it): the mark goes.
    const whole = await send('page.analyze', { posting: base });
    expect(whole.cut).toBeUndefined();
    expect((await ctx.db.postings.get('greenhouse:900'))?.cut).toBeUndefined();
  });

  it('marks a posting read from a site’s summary as such', async () => {
    const view = await send('page.analyze', { posting: { ...base, truncated: true } });
    expect(view.cut).toBe('summary');
  });

  it('refuses a message whose description is longer than the cap (a page that skipped its adapter)', async () => {
    const over = { ...base, description: 'a'.repeat(MAX_DESCRIPTION + 1) };
    await expect(send('page.analyze', { posting: over })).rejects.toThrow();
    expect(await ctx.db.postings.count()).toBe(0);
  });
});
