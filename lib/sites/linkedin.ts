/**
 * LinkedIn jobs: job view pages (/jobs/view/{id}), search results (/jobs/search/…), collections
 * (/jobs/collections/…) and the guest search's keyword pages on every country host
 * (it.linkedin.com/jobs/python-offerte-di-lavoro), in the guest (signed-out) and signed-in layouts,
 * plus the signed-in job view's server-driven layout of 2025 (hashed classes, no JSON-LD), and the
 * guest fragments the signed-out pages load as you scroll (/jobs-guest/jobs/api/…). On search and
 * collection pages with `currentJobId` the app shows that job in a detail pane: read as `detail`.
 */
import type { Card, Posting, SiteAdapter } from './schema';
import { blockText, pageUrl, queryAll, queryFirst, textOf } from './dom';
import { jsonLdPosting } from './jsonld';
import { makeCard, nonEmpty, uniqueCards } from './cards';
import { companyFromTitle, pickCompany } from './company';
import { cleanLine, cleanOrNull, inlineText } from './text';

const selectors = {
  /** Job title: signed-in unified top card; guest top card; any h1 last. */
  title: [
    '.job-details-jobs-unified-top-card__job-title h1',
    '.jobs-unified-top-card__job-title',
    '.top-card-layout__title',
    '.topcard__title',
    'h1',
  ],
  /** Company: signed-in top card link; guest org link (its tracking name is a stable hook). */
  company: [
    '.job-details-jobs-unified-top-card__company-name',
    '[data-tracking-control-name="public_jobs_topcard-org-name"]',
    '.topcard__org-name-link',
    '.jobs-unified-top-card__company-name',
  ],
  /** Location: first low-emphasis item of the signed-in description line; guest bullet flavor. */
  location: [
    '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
    '.job-details-jobs-unified-top-card__bullet',
    '.topcard__flavor--bullet',
    '.jobs-unified-top-card__bullet',
  ],
  /** Description: signed-in `#job-details` (an id); guest show-more markup. */
  description: ['#job-details', '.jobs-description__content', '.show-more-less-html__markup', '.description__text'],
  /** Guest criteria list: "Employment type" → "Full-time". */
  criteria: '.description__job-criteria-item',
  criteriaLabel: ['.description__job-criteria-subheader', 'h3'],
  criteriaValue: ['.description__job-criteria-text', 'span'],
  /** The SPA's detail pane on search/collections pages (signed-in; guest details pane). */
  detailPane: [
    '.jobs-search__job-details--container',
    '.scaffold-layout__detail',
    '.jobs-details',
    '.details-pane__content',
  ],
  /** Cards: signed-in `data-occludable-job-id` / `data-job-id`; guest `data-entity-urn`. */
  card: ['li[data-occludable-job-id]', '[data-job-id]', '[data-entity-urn*="jobPosting:"]'],
  cardTitle: [
    '.job-card-list__title--link',
    '.job-card-container__link',
    '.base-search-card__title',
    'a[href*="/jobs/view/"]',
  ],
  cardCompany: [
    '.artdeco-entity-lockup__subtitle',
    '.job-card-container__primary-description',
    '.base-search-card__subtitle',
    '.job-card-container__company-name',
  ],
  cardLocation: [
    '.job-card-container__metadata-wrapper li',
    '.job-card-container__metadata-item',
    '.artdeco-entity-lockup__caption',
    '.job-search-card__location',
  ],
  /**
   * The signed-in job view's server-driven layout (2025): its classes are hashed per build, so only
   * LinkedIn's own component names anchor it. The screen, the job's detail column…
   */
  sduiScreen: '[data-sdui-screen$=".JobDetails"], [data-view-name="job-detail-page"]',
  sduiDetail: ['[data-view-name="job-detail-page"]', '[data-sdui-screen$=".JobDetails"]'],
  /** …the "About the job" component (keyed by the job id) and its expandable text… */
  sduiDescription: [
    '[componentkey^="JobDetails_AboutTheJob_"] [data-testid="expandable-text-box"]',
    '[data-sdui-component$=".aboutTheJob"] [data-testid="expandable-text-box"]',
  ],
  /** …the employer's page link in the top card; its line "City, Region, Country · 1 day ago · …". */
  sduiCompany: ['a[href*="/company/"]'],
  sduiFacts: 'p',
} as const;

const VIEW_PATH = /^\/jobs\/view\/(?:[^/]*?-)?(\d{6,})\/?$/;
/** The guest job fragment the signed-out search shows in its detail pane. */
const GUEST_POSTING_PATH = /^\/jobs-guest\/jobs\/api\/jobPosting\/(\d{6,})\/?$/;
/** The next page of guest search cards, fetched as the signed-out search page is scrolled. */
const GUEST_CARDS_PATH = /^\/jobs-guest\/jobs\/api\/seeMoreJobPostings\//;
const SEARCH_PATH = /^\/jobs\/(?:search|search-results|collections)(?:\/|$)/;
/**
 * The guest keyword pages: `/jobs/{keyword}-{jobs}[-{place}]`, with "jobs" in the host's language
 * (it: offerte-di-lavoro, fr: emplois, es: empleos, pt/br: vagas, empregos, nl: vacatures, sv: jobb…).
 */
const KEYWORD_PATH =
  /^\/jobs\/[^/]+-(?:jobs|offerte-di-lavoro|emplois|empleos|vagas|empregos|vacatures|stellenangebote|jobb|jobber|praca|oferty-pracy)(?:-[^/]+)?\/?$/;
/** Other /jobs/{x} routes of the signed-in app: never a keyword page. */
const APP_ROUTES = new Set(['view', 'search', 'search-results', 'collections', 'tracker', 'post', 'preferences']);
const viewUrl = (id: string): string => `https://www.linkedin.com/jobs/view/${id}/`;
const postingIdOf = (url: URL): string | null =>
  VIEW_PATH.exec(url.pathname)?.[1] ?? GUEST_POSTING_PATH.exec(url.pathname)?.[1] ?? null;

/** Title text: signed-in links hide a <strong> copy from the a11y tree, so read it directly. */
function titleText(el: Element): string {
  return (
    cleanLine(el.querySelector('strong')?.textContent) ||
    inlineText(el) ||
    cleanLine(el.getAttribute('aria-label')) ||
    cleanLine(el.textContent)
  );
}

function criterion(root: ParentNode, label: RegExp): string | null {
  for (const item of queryAll(root, selectors.criteria)) {
    if (label.test(textOf(item, selectors.criteriaLabel) ?? '')) return textOf(item, selectors.criteriaValue);
  }
  return null;
}

/** The posting fields read from a top card + description inside `root` (page or detail pane). */
function readTopCard(root: ParentNode, jobId: string | null, url: string): Posting {
  const titleEl = queryFirst(root, selectors.title);
  const title = titleEl ? titleText(titleEl) : '';
  if (!title) throw new Error('linkedin: no job title');
  const description = queryFirst(root, selectors.description);
  if (!description) throw new Error('linkedin: no description');
  return {
    site: 'linkedin',
    jobId,
    url,
    title,
    company: textOf(root, selectors.company),
    location: textOf(root, selectors.location),
    description: blockText(description).replace(/^About the job\n/, ''),
    datePosted: null,
    employmentType: criterion(root, /employment type/i),
  };
}

/**
 * The server-driven job view: no JSON-LD and no stable classes. The tab's title carries the job and
 * the employer ("Graduate Data Engineer | Flow Traders | LinkedIn"); the description is the "About
 * the job" component's text; the employer's link confirms the company.
 */
function readSdui(doc: Document, jobId: string | null, url: string): Posting {
  const detail = queryFirst(doc, selectors.sduiDetail) ?? doc;
  const description = queryFirst(doc, selectors.sduiDescription);
  if (!description) throw new Error('linkedin: no "About the job" text');
  const company = pickCompany([textOf(detail, selectors.sduiCompany)]);
  const tabTitle = cleanLine(doc.querySelector('title')?.textContent).replace(/^\(\d+\+?\)\s*/, '');
  const parts = tabTitle.split(' | ');
  // "Title | Company | LinkedIn": the title is what stands before the employer's name.
  const at = company ? parts.indexOf(company) : -1;
  const title = cleanLine((at > 0 ? parts.slice(0, at) : parts.slice(0, 1)).join(' | '));
  if (!title || /^linkedin$/i.test(title)) throw new Error('linkedin: no job title');
  return {
    site: 'linkedin',
    jobId,
    url,
    title,
    company: company ?? companyFromTitle(doc, title),
    location: sduiLocation(detail, title),
    description: blockText(description),
    datePosted: null,
    employmentType: null,
  };
}

/** The first part of the "City, Region, Country · 1 day ago · …" line after the title, if any. */
function sduiLocation(detail: ParentNode, title: string): string | null {
  let afterTitle = false;
  for (const p of queryAll(detail, selectors.sduiFacts)) {
    const text = inlineText(p);
    if (!afterTitle) {
      afterTitle = text === title;
      continue;
    }
    return text.includes(' · ') ? cleanOrNull(text.split(' · ')[0]) : null;
  }
  return null;
}

function cardOf(el: Element, base: URL): Card | null {
  const id =
    el.getAttribute('data-occludable-job-id') ??
    el.getAttribute('data-job-id') ??
    /jobPosting:(\d+)/.exec(el.getAttribute('data-entity-urn') ?? '')?.[1] ??
    null;
  const titleEl = queryFirst(el, selectors.cardTitle);
  // Occluded (virtualised) cards are empty shells until scrolled into view: skip them.
  const title = titleEl ? titleText(titleEl) : '';
  if (!id || !title) return null;
  return makeCard(
    {
      element: el,
      badgeAnchor: titleEl!,
      jobId: id,
      title,
      company: textOf(el, selectors.cardCompany),
      location: textOf(el, selectors.cardLocation),
      href: viewUrl(id),
    },
    base,
  );
}

export default {
  id: 'linkedin',
  label: 'LinkedIn',
  matches: ['https://www.linkedin.com/*', 'https://*.linkedin.com/jobs/*', 'https://*.linkedin.com/jobs-guest/*'],
  examples: {
    posting: [
      'https://www.linkedin.com/jobs/view/3912345678/',
      'https://www.linkedin.com/jobs/view/senior-software-engineer-at-acme-3912345678?trk=public_jobs_topcard-title',
      'https://uk.linkedin.com/jobs/view/barista-at-costa-coffee-3901234567',
      'https://it.linkedin.com/jobs/view/data-analyst-at-rai-radiotelevisione-italiana-3946498763',
      'https://www.linkedin.com/jobs-guest/jobs/api/jobPosting/3912345678',
    ],
    list: [
      'https://www.linkedin.com/jobs/search/?currentJobId=3912345678&keywords=python&location=Berlin',
      'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3912345678',
      'https://www.linkedin.com/jobs/search?keywords=Nurse&location=United%20States',
      'https://www.linkedin.com/jobs/python-jobs',
      'https://it.linkedin.com/jobs/python-offerte-di-lavoro',
      'https://fr.linkedin.com/jobs/infirmier-emplois-lyon',
      'https://www.linkedin.com/jobs-guest/jobs/api/seeMoreJobPostings/search?keywords=python&location=Berlin&start=25',
      'https://de.linkedin.com/jobs-guest/jobs/api/seeMoreJobPostings/search?keywords=pflege&start=50',
    ],
    none: [
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/in/someone/',
      'https://www.linkedin.com/jobs/tracker/saved/',
      'https://it.linkedin.com/jobs/',
    ],
  },
  priority: 10,
  detect(doc, url) {
    const path = url.pathname;
    if (postingIdOf(url)) return 'posting';
    if (SEARCH_PATH.test(path) || KEYWORD_PATH.test(path) || GUEST_CARDS_PATH.test(path)) return 'list';
    // A keyword page in a language the list above lacks: its guest cards say what it is.
    const slug = /^\/jobs\/([^/]+)\/?$/.exec(path)?.[1];
    return slug && !APP_ROUTES.has(slug) && doc.querySelector(selectors.card[2]) ? 'list' : null;
  },
  extract(doc, url): Posting {
    const jobId = postingIdOf(url);
    // A guest fragment's address is an API's: the posting is the job's own page.
    const address = GUEST_POSTING_PATH.test(url.pathname) && jobId ? viewUrl(jobId) : pageUrl(url);
    const fromLd = jsonLdPosting(doc, url, 'linkedin');
    if (fromLd)
      return {
        ...fromLd,
        jobId,
        url: address,
        employmentType: fromLd.employmentType ?? criterion(doc, /employment type/i),
      };
    if (!queryFirst(doc, selectors.title) && doc.querySelector(selectors.sduiScreen))
      return readSdui(doc, jobId, address);
    return readTopCard(doc, jobId, address);
  },
  cards(doc, url) {
    const cards = queryAll(doc, selectors.card)
      .map((el) => cardOf(el, url))
      .filter((c): c is Card => c !== null);
    return nonEmpty(uniqueCards(cards), 'linkedin');
  },
  detail(doc, url) {
    const id = cleanOrNull(url.searchParams.get('currentJobId'));
    const pane = queryFirst(doc, selectors.detailPane);
    // A pane still loading (no heading yet) is not a failure: the content script re-reads later.
    if (!id || !/^\d+$/.test(id) || !pane || !queryFirst(pane, selectors.title)) return null;
    return readTopCard(pane, id, viewUrl(id));
  },
} satisfies SiteAdapter;
