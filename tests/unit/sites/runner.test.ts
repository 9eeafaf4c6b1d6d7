// The runner: candidates by URL and priority, first detect wins, fallback on exceptions and on
// invalid output (logged once with the adapter id), never throwing into the page.
import { describe, expect, it } from 'vitest';
import { runAdapters } from '../../../lib/sites/runner';
import { canonicalUrl, cardText, readPage, stableId } from '../../../lib/sites/index';
import type { Posting, SiteAdapter } from '../../../lib/sites/index';
import generic from '../../../lib/sites/generic';
import { parse } from './helpers';

const JSONLD_PAGE = parse(
  `<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Cook","description":"Cook food."}</script></head><body><h1>Cook</h1></body></html>`,
);
const posting = (over: Partial<Posting> = {}): Posting => ({
  site: 'fake',
  jobId: '1',
  url: 'https://jobs.example.com/1',
  title: 'Fake job',
  company: null,
  location: null,
  description: '',
  datePosted: null,
  employmentType: null,
  ...over,
});
const fake = (over: Partial<SiteAdapter>): SiteAdapter => ({
  id: 'fake',
  label: 'Fake',
  matches: ['*://jobs.example.com/*'],
  examples: {},
  priority: 10,
  detect: () => 'posting',
  extract: () => posting(),
  ...over,
});

describe('runner', () => {
  it('takes the highest-priority adapter that detects', () => {
    const low = fake({ id: 'low', priority: 5, extract: () => posting({ title: 'low' }) });
    const high = fake({ id: 'high', priority: 20, extract: () => posting({ title: 'high' }) });
    const r = runAdapters([low, high, generic], JSONLD_PAGE, 'https://jobs.example.com/1', () => {});
    expect(r).toMatchObject({ kind: 'posting', adapter: 'high', posting: { title: 'high' } });
  });

  it('skips adapters whose patterns do not match the URL, or whose detect says null', () => {
    const other = fake({ id: 'other', matches: ['*://other.example.com/*'], priority: 99 });
    const shy = fake({ id: 'shy', priority: 50, detect: () => null });
    const r = runAdapters([other, shy, fake({})], JSONLD_PAGE, 'https://jobs.example.com/1', () => {});
    expect(r).toMatchObject({ adapter: 'fake' });
  });

  it('falls back to the generic adapter when an adapter throws, logging its id once', () => {
    const log: string[] = [];
    const broken = fake({
      id: 'broken',
      extract: () => {
        throw new Error('selector gone');
      },
    });
    const r = runAdapters([broken, generic], JSONLD_PAGE, 'https://jobs.example.com/1', (id) => log.push(id));
    expect(r).toMatchObject({
      kind: 'posting',
      adapter: 'generic',
      posting: { title: 'Cook', description: 'Cook food.' },
    });
    expect(log).toEqual(['broken']);
  });

  it('falls back when the output fails validation (empty title, bad URL)', () => {
    const log: string[] = [];
    const badTitle = fake({ id: 'bad-title', priority: 30, extract: () => posting({ title: '' }) });
    const badUrl = fake({ id: 'bad-url', priority: 20, extract: () => posting({ url: 'not a url' }) });
    const r = runAdapters([badTitle, badUrl, generic], JSONLD_PAGE, 'https://jobs.example.com/1', (id) => log.push(id));
    expect(r).toMatchObject({ adapter: 'generic' });
    expect(log).toEqual(['bad-title', 'bad-url']);
  });

  it('treats a throwing detect like a failure and a throwing logger as harmless', () => {
    const bad = fake({
      id: 'bad',
      detect: () => {
        throw new Error('boom');
      },
    });
    const r = runAdapters([bad, generic], JSONLD_PAGE, 'https://jobs.example.com/1', () => {
      throw new Error('logger');
    });
    expect(r).toMatchObject({ adapter: 'generic' });
  });

  it('validates cards and keeps the list when only the detail pane fails', () => {
    const el = JSONLD_PAGE.body;
    const card = {
      element: el,
      badgeAnchor: el,
      jobId: '1',
      title: 'A job',
      company: null,
      location: null,
      url: 'https://jobs.example.com/1',
    };
    const log: string[] = [];
    const list = fake({
      id: 'list',
      detect: () => 'list',
      cards: () => [card],
      detail: () => {
        throw new Error('pane');
      },
    });
    const r = runAdapters([list], JSONLD_PAGE, 'https://jobs.example.com/', (id) => log.push(id));
    expect(r.kind).toBe('list');
    expect(r.kind === 'list' && r.cards.map((c) => c.title)).toEqual(['A job']);
    expect(r.kind === 'list' && r.detail).toBeUndefined();
    expect(log).toEqual(['list:detail']);
    const badCards = fake({ id: 'bad-cards', detect: () => 'list', cards: () => [{ ...card, title: '' }] });
    expect(runAdapters([badCards], JSONLD_PAGE, 'https://jobs.example.com/', () => {})).toEqual({
      kind: 'none',
      failed: 'Fake',
    });
  });

  it('cards only (a page still being parsed): a posting is not extracted, a detail pane not read', () => {
    const el = JSONLD_PAGE.body;
    const card = { element: el, badgeAnchor: el, jobId: '1', title: 'A job', company: null, location: null, url: null };
    const calls: string[] = [];
    const list = fake({
      id: 'list',
      detect: () => 'list',
      cards: () => (calls.push('cards'), [card]),
      detail: () => (calls.push('detail'), posting()),
    });
    const r = runAdapters([list], JSONLD_PAGE, 'https://jobs.example.com/', () => {}, true);
    expect(r.kind === 'list' && r.cards.map((c) => c.title)).toEqual(['A job']);
    expect(r.kind === 'list' && r.detail).toBeUndefined();
    expect(calls).toEqual(['cards']);
    const page = fake({ extract: () => (calls.push('extract'), posting()) });
    expect(runAdapters([page], JSONLD_PAGE, 'https://jobs.example.com/1', () => {}, true)).toEqual({ kind: 'none' });
    expect(runAdapters([page], JSONLD_PAGE, 'https://jobs.example.com/1', () => {}).kind).toBe('posting');
    expect(calls).toEqual(['cards', 'extract']);
  });

  it("names the site whose own reader broke when nothing else read the page, never the generic reader's", () => {
    const broken = fake({
      id: 'broken',
      label: 'Broken Site',
      extract: () => {
        throw new Error('selector gone');
      },
    });
    const empty = parse('<html><body><p>nothing here</p></body></html>');
    expect(runAdapters([broken, generic], empty, 'https://jobs.example.com/1', () => {})).toEqual({
      kind: 'none',
      failed: 'Broken Site',
    });
    // The generic reader made sense of the page: nothing to tell.
    expect(runAdapters([broken, generic], JSONLD_PAGE, 'https://jobs.example.com/1', () => {}).kind).toBe('posting');
    const genericBroken = fake({
      id: 'generic',
      priority: 0,
      detect: () => {
        throw new Error('boom');
      },
    });
    expect(runAdapters([genericBroken], empty, 'https://jobs.example.com/1', () => {})).toEqual({ kind: 'none' });
  });

  it('says none, without throwing, for an unparsable URL or an empty document', () => {
    expect(readPage(JSONLD_PAGE, 'not a url', () => {})).toEqual({ kind: 'none' });
    expect(readPage(parse(''), 'https://example.com/', () => {})).toEqual({ kind: 'none' });
  });
});

describe('stableId and canonical URLs', () => {
  it('uses site:jobId when there is an id', () => {
    expect(stableId({ site: 'greenhouse', jobId: '4012345', url: 'https://x.example/' })).toBe('greenhouse:4012345');
  });

  it('else the canonical URL: lowercased host, no hash, no tracking, sorted query', () => {
    const a = stableId({
      site: 'generic',
      jobId: null,
      url: 'https://Careers.Example.COM/jobs/1?b=2&utm_source=x&a=1&gclid=z&trk=q&refId=r&fbclid=f#apply',
    });
    const b = stableId({ site: 'generic', jobId: null, url: 'https://careers.example.com/jobs/1?a=1&b=2' });
    expect(a).toBe('url:https://careers.example.com/jobs/1?a=1&b=2');
    expect(a).toBe(b);
    expect(canonicalUrl('https://example.com/p?utm_medium=email')).toBe('https://example.com/p');
    expect(canonicalUrl('https://example.com/p?q=nurse')).toBe('https://example.com/p?q=nurse');
  });

  it('a link without a query keeps its path, loses its hash, and an empty "?" goes', () => {
    expect(canonicalUrl('https://Jobs.Example.COM/view/42/#top')).toBe('https://jobs.example.com/view/42/');
    expect(canonicalUrl('https://example.com/view/42?')).toBe('https://example.com/view/42');
    expect(canonicalUrl('https://example.com/view/42?#apply')).toBe('https://example.com/view/42');
    expect(canonicalUrl('not a url')).toBe('not a url');
  });
});

describe('cardText', () => {
  it('is the card element text, with fields it lacks in front', () => {
    const doc = parse(
      '<ul><li id="c"><h3>Line Cook</h3><p>Grill and fryer experience.</p><script>x=1</script></li></ul>',
    );
    const el = doc.getElementById('c')!;
    const t = cardText({
      element: el,
      badgeAnchor: el,
      jobId: null,
      title: 'Line Cook',
      company: 'Bistro',
      location: null,
      url: null,
    });
    expect(t).toBe('Bistro\nLine Cook\nGrill and fryer experience.');
  });
});
