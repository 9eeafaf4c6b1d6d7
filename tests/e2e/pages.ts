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
  'Data Analyst (SQL, Excel)', 'Python Developer', 'Shift Supervisor — food safety, cash handling', 'Warehouse Associate (forklift)',
  'Customer Service Representative', 'Junior Frontend Engineer (React, TypeScript)', 'Bookkeeper (QuickBooks)', 'Registered Nurse (BLS)',
  'Office Administrator (Microsoft Office)', 'DevOps Engineer (Kubernetes, Docker)',
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
  const json = JSON.stringify(ld).replace(/^\{/, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Job</title>
<script type="application/ld+json">${json.replace(/</g, '\\u003c')}</script></head>
<body><h1 id="title">Data Analyst &lt;img src=x onerror="alert('h1')"&gt;</h1>
<div id="content"><p>Requirements: SQL, Python.</p></div>
<script>window.__pageSaw = () => document.querySelector('skillfit-panel')?.shadowRoot ?? null;</script>
</body></html>`;
}
