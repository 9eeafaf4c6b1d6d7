// Plain-text helpers and the structured-data readers in isolation.
import { describe, expect, it } from 'vitest';
import { decodeEntities, elementText, htmlToText } from '../../../lib/sites/text';
import { jsonLdPosting, parseJsonLenient } from '../../../lib/sites/jsonld';
import { microdataPosting } from '../../../lib/sites/microdata';
import { jobSignals, looksLikePosting, mainText } from '../../../lib/sites/pagetext';
import { parse } from './helpers';

describe('decodeEntities / htmlToText', () => {
  it('decodes named, decimal and hex references and leaves unknown ones', () => {
    expect(decodeEntities('R&amp;D &lt;3 &#233;t&#xE9; &nbsp;&hellip; &bogus; &#0;')).toBe('R&D <3 été  … &bogus; ');
  });

  it('turns blocks into lines and drops scripts, styles and comments', () => {
    expect(
      htmlToText(
        '<h2>Role</h2>\n<p>Cook\n  food</p><ul><li>A</li><li>B<br>C</li></ul><!-- x --><script>bad()</script><style>.a{}</style>',
      ),
    ).toBe('Role\nCook food\nA\nB\nC');
  });

  it('unescapes HTML-escaped markup once, and keeps plain-text newlines', () => {
    expect(htmlToText('&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two &amp;amp; three&lt;/p&gt;')).toBe('One\nTwo & three');
    expect(htmlToText('Line one\nLine two')).toBe('Line one\nLine two');
    expect(htmlToText('a < b and c > d')).toBe('a < b and c > d');
  });

  it('elementText skips hidden elements and keeps inline text on one line', () => {
    const doc = parse(
      '<div id="r"><p>Hello <b>big</b> world</p><p hidden>secret</p><span aria-hidden="true">icon</span><div>Next</div></div>',
    );
    expect(elementText(doc.getElementById('r')!)).toBe('Hello big world\nNext');
  });
});

describe('JSON-LD reader', () => {
  it('parses JSON with raw newlines inside strings, and rejects garbage', () => {
    expect(parseJsonLenient('{"a":"x\ny"}')).toEqual({ a: 'x\ny' });
    expect(parseJsonLenient('<!-- {"a":1} -->')).toEqual({ a: 1 });
    expect(parseJsonLenient('{ nope')).toBeUndefined();
  });

  it('reads @type arrays with schema.org prefixes and uses the first valid block', () => {
    const doc = parse(`<script type="application/ld+json">{"@type":"WebSite","name":"x"}</script>
      <script type="application/ld+json">{"@type":["schema:JobPosting"],"title":"Nurse","jobLocationType":"TELECOMMUTE","employmentType":["CONTRACTOR","CONTRACTOR"]}</script>`);
    const p = jsonLdPosting(doc, new URL('https://x.example/j#top'), 'generic');
    expect(p).toMatchObject({
      title: 'Nurse',
      location: 'Remote',
      employmentType: 'Contract',
      url: 'https://x.example/j',
      company: null,
    });
  });

  it('ignores a JobPosting without a title', () => {
    const doc = parse(`<script type="application/ld+json">{"@type":"JobPosting","description":"x"}</script>`);
    expect(jsonLdPosting(doc, new URL('https://x.example/'), 'generic')).toBeNull();
  });
});

describe('microdata reader', () => {
  it('does not take a nested item’s name for the posting title', () => {
    const doc = parse(
      `<div itemscope itemtype="http://schema.org/JobPosting"><div itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization"><span itemprop="name">Org</span></div><h1 itemprop="title">Porter</h1><div itemprop="description"><p>Carry bags.</p></div></div>`,
    );
    expect(microdataPosting(doc, new URL('https://x.example/'), 'generic')).toMatchObject({
      title: 'Porter',
      company: 'Org',
      description: 'Carry bags.',
    });
  });
});

describe('page-text job signals', () => {
  const signals = (html: string, url: string) => {
    const doc = parse(`<!DOCTYPE html><html>${html}</html>`);
    return jobSignals(doc, new URL(url), mainText(doc));
  };

  it('needs two description sections plus two other signals', () => {
    const body =
      '<h1>Porter</h1><h2>Responsibilities</h2><h2>Requirements</h2><p>Full-time</p><a href="/a">Apply now</a>';
    expect(looksLikePosting(signals(`<body>${body}</body>`, 'https://x.example/careers/porter'))).toBe(true);
    // The same text at a non-job path still has apply + employment words: enough.
    expect(looksLikePosting(signals(`<body>${body}</body>`, 'https://x.example/porter'))).toBe(true);
    // Without the apply link and off a job path, employment words alone are not enough.
    expect(
      looksLikePosting(
        signals(
          '<body><h1>P</h1><h2>Responsibilities</h2><h2>Requirements</h2><p>Full-time</p></body>',
          'https://x.example/p',
        ),
      ),
    ).toBe(false);
    // A careers landing page with apply links but no description sections is not one posting.
    expect(
      looksLikePosting(
        signals(
          '<body><h1>Careers</h1><a href="/a">Apply now</a><p>Full-time roles</p></body>',
          'https://x.example/careers',
        ),
      ),
    ).toBe(false);
    // An article never is.
    expect(
      looksLikePosting(
        signals(
          `<head><meta property="og:type" content="article"></head><body>${body}</body>`,
          'https://x.example/careers/porter',
        ),
      ),
    ).toBe(false);
  });

  it('only the URL path counts, not a search query', () => {
    expect(signals('<body></body>', 'https://x.example/search?q=jobs').path).toBe(false);
    expect(signals('<body></body>', 'https://x.example/jobs/123').path).toBe(true);
  });
});
