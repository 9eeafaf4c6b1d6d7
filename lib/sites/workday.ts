/**
 * Workday recruiting sites ({tenant}.wd{n}.myworkdayjobs.com): postings …/job/{place}/{Title}_{ReqId}
 * and the search list of a career site. Workday's React app tags nearly everything with
 * `data-automation-id`, which is what the selectors anchor to (its css-* classes are generated).
 */
import type { Posting, SiteAdapter } from './schema';
import { blockText, pageUrl, queryAll, required, textOf } from './dom';
import { jsonLdPosting } from './jsonld';
import { makeCard, nonEmpty, uniqueCards } from './cards';
import { companyFromHeading, companyFromTitle, pickCompany, siteName } from './company';
import { cleanOrNull, inlineText } from './text';

const selectors = {
  /** Posting title (an h2 carrying the automation id, or a heading inside it). */
  title: ['[data-automation-id="jobPostingHeader"]'],
  /** Facts as `<dl><dt>label</dt><dd>value</dd></dl>` under their automation ids. */
  location: ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'],
  timeType: ['[data-automation-id="time"] dd'],
  postedOn: ['[data-automation-id="postedOn"] dd'],
  requisitionId: ['[data-automation-id="requisitionId"] dd'],
  /** The description body. */
  description: ['[data-automation-id="jobPostingDescription"]'],
  /** Search results: one li per job under `section[data-automation-id="jobResults"]`. */
  results: ['[data-automation-id="jobResults"]'],
  cardLink: ['a[data-automation-id="jobTitle"]'],
  cardItem: 'li',
  /** The requisition id line of a card. */
  cardReqId: ['[data-automation-id="subtitle"] li'],
  /** The career site's banner heading ("CAREERS AT NVIDIA"): the employer, where no data names it. */
  headerTitle: ['[data-automation-id="headerTitle"]'],
} as const;

const JOB_PATH = /\/(?:job|details)\/(?:.+\/)?[^/]+$/;
/** Workday slugs end in _{requisition id} ("Software-Engineer_R12345", "Cook_JR-0042"). */
const reqIdOf = (path: string): string | null => cleanOrNull(/_([A-Za-z0-9-]+)\/?$/.exec(path)?.[1]);

/**
 * The employer's Workday tenant: the first label of `{tenant}.wd5.myworkdayjobs.com`, or the path
 * segment after /recruiting/ on the shared `wd5.myworkdaysite.com` host. Requisition ids are the
 * tenant's own numbering (NVIDIA's R100 is not Walmart's R100), so ids include it.
 */
export function tenantOf(url: URL): string | null {
  const host = url.hostname.toLowerCase();
  if (host.endsWith('.myworkdaysite.com')) {
    const segs = url.pathname.split('/').filter(Boolean);
    const at = segs.findIndex((s) => s.toLowerCase() === 'recruiting');
    return cleanOrNull(at >= 0 ? segs[at + 1]?.toLowerCase() : null);
  }
  return host.endsWith('.myworkdayjobs.com') ? cleanOrNull(host.split('.')[0]) : null;
}

/** The employer, in the order of company.ts: og:site_name, the banner heading, the <title>, the tenant. */
function companyOf(doc: Document, url: URL, title: string): string | null {
  return pickCompany([
    siteName(doc),
    companyFromHeading(textOf(doc, selectors.headerTitle)),
    companyFromTitle(doc, title),
    tenantOf(url),
  ]);
}

export default {
  id: 'workday',
  label: 'Workday',
  matches: ['https://*.myworkdayjobs.com/*', 'https://*.myworkdaysite.com/*'],
  examples: {
    posting: [
      'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/US-CA-Santa-Clara/Senior-Software-Engineer_JR1987654',
      'https://walmart.wd5.myworkdayjobs.com/WalmartExternal/job/Bentonville-AR/Store-Associate_R-1234567-1',
    ],
    list: [
      'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite',
      'https://walmart.wd5.myworkdayjobs.com/WalmartExternal?q=cashier&locations=abc123',
    ],
    none: ['https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/login'],
  },
  priority: 10,
  idScope: tenantOf,
  detect(_doc, url) {
    if (JOB_PATH.test(url.pathname)) return 'posting';
    const segs = url.pathname.split('/').filter(Boolean);
    const site = /^[a-z]{2}-[A-Z]{2}$/.test(segs[0] ?? '') ? segs.slice(1) : segs;
    return site.length === 1 ? 'list' : null;
  },
  extract(doc, url): Posting {
    const fromLd = jsonLdPosting(doc, url, 'workday');
    // The URL's requisition id first: cards of the list read the same one, so ids agree.
    const jobId = reqIdOf(url.pathname) ?? textOf(doc, selectors.requisitionId) ?? fromLd?.jobId ?? null;
    if (fromLd)
      return {
        ...fromLd,
        jobId,
        company: fromLd.company ?? companyOf(doc, url, fromLd.title),
        location: fromLd.location ?? textOf(doc, selectors.location),
      };
    const title = inlineText(required(doc, selectors.title, 'workday title'));
    return {
      site: 'workday',
      jobId,
      url: pageUrl(url),
      title,
      company: companyOf(doc, url, title),
      location: textOf(doc, selectors.location),
      description: blockText(required(doc, selectors.description, 'workday description')),
      datePosted: null,
      employmentType: textOf(doc, selectors.timeType),
    };
  },
  cards(doc, url) {
    const results = required(doc, selectors.results, 'workday results');
    const company = pickCompany([siteName(doc), companyFromHeading(textOf(doc, selectors.headerTitle)), tenantOf(url)]);
    const cards = queryAll(results, selectors.cardLink).map((link) => {
      const item = link.closest(selectors.cardItem) ?? link;
      const href = link.getAttribute('href');
      return makeCard(
        {
          element: item,
          badgeAnchor: link,
          jobId: reqIdOf(href ?? '') ?? textOf(item, selectors.cardReqId),
          title: inlineText(link),
          company,
          location: textOf(item, selectors.location),
          href,
        },
        url,
      );
    });
    return nonEmpty(uniqueCards(cards), 'workday');
  },
} satisfies SiteAdapter;
