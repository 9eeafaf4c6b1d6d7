// Generated test pages built from the shapes of the real sites (see tests/fixtures/sites for trimmed copies).

/** One signed-in LinkedIn search card, as in tests/fixtures/sites/linkedin/search-signedin.html. */
export function linkedinCard(id: number, title: string, company: string, location: string): string {
  return `<li class="jobs-search-results__list-item scaffold-layout__list-item" data-occludable-job-id="${id}">
  <div class="job-card-container" data-job-id="${id}">
    <div class="artdeco-entity-lockup">
      <div class="artdeco-entity-lockup__title"><a class="job-card-container__link job-card-list__title--link" href="/jobs/view/${id}/"><span aria-hidden="true"><strong>${title}</strong></span></a></div>
      <div class="artdeco-entity-lockup__subtitle"><span class="job-card-container__primary-description">${company}</span></div>
      <div class="artdeco-entity-lockup__caption"><ul class="job-card-container__metadata-wrapper"><li><span dir="ltr">${location}</span></li></ul></div>
    </div>
  </div>
</li>`;
}

const TITLES = [
  'Data Analyst (SQL, Excel)',
  'Python Developer',
  'Shift Supervisor — food safety, cash handling',
  'Warehouse Associate (forklift)',
  'Customer Service Representative',
  'Junior Frontend Engineer (React, TypeScript)',
  'Bookkeeper (QuickBooks)',
  'Registered Nurse (BLS)',
  'Office Administrator (Microsoft Office)',
  'DevOps Engineer (Kubernetes, Docker)',
];

export function linkedinCards(from: number, count: number): string {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    return linkedinCard(4100000000 + n, `${TITLES[n % TITLES.length]} #${n}`, `Company ${n}`, 'Berlin, Germany');
  }).join('\n');
}

/**
 * A LinkedIn search page with `count` cards that appends `more` cards each time it is scrolled to
 * the bottom (infinite scroll), like the real list.
 */
export function linkedinSearchPage(count: number, more: number): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Jobs | LinkedIn</title></head>
<body><div class="scaffold-layout__list"><ul class="scaffold-layout__list-container" id="list">
${linkedinCards(0, count)}
</ul></div>
<script>
  let next = ${count};
  const more = ${JSON.stringify(linkedinCards(count, more))};
  let loaded = false;
  window.addEventListener('scroll', () => {
    if (loaded || window.innerHeight + window.scrollY < document.body.scrollHeight - 50) return;
    loaded = true;
    document.getElementById('list').insertAdjacentHTML('beforeend', more);
  });
</script></body></html>`;
}

/** A posting page on a Greenhouse URL whose every field carries markup and script. */
export function hostilePosting(): string {
  const evil = `<img src=x onerror="alert('title')"><script>alert('t')</script>`;
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: `Data Analyst ${evil}`,
    description: `<p>We need SQL and Python.</p><script>alert('desc')</script><img src=y onerror="alert('d')"><iframe src="javascript:alert('f')"></iframe>`,
    hiringOrganization: { '@type': 'Organization', name: `Evil Corp <b onmouseover=alert('c')>x</b>` },
    jobLocation: { '@type': 'Place', address: { addressLocality: `<svg onload=alert('l')>Leeds` } },
  };
  // Keys that would pollute prototypes if the reader merged objects carelessly.
  const json = JSON.stringify(ld).replace(
    /^\{/,
    '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
  );
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Job</title>
<script type="application/ld+json">${json.replace(/</g, '\\u003c')}</script></head>
<body><h1 id="title">Data Analyst &lt;img src=x onerror="alert('h1')"&gt;</h1>
<div id="content"><p>Requirements: SQL, Python.</p></div>
<script>window.__pageSaw = () => document.querySelector('skillfit-panel')?.shadowRoot ?? null;</script>
</body></html>`;
}

/**
 * A styled LinkedIn-like search page (cards + the detail pane of the first job) for the README's
 * screenshots: what a user sees, with SkillFit's badges and panel on top.
 */
export function demoSearchPage(): string {
  const jobs: [number, string, string, string][] = [
    [4200000001, 'Junior Data Analyst', 'Northwind Foods', 'Leeds (Hybrid)'],
    [4200000002, 'Shift Supervisor', 'Blue Bottle Café', 'Leeds'],
    [4200000003, 'Operations Coordinator', 'Contoso Logistics', 'Bradford'],
    [4200000004, 'Customer Success Associate', 'Fabrikam Software', 'Remote (UK)'],
    [4200000005, 'Warehouse Team Lead', 'Tailspin Toys', 'Wakefield'],
  ];
  const cards = jobs.map(([id, t, c, l]) => linkedinCard(id, t, c, l)).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Jobs | LinkedIn</title>
<style>
  body { margin: 0; font: 14px/1.4 system-ui, sans-serif; background: #f4f2ee; color: #1f1f1f; }
  .top { background: #fff; border-bottom: 1px solid #ddd; padding: 10px 24px; font-weight: 700; color: #0a66c2; }
  .scaffold-layout { display: grid; grid-template-columns: 380px 1fr; gap: 16px; padding: 16px 24px; }
  .scaffold-layout__list ul { list-style: none; margin: 0; padding: 0; background: #fff; border-radius: 8px; }
  .scaffold-layout__list li[data-occludable-job-id] { padding: 12px 16px; border-bottom: 1px solid #eee; }
  .artdeco-entity-lockup__title a { color: #0a66c2; font-weight: 600; text-decoration: none; }
  .artdeco-entity-lockup__subtitle, .artdeco-entity-lockup__caption { color: #555; font-size: 13px; }
  .artdeco-entity-lockup__caption ul { list-style: none; padding: 0; margin: 0; }
  .scaffold-layout__detail { background: #fff; border-radius: 8px; padding: 16px 24px; }
  h1 { font-size: 22px; margin: 4px 0; }
</style></head>
<body><div class="top">in Jobs</div>
<div class="scaffold-layout">
  <div class="scaffold-layout__list"><ul class="scaffold-layout__list-container">${cards}</ul></div>
  <div class="scaffold-layout__detail jobs-search__job-details">
    <div class="jobs-search__job-details--container"><div class="jobs-details">
      <div class="job-details-jobs-unified-top-card__company-name"><a href="https://www.linkedin.com/company/northwind/">Northwind Foods</a></div>
      <div class="job-details-jobs-unified-top-card__job-title"><h1><a href="/jobs/view/4200000001/">Junior Data Analyst</a></h1></div>
      <div class="job-details-jobs-unified-top-card__primary-description-container"><span class="tvm__text">Leeds, England</span></div>
      <div class="jobs-description__content"><div class="jobs-box__html-content" id="job-details">
        <h2>About the job</h2>
        <p>Join our supply-chain team and turn store and warehouse data into decisions.</p>
        <p><strong>What you'll need</strong></p>
        <ul><li>2+ years of Excel, including pivot tables</li><li>SQL for reporting</li><li>Clear communication with store managers</li></ul>
        <p><strong>Nice to have</strong></p>
        <ul><li>Power BI or Tableau</li><li>Python</li></ul>
        <p>Full-time, hybrid. No degree required: we offer paid training.</p>
      </div></div>
    </div></div>
  </div>
</div></body></html>`;
}

/**
 * A Greenhouse board (the job-boards layout) listing `count` openings on one page, as big
 * employers' boards do: one department table, one row per job.
 */
export function greenhouseBoard(slug: string, count: number): string {
  const rows = Array.from({ length: count }, (_, i) => {
    const id = 5000000 + i;
    const title = `${TITLES[i % TITLES.length]} ${i + 1}`;
    return `<tr class="job-post"><td class="cell"><a href="https://job-boards.greenhouse.io/${slug}/jobs/${id}" target="_top"><p class="body body--medium">${title}</p><p class="body body__secondary body--metadata">Site ${i % 40}</p></a></td></tr>`;
  }).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Jobs at ${slug}</title></head>
<body><div id="root"><main class="main">
<div class="board__header"><h1 class="section-header">Current openings at ${slug}</h1></div>
<div class="job-posts"><div class="job-posts--table--department"><h3 class="section-header">All teams</h3>
<table><tbody>
${rows}
</tbody></table></div></div></main></div></body></html>`;
}
