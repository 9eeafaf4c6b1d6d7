// Hostile pages: markup in titles and JSON-LD fields, prototype-pollution keys, a 5 MB page,
// 5,000-level nesting. Output stays plain text, nothing is polluted, huge and deep pages are read.
import { describe, expect, it } from 'vitest';
import { PostingSchema, readPage, type PageReading, type Posting } from '../../../lib/sites/index';
import { MAX_DESCRIPTION, capDescription } from '../../../lib/sites/schema';
import { feeds, readFeed } from '../../../lib/sites/feeds';
import { contentProtocol } from '../../../lib/messaging/content-protocol';
import { bigCareerPage, bigSearchPage, deepPage, deepPosting } from '../../../scripts/bench/hostile';
import { readHtml } from '../../../scripts/read-html';
import { parse } from './helpers';

const TAG = /<\/?[a-zA-Z][^>]*>/;
const strings = (p: Posting): string[] =>
  [p.title, p.company, p.location, p.description, p.jobId, p.datePosted, p.employmentType].filter(
    (s): s is string => typeof s === 'string',
  );
const postingOf = (r: PageReading): Posting => {
  if (r.kind !== 'posting') throw new Error(`expected a posting, got ${r.kind}`);
  return r.posting;
};

describe('markup in page data', () => {
  it('JSON-LD fields with tags, scripts and escaped markup come out as plain text', () => {
    const ld = {
      '@type': 'JobPosting',
      title: '<img src=x onerror=alert(1)>Chef <script>alert("t")</script>de partie',
      hiringOrganization: { name: '&lt;b&gt;Bistro&lt;/b&gt; <iframe src="https://evil.example"></iframe>' },
      jobLocation: [
        { address: { addressLocality: '<b onmouseover=alert(1)>Lyon</b>' } },
        { address: '<svg onload=alert(1)>Paris' },
      ],
      employmentType: '<b>FULL_TIME</b>',
      identifier: '<i>42</i>',
      description:
        '<p>Cook.</p><style>p{color:red}</style><script>steal()</script>&lt;script&gt;alert(2)&lt;/script&gt;<p>Clean.</p>',
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script></head><body></body></html>`;
    const p = postingOf(readHtml(html, 'https://careers.example.com/jobs/42'));
    for (const s of strings(p)) expect(s).not.toMatch(TAG);
    expect(p.title).toBe('Chef de partie');
    expect(p.company).toBe('Bistro');
    // An unclosed <svg> swallows the rest of its string, as in a browser; no markup survives.
    expect(p.location).toBe('Lyon');
    expect(p.jobId).toBe('42');
    expect(p.employmentType).toBe('Full-time');
    expect(p.description).not.toMatch(/steal|color:red/);
    expect(p.description.split('\n')[0]).toBe('Cook.');
  });

  it('DOM titles with markup (site adapter path) come out as plain text', () => {
    const html = `<html><head><title>Job Application for X at Y</title></head><body><div id="header">
      <h1 class="app-title">Barista <script>document.cookie</script>&lt;img src=x onerror=alert(1)&gt;<style>h1{}</style></h1>
      <span class="company-name">at <b>Bean</b> &lt;script&gt;x()&lt;/script&gt;Co</span><div class="location">Oslo</div></div>
      <div id="content"><p>Pull shots.</p><noscript><img src=x></noscript><template><p>hidden</p></template></div></body></html>`;
    const r = readHtml(html, 'https://boards.greenhouse.io/bean/jobs/77');
    const p = postingOf(r);
    expect(r.kind === 'posting' && r.adapter).toBe('greenhouse');
    for (const s of strings(p)) expect(s).not.toMatch(TAG);
    expect(p.title).toBe('Barista');
    // Escaped markup is text the page shows: the tags go, the words stay.
    expect(p.company).toBe('Bean x() Co');
    expect(p.description).toBe('Pull shots.');
  });
});

describe('prototype pollution', () => {
  it('__proto__, constructor and prototype keys in JSON-LD pollute nothing', () => {
    const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    const json = `[{"__proto__":{"polluted":"yes","@type":"JobPosting","title":"Ghost"}},
      {"@type":"JobPosting","title":"Real","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},
       "prototype":{"polluted":"yes"},"hiringOrganization":{"__proto__":{"name":"Evil"},"name":"Good"},
       "jobLocation":{"__proto__":{"address":"Evil"},"address":{"addressLocality":"Oslo","__proto__":{"addressRegion":"X"}}},
       "@graph":[{"__proto__":{"polluted":"yes"}}]}]`;
    const p = postingOf(
      readHtml(
        `<html><head><script type="application/ld+json">${json}</script></head><body></body></html>`,
        'https://careers.example.com/jobs/1',
      ),
    );
    expect(p.title).toBe('Real');
    expect(p.company).toBe('Good');
    expect(p.location).toBe('Oslo');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeys);
    expect(Object.prototype.constructor).toBe(Object);
  });

  it('a JobPosting hidden under __proto__ is not a posting', () => {
    const html = `<html><head><script type="application/ld+json">{"__proto__":{"@type":"JobPosting","title":"Ghost"}}</script></head><body><p>Hello</p></body></html>`;
    expect(readHtml(html, 'https://www.example.com/').kind).toBe('none');
  });
});

// How long these take is printed by `npm run bench` (scripts/bench/hostile.ts), not asserted here;
// the timeout only stops a reader that never ends (parsing 5 MB alone takes seconds on a busy machine).
describe('huge and deep pages', { timeout: 60_000 }, () => {
  it('a 5 MB career page without structured data is read from its text', () => {
    const { html, url } = bigCareerPage();
    expect(html.length).toBeGreaterThan(5_000_000);
    expect(postingOf(readPage(parse(html), url, () => {})).title).toBe('Cook');
  });

  it('a 5 MB search page yields every one of its cards', () => {
    const { html, url } = bigSearchPage();
    expect(html.length).toBeGreaterThan(5_000_000);
    const r = readPage(parse(html), url, () => {});
    expect(r.kind === 'list' && r.cards.length).toBe(8000);
  });

  it('a 5 MB one-line description is cut where it enters, and the cut is said', () => {
    const line = 'Stack shelves and serve customers with a smile. '.repeat(110_000);
    expect(line.length).toBeGreaterThan(5_000_000);
    const ld = JSON.stringify({ '@type': 'JobPosting', title: 'Store Assistant', description: line });
    // From a page (the adapters' output)…
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body></body></html>`;
    const p = postingOf(readHtml(html, 'https://careers.example.com/jobs/7'));
    expect(p.description.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
    expect(p.description.length).toBeGreaterThan(MAX_DESCRIPTION - 2000);
    expect(p.truncated).toBe(true);
    expect(line.startsWith(p.description)).toBe(true);
    // …from a board's feed…
    const job = {
      id: 1,
      title: 'Store Assistant',
      absolute_url: 'https://boards.greenhouse.io/a/jobs/1',
      content: line,
    };
    const [fromFeed] = readFeed(feeds.greenhouse!, { jobs: [job] }).postings;
    expect(fromFeed!.description.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
    expect(fromFeed!.truncated).toBe(true);
    // …and a message carrying more is refused before the background reads it.
    const uncut = { ...p, description: line };
    expect(PostingSchema.safeParse(uncut).success).toBe(false);
    expect(contentProtocol['page.analyze'].req.safeParse({ posting: uncut }).success).toBe(false);
    expect(contentProtocol['page.analyze'].req.safeParse({ posting: p }).success).toBe(true);
  });

  it('capDescription leaves short texts alone and never splits a character', () => {
    const short = { description: 'Short.' };
    expect(capDescription(short)).toBe(short);
    const emoji: { description: string; truncated?: boolean } = { description: '🍞'.repeat(MAX_DESCRIPTION) };
    const cut = capDescription(emoji);
    expect(cut.truncated).toBe(true);
    expect(cut.description.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
    expect(cut.description).toBe('🍞'.repeat(cut.description.length / 2));
  });

  it('5,000 levels of nesting in the description, and around the whole page', () => {
    const posting = deepPosting();
    expect(postingOf(readHtml(posting.html, posting.url)).description).toBe('deep text');
    const page = deepPage();
    expect(readHtml(page.html, page.url).kind).toBe('none');
  });
});
