// From a page to the tracker: two employers' jobs that share a requisition number stay two records,
// and no page rewrites a record of another site or employer (issue 12's security review).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stableId, type Posting } from '@/lib/sites';
import { readHtml } from '../../../scripts/read-html';
import { contentClient, pageClient, testContext } from '../background/context';
import { loadFixtures } from './helpers';

const fixtures = loadFixtures();
/** A fixture page read as the content script reads it: its posting and its address. */
function page(name: string): { posting: Posting; url: string } {
  const f = fixtures.find((x) => `${x.site}/${x.name}` === name)!;
  const r = readHtml(f.html, f.url);
  if (r.kind !== 'posting') throw new Error(`${name}: not a posting`);
  return { posting: r.posting, url: f.url };
}

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext();
});
afterEach(() => ctx.dispose());

describe('postings of two employers with the same job number', () => {
  // Contoso's "Forklift Operator - Nights" and Fabrikam's "Cashier" are both requisition R100.
  const contoso = page('workday/posting-rendered');
  const fabrikam = page('workday/posting-tenant-only');

  it('viewing the other employer’s R100 leaves the saved job, its notes and status as they were', async () => {
    const saved = await contentClient(ctx, 1, contoso.url)('posting.save', { posting: contoso.posting });
    await pageClient(ctx)('posting.setNotes', { id: saved.id, notes: 'Ask about the night allowance' });
    await pageClient(ctx)('posting.setStatus', { id: saved.id, status: 'applied' });

    const viewed = await contentClient(ctx, 2, fabrikam.url)('page.analyze', { posting: fabrikam.posting });

    const mine = await pageClient(ctx)('posting.get', { id: saved.id });
    expect(mine.record).toMatchObject({
      title: 'Forklift Operator - Nights',
      company: 'CONTOSO',
      url: contoso.url,
      notes: 'Ask about the night allowance',
      status: 'applied',
      saved: 1,
    });
    expect(mine.detail?.description).toContain('forklift');
    expect(viewed.id).not.toBe(saved.id);
    expect((await pageClient(ctx)('posting.get', { id: viewed.id })).record).toMatchObject({
      title: 'Cashier',
      status: 'seen',
      saved: 0,
      notes: '',
    });
    const list = await pageClient(ctx)('postings.list', {});
    expect(list.items.map((p) => p.title)).toEqual(['Forklift Operator - Nights']);
  });

  it('a page of one employer cannot send the other’s posting', async () => {
    await expect(
      contentClient(ctx, 2, fabrikam.url)('page.analyze', { posting: contoso.posting }),
    ).rejects.toMatchObject({ code: 'bad_request' });
    expect(await ctx.db.postings.count()).toBe(0);
  });

  it('a record whose address is another employer’s is never rewritten (an id written before ids were scoped)', async () => {
    const id = stableId(fabrikam.posting);
    const now = Date.now();
    await ctx.db.postings.put({
      ...contoso.posting,
      id,
      skills: [],
      saved: 1,
      status: 'saved',
      history: [{ status: 'saved', at: now }],
      notes: 'mine',
      seenAt: now,
      savedAt: now,
      updatedAt: now,
    });
    await expect(
      contentClient(ctx, 2, fabrikam.url)('page.analyze', { posting: fabrikam.posting }),
    ).rejects.toMatchObject({ code: 'bad_request' });
    expect(await ctx.db.postings.get(id)).toMatchObject({ title: 'Forklift Operator - Nights', notes: 'mine' });
  });
});

describe("a posting off its site's pages", () => {
  it('is refused: a page elsewhere cannot name itself greenhouse:123 and reach the saved Greenhouse job', async () => {
    const real: Posting = {
      site: 'greenhouse',
      jobId: '123',
      url: 'https://boards.greenhouse.io/acme/jobs/123',
      title: 'Data Analyst',
      company: 'Acme',
      location: null,
      description: 'Requirements: SQL and Excel.',
      datePosted: null,
      employmentType: null,
    };
    const saved = await contentClient(ctx, 1, real.url)('posting.save', { posting: real });
    const forged = { ...real, title: 'Send us your bank details', url: 'https://evil.example/jobs/123' };
    await expect(
      contentClient(ctx, 2, 'https://evil.example/jobs/123')('page.analyze', { posting: forged }),
    ).rejects.toMatchObject({ code: 'bad_request' });
    // Not from an extension page either (the popup sends what a tab read).
    await expect(pageClient(ctx)('page.analyze', { posting: forged })).rejects.toMatchObject({ code: 'bad_request' });
    expect((await ctx.db.postings.get(saved.id))?.title).toBe('Data Analyst');
  });

  it('two career sites numbering their jobs alike stay two records (generic:<host>:<id>)', async () => {
    const job = (host: string, title: string): Posting => ({
      site: 'generic',
      jobId: '42',
      url: `https://${host}/jobs/42`,
      title,
      company: null,
      location: null,
      description: 'Requirements: customer service.',
      datePosted: null,
      employmentType: null,
    });
    const a = await pageClient(ctx)('posting.save', { posting: job('careers.acme.com', 'Barista') });
    const b = await pageClient(ctx)('page.analyze', { posting: job('jobs.example.org', 'Cleaner') });
    expect([a.id, b.id]).toEqual(['generic:careers.acme.com:42', 'generic:jobs.example.org:42']);
    expect((await ctx.db.postings.get(a.id))?.title).toBe('Barista');
  });
});
