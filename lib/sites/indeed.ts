/**
 * Indeed on every country domain (www., uk., ca., de., in.indeed.com …): job pages
 * /viewjob?jk={id}, search /jobs?q=… (and /q-…-jobs.html) whose right pane shows the job `vjk`,
 * or, on a first visit with no `vjk`, the first result (its key then comes from the pane itself).
 */
import type { Card, Posting, SiteAdapter } from './schema';
import { blockText, queryAll, queryFirst, textOf } from './dom';
import { jsonLdPosting } from './jsonld';
import { makeCard, nonEmpty, uniqueCards } from './cards';
import { cleanLine, cleanOrNull, inlineText } from './text';

const selectors = {
  /**
   * Title: the header's data-testid (h1 on job pages, h2 in the search pane); the pane's "simpler"
   * header of 2024 (`simpler-jobTitle`, an h2).
   */
  title: [
    '[data-testid="jobsearch-JobInfoHeader-title"]',
    '[data-testid="simpler-jobTitle"]',
    '.jobsearch-JobInfoHeader-title',
    'h1',
  ],
  /** Company of the header, by data-testid; the simpler header's has only its `jobsearch-` class. */
  company: [
    '[data-testid="inlineHeader-companyName"]',
    '[data-company-name="true"]',
    '[data-testid="jobsearch-CompanyInfoContainer"] a',
    '.jobsearch-JobInfoHeader-companyNameSimple',
  ],
  location: [
    '[data-testid="inlineHeader-companyLocation"]',
    '[data-testid="job-location"]',
    '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
  ],
  /** Description: `#jobDescriptionText` (an id, unchanged for years). */
  description: ['#jobDescriptionText'],
  /** Job type: the salary/type line (`#salaryInfoAndJobType`) or the "Job type" details group. */
  jobType: [
    '#salaryInfoAndJobType span',
    '[aria-label="Job type"] [data-testid="list-item"]',
    '[aria-label="Job type"] li',
  ],
  /** The search page's right pane. */
  detailPane: ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-RightPane', '#vjs-container'],
  /**
   * The pane's own job key: its Indeed Apply widget's attribute, else its "Apply on company site"
   * link (/applystart?jk=…). Not any link with a key: a pane may list similar jobs.
   */
  paneJobKey: '[data-indeed-apply-jk]',
  paneJobLink: 'a[href*="/applystart?"]',
  /** Cards: each result's title link carries `data-jk` (the job key). */
  cardLink: ['a[data-jk]'],
  card: ['li', '.job_seen_beacon', '.result'],
  cardTitle: ['span[title]', 'span'],
  cardCompany: ['[data-testid="company-name"]', '.companyName'],
  cardLocation: ['[data-testid="text-location"]', '.companyLocation'],
} as const;

const JK = /^[0-9a-f]{16}$/i;
const EMPLOYMENT =
  /\b(?:full[- ]time|part[- ]time|contract|temporary|internship|permanent|apprenticeship|vollzeit|teilzeit|befristet|festanstellung)\b/i;
const viewUrl = (url: URL, jk: string): string => `${url.origin}/viewjob?jk=${jk}`;

/** Indeed appends a hidden " - job post" to the heading for screen readers. */
const cleanTitle = (t: string): string => t.replace(/\s*-\s*job post\s*$/i, '');

function employmentType(root: ParentNode): string | null {
  for (const el of queryAll(root, selectors.jobType)) {
    const t = inlineText(el).replace(/^[-–·\s]+/, '');
    if (EMPLOYMENT.test(t)) return t;
  }
  return null;
}

function readJob(root: ParentNode, jobId: string | null, url: string): Posting {
  const titleEl = queryFirst(root, selectors.title);
  const title = titleEl ? cleanTitle(inlineText(titleEl)) : '';
  if (!title) throw new Error('indeed: no job title');
  const description = queryFirst(root, selectors.description);
  if (!description) throw new Error('indeed: no #jobDescriptionText');
  return {
    site: 'indeed',
    jobId,
    url,
    title,
    company: textOf(root, selectors.company),
    location: textOf(root, selectors.location),
    description: blockText(description),
    datePosted: null,
    employmentType: employmentType(root),
  };
}

/**
 * The key of the job in the right pane. The pane names its own job (its Indeed Apply widget, its
 * apply link); the URL's `vjk` names the job the user picked. When both are there and differ, the
 * pane still shows the previous job: nothing is read until it catches up. On a first visit Indeed
 * opens the first result with no `vjk`; with no key in the pane either, the one card whose title
 * is the pane's names it.
 */
function paneJobKey(doc: Document, pane: Element, url: URL, title: string): string | null {
  const valid = (k: string | null | undefined): string | null => {
    const key = (k ?? '').toLowerCase();
    return JK.test(key) ? key : null;
  };
  const fromLinks = queryAll(pane, selectors.paneJobLink).map((a) => {
    try {
      return valid(new URL(a.getAttribute('href') ?? '', url).searchParams.get('jk'));
    } catch {
      return null;
    }
  });
  const own =
    valid(pane.querySelector(selectors.paneJobKey)?.getAttribute('data-indeed-apply-jk')) ?? fromLinks.find(Boolean);
  const picked = valid(url.searchParams.get('vjk'));
  if (own && picked && own !== picked) return null;
  if (own ?? picked) return own ?? picked;
  const same = queryAll(doc, selectors.cardLink).filter(
    (a) => cleanLine(queryFirst(a, selectors.cardTitle)?.getAttribute('title') ?? inlineText(a)) === title,
  );
  return same.length === 1 ? valid(same[0]!.getAttribute('data-jk')) : null;
}

export default {
  id: 'indeed',
  label: 'Indeed',
  matches: ['https://*.indeed.com/*'],
  examples: {
    posting: [
      'https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789',
      'https://uk.indeed.com/viewjob?jk=1234abcd5678ef90&from=serp',
      'https://de.indeed.com/m/viewjob?jk=fedcba9876543210',
    ],
    list: [
      'https://www.indeed.com/jobs?q=python&l=Austin%2C+TX&vjk=0a1b2c3d4e5f6789',
      'https://ca.indeed.com/jobs?q=cashier&l=Toronto',
      'https://in.indeed.com/q-data-analyst-jobs.html',
      'https://de.indeed.com/Jobs?q=pflege',
    ],
    none: [
      'https://www.indeed.com/',
      'https://www.indeed.com/career-advice/resumes-cover-letters/how-to-write-a-resume',
    ],
  },
  priority: 10,
  detect(_doc, url) {
    if (/^\/(?:m\/)?viewjob\/?$/i.test(url.pathname) && JK.test(url.searchParams.get('jk') ?? '')) return 'posting';
    if (/^\/(?:m\/)?jobs\/?$/i.test(url.pathname) || /^\/q-[^/]+-jobs\.html$/i.test(url.pathname)) return 'list';
    return null;
  },
  extract(doc, url): Posting {
    const jk = url.searchParams.get('jk');
    const jobId = jk && JK.test(jk) ? jk.toLowerCase() : null;
    const fromLd = jsonLdPosting(doc, url, 'indeed');
    if (fromLd) return { ...fromLd, jobId, url: jobId ? viewUrl(url, jobId) : fromLd.url };
    return readJob(doc, jobId, jobId ? viewUrl(url, jobId) : `${url.origin}${url.pathname}`);
  },
  cards(doc, url) {
    const cards = queryAll(doc, selectors.cardLink).flatMap((link): Card[] => {
      const jk = cleanLine(link.getAttribute('data-jk')).toLowerCase();
      if (!JK.test(jk)) return [];
      const element =
        selectors.card.map((s) => link.parentElement?.closest(s) ?? null).find((el) => el !== null) ?? link;
      const titleEl = queryFirst(link, selectors.cardTitle);
      const title = cleanOrNull(titleEl?.getAttribute('title')) ?? inlineText(titleEl ?? link);
      return [
        makeCard(
          {
            element,
            badgeAnchor: link,
            jobId: jk,
            title,
            company: textOf(element, selectors.cardCompany),
            location: textOf(element, selectors.cardLocation),
            href: viewUrl(url, jk),
          },
          url,
        ),
      ];
    });
    return nonEmpty(uniqueCards(cards), 'indeed');
  },
  detail(doc, url) {
    const pane = queryFirst(doc, selectors.detailPane);
    // A pane still loading (no heading yet) is not a failure: the content script re-reads later.
    const titleEl = pane && queryFirst(pane, selectors.title);
    if (!pane || !titleEl) return null;
    const jk = paneJobKey(doc, pane, url, cleanTitle(inlineText(titleEl)));
    return jk ? readJob(pane, jk, viewUrl(url, jk)) : null;
  },
} satisfies SiteAdapter;
