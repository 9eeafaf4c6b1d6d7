/**
 * Hostile pages read in bounded time (part of `npm run bench`): a 5 MB career page without
 * structured data, a 5 MB search page with 8,000 cards, and 5,000 levels of nesting in a posting and
 * around a whole page. tests/unit/sites/hostile.test.ts checks what these pages read as; this prints
 * how long reading them takes (parsed with linkedom, as `scan --html` does; median of 3 runs).
 */

/** A 5 MB career page without structured data: read from its text. */
export function bigCareerPage(): { html: string; url: string } {
  const para = '<p>Prepare ingredients, keep the station clean and follow food safety rules every shift.</p>';
  const html = `<html><head><title>Cook</title></head><body><main><h1>Cook</h1><h2>Responsibilities</h2><h2>Requirements</h2><p>Full-time</p>${para.repeat(Math.ceil(5_000_000 / para.length))}<a href="/apply">Apply now</a></main></body></html>`;
  return { html, url: 'https://www.example.com/careers/cook' };
}

/** A 5 MB LinkedIn search page with 8,000 cards. */
export function bigSearchPage(): { html: string; url: string } {
  const card = (i: number) =>
    `<li data-occludable-job-id="${4000000000 + i}"><div data-job-id="${4000000000 + i}"><a class="job-card-list__title--link" href="/jobs/view/${4000000000 + i}/"><strong>Job ${i}</strong></a><div class="artdeco-entity-lockup__subtitle">Co ${i}</div><div class="artdeco-entity-lockup__caption">Remote</div><p>${'filler text '.repeat(40)}</p></div></li>`;
  const html = `<html><body><ul>${Array.from({ length: 8000 }, (_, i) => card(i)).join('')}</ul></body></html>`;
  return { html, url: 'https://www.linkedin.com/jobs/search/?keywords=x' };
}

/** A Greenhouse posting whose description is 5,000 levels deep. */
export function deepPosting(): { html: string; url: string } {
  const deep = '<div>'.repeat(5000) + 'deep text' + '</div>'.repeat(5000);
  const html = `<html><body><div id="header"><h1 class="app-title">Deep</h1></div><div id="content">${deep}</div></body></html>`;
  return { html, url: 'https://boards.greenhouse.io/acme/jobs/1' };
}

/** A page of another site nested 5,000 levels deep, holding no posting. */
export function deepPage(): { html: string; url: string } {
  const html = `<html><body>${'<section>'.repeat(5000)}<h1>Nothing</h1>${'</section>'.repeat(5000)}</body></html>`;
  return { html, url: 'https://www.example.com/jobs/1' };
}

/** Prints one line per hostile page: how long the readers take (target < 3 s each), and the parse before. */
export async function benchHostile(): Promise<void> {
  // Loaded here, not at the top, so that importing this module costs bench.ts's cold start nothing.
  const { parseHTML } = await import('linkedom');
  const { readPage } = await import('../../lib/sites/index');
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
  const pages: [string, { html: string; url: string }][] = [
    ['5 MB career page, no structured data', bigCareerPage()],
    ['5 MB search page, 8,000 cards', bigSearchPage()],
    ['posting 5,000 levels deep', deepPosting()],
    ['page 5,000 levels deep', deepPage()],
  ];
  for (const [label, { html, url }] of pages) {
    const parse: number[] = [];
    const read: number[] = [];
    let kind = '';
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const { document } = parseHTML(html);
      const t1 = performance.now();
      kind = readPage(document as unknown as Document, url, () => {}).kind;
      parse.push(t1 - t0);
      read.push(performance.now() - t1);
    }
    console.log(
      `hostile page, ${label} (${(html.length / 1e6).toFixed(1)} MB): read as ${kind} in ${median(read).toFixed(0)} ms (target < 3 s), parsed by linkedom in ${median(parse).toFixed(0)} ms`,
    );
  }
}
