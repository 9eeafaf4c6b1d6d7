/**
 * LinkedIn jobs: job view pages (/jobs/view/{id}), search results (/jobs/search/…) and collections
 * (/jobs/collections/…), in the guest (signed-out) and signed-in layouts. On search and collection
 * pages with `currentJobId` the app shows that job in a detail pane: read as `detail`.
 */
import type { Card, Posting, SiteAdapter } from './schema';
import { blockText, pageUrl, queryAll, queryFirst, textOf } from './dom';
import { jsonLdPosting } from './jsonld';
import { makeCard, nonEmpty, uniqueCards } from './cards';
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
} as const;

const VIEW_PATH = /^\/jobs\/view\/(?:[^/]*?-)?(\d{6,})\/?$/;
const viewUrl = (id: string): string => `https://www.linkedin.com/jobs/view/${id}/`;

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
  matches: ['*://www.linkedin.com/*', '*://*.linkedin.com/jobs/*'],
  examples: {
    posting: [
      'https://www.linkedin.com/jobs/view/3912345678/',
      'https://www.linkedin.com/jobs/view/senior-software-engineer-at-acme-3912345678?trk=public_jobs_topcard-title',
      'https://uk.linkedin.com/jobs/view/barista-at-costa-coffee-3901234567',
    ],
    list: [
      'https://www.linkedin.com/jobs/search/?currentJobId=3912345678&keywords=python&location=Berlin',
      'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3912345678',
      'https://www.linkedin.com/jobs/search?keywords=Nurse&location=United%20States',
      'https://www.linkedin.com/jobs/python-jobs',
    ],
    none: ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/in/someone/'],
  },
  priority: 10,
  detect(_doc, url) {
    if (VIEW_PATH.test(url.pathname)) return 'posting';
    if (
      /^\/jobs\/(?:search|search-results|collections)(?:\/|$)/.test(url.pathname) ||
      /^\/jobs\/[^/]+-jobs(?:-[^/]+)?\/?$/.test(url.pathname)
    )
      return 'list';
    return null;
  },
  extract(doc, url): Posting {
    const jobId = VIEW_PATH.exec(url.pathname)?.[1] ?? null;
    const fromLd = jsonLdPosting(doc, url, 'linkedin');
    if (fromLd)
      return { ...fromLd, jobId, employmentType: fromLd.employmentType ?? criterion(doc, /employment type/i) };
    return readTopCard(doc, jobId, pageUrl(url));
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
