// The same job read from a list card and from its own posting page gets the same stable id,
// so a badge on a card and a saved posting refer to one tracker entry.
import { describe, expect, it } from 'vitest';
import { stableId } from '../../../lib/sites/index';
import { readHtml } from '../../../scripts/read-html';
import { loadFixtures } from './helpers';

const fixtures = loadFixtures().map((f) => ({ ...f, reading: readHtml(f.html, f.url) }));

describe('stable ids across list and posting pages', () => {
  for (const site of ['greenhouse', 'lever', 'ashby', 'workday', 'smartrecruiters', 'linkedin', 'usajobs']) {
    it(site, () => {
      const postings = fixtures
        .filter((f) => f.site === site)
        .flatMap((f) => (f.reading.kind === 'posting' ? [f.reading.posting] : []));
      const cardIds = new Set(
        fixtures
          .filter((f) => f.site === site)
          .flatMap((f) =>
            f.reading.kind === 'list'
              ? f.reading.cards.map((c) =>
                  stableId({
                    site: f.reading.kind === 'list' ? f.reading.adapter : '',
                    jobId: c.jobId,
                    url: c.url ?? f.url,
                  }),
                )
              : [],
          ),
      );
      const matched = postings.filter((p) => cardIds.has(stableId(p)));
      expect(matched.length, `a ${site} posting fixture whose job is also on a list fixture`).toBeGreaterThan(0);
    });
  }

  it('the detail pane of a list and the card of the same job agree', () => {
    for (const f of fixtures) {
      if (f.reading.kind !== 'list' || !f.reading.detail) continue;
      const ids = f.reading.cards.map((c) => stableId({ site: f.site, jobId: c.jobId, url: c.url ?? f.url }));
      expect(ids).toContain(stableId(f.reading.detail));
    }
  });
});

describe('ids of sites whose job ids are an employer’s own numbering', () => {
  const workday = (host: string, path: string) => ({ site: 'workday', jobId: 'R100', url: `https://${host}${path}` });

  it('carry the Workday tenant: two employers’ R100 are two jobs', () => {
    const nvidia = workday('nvidia.wd5.myworkdayjobs.com', '/en-US/NVIDIAExternalCareerSite/job/US-CA/Engineer_R100');
    const walmart = workday('walmart.wd5.myworkdayjobs.com', '/WalmartExternal/job/Dallas-TX/Cashier_R100');
    expect(stableId(nvidia)).toBe('workday:nvidia:R100');
    expect(stableId(walmart)).toBe('workday:walmart:R100');
    // The same tenant on the shared host (`/recruiting/{tenant}/`) is the same job.
    expect(
      stableId(workday('wd5.myworkdaysite.com', '/en-US/recruiting/nvidia/NVIDIAExternalCareerSite/job/R100')),
    ).toBe('workday:nvidia:R100');
  });

  it('carry the host for the generic reader’s JSON-LD identifiers', () => {
    const a = { site: 'generic', jobId: '42', url: 'https://careers.acme.com/jobs/42' };
    const b = { site: 'generic', jobId: '42', url: 'https://jobs.example.org/opening?id=42' };
    expect(stableId(a)).toBe('generic:careers.acme.com:42');
    expect(stableId(b)).toBe('generic:jobs.example.org:42');
  });

  it('fall back to the address when the employer cannot be told, never to a bare id', () => {
    expect(stableId({ site: 'workday', jobId: 'R100', url: 'not a url' })).toBe('url:not a url');
    // Sites whose ids are the site's own keep `site:id`.
    expect(
      stableId({ site: 'linkedin', jobId: '3912345678', url: 'https://it.linkedin.com/jobs/view/3912345678' }),
    ).toBe('linkedin:3912345678');
  });

  it('the two Workday fixtures with requisition R100 read as two ids, from their pages', () => {
    const ids = fixtures
      .filter((f) => f.site === 'workday' && f.reading.kind === 'posting' && f.reading.posting.jobId === 'R100')
      .map((f) => (f.reading.kind === 'posting' ? stableId(f.reading.posting) : ''));
    expect(ids.sort()).toEqual(['workday:contoso:R100', 'workday:fabrikam:R100']);
  });
});
