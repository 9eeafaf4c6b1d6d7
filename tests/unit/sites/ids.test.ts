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
