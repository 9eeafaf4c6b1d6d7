import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { postingColumn } from '@/lib/content/room';

const page = (body: string) =>
  parseHTML(`<!DOCTYPE html><html><body>${body}</body></html>`).document as unknown as Document;

describe('postingColumn', () => {
  it("finds the element holding the posting's text, not the one line where it starts nor the whole page", () => {
    const doc = page(`<nav>Jobs  Companies</nav><main><aside>Similar jobs</aside>
      <section id="col"><h2>About the job</h2><p>Join our supply-chain team and turn data into decisions.</p>
      <ul><li>2+ years of Excel</li><li>SQL for reporting</li></ul></section></main>`);
    const description =
      'About the job\nJoin our supply-chain team and turn data into decisions.\n2+ years of Excel\nSQL for reporting';
    expect(postingColumn(doc, description)?.id).toBe('col');
  });

  it('is null when the text is not on the page', () => {
    expect(
      postingColumn(page('<p>Something else entirely here</p>'), 'A posting read from a feed, not this page'),
    ).toBeNull();
    expect(postingColumn(page('<p>x</p>'), '')).toBeNull();
  });
});
