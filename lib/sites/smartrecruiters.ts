/**
 * SmartRecruiters: postings jobs.smartrecruiters.com/{Company}/{id}-{slug} (schema.org microdata)
 * and company lists careers.smartrecruiters.com/{Company} (jobs grouped under location headings).
 */
import type { Posting, SiteAdapter } from './schema';
import { pageUrl, queryAll, queryFirst, required, textOf } from './dom';
import { jsonLdPosting } from './jsonld';
import { microdataPosting } from './microdata';
import { makeCard, nonEmpty, uniqueCards } from './cards';
import { cleanOrNull, elementText, inlineText, normalizeLines } from './text';

const selectors = {
  /** Title: `itemprop="title"` (microdata), else the page h1. */
  title: ['[itemprop="title"]', 'h1'],
  /** Location: the `spl-job-location` web component's formatted address attribute. */
  location: ['spl-job-location[formattedaddress]'],
  /** Description sections by their stable ids. */
  sections: ['#st-companyDescription, #st-jobDescription, #st-qualifications, #st-additionalInformation'],
  /** List: links to a posting of the company on jobs.smartrecruiters.com. */
  jobLink: 'a[href*="jobs.smartrecruiters.com/"]',
  /** The card around a link, and its title. */
  card: ['li', '.opening-job'],
  cardTitle: ['h4', '.job-title'],
  /** Jobs are grouped in sections whose heading is the location. */
  group: ['section', '.openings-section'],
  groupHeading: ['h3', '.opening-title'],
  /** The company name on the list page (logo alt or og:site_name, else the path). */
  companyName: ['meta[property="og:site_name"]'],
} as const;

const POSTING_PATH = /^\/([^/]+)\/(\d{6,})(?:-[^/]*)?\/?$/;

export default {
  id: 'smartrecruiters',
  label: 'SmartRecruiters',
  matches: ['https://jobs.smartrecruiters.com/*', 'https://careers.smartrecruiters.com/*'],
  examples: {
    posting: [
      'https://jobs.smartrecruiters.com/Visa/743999987654321-senior-software-engineer',
      'https://jobs.smartrecruiters.com/BoschGroup/744000012345678-werkstudent-softwareentwicklung-m-w-div-?trid=abc',
    ],
    list: ['https://careers.smartrecruiters.com/Visa', 'https://careers.smartrecruiters.com/BoschGroup?search=python'],
    none: ['https://jobs.smartrecruiters.com/'],
  },
  priority: 10,
  detect(_doc, url) {
    if (url.hostname === 'jobs.smartrecruiters.com') return POSTING_PATH.test(url.pathname) ? 'posting' : null;
    return /^\/[^/]+\/?$/.test(url.pathname) ? 'list' : null;
  },
  extract(doc, url): Posting {
    const jobId = POSTING_PATH.exec(url.pathname)?.[2] ?? null;
    const structured = microdataPosting(doc, url, 'smartrecruiters') ?? jsonLdPosting(doc, url, 'smartrecruiters');
    const formatted = cleanOrNull(queryFirst(doc, selectors.location)?.getAttribute('formattedaddress'));
    if (structured) return { ...structured, jobId, location: formatted ?? structured.location };
    const sections = queryAll(doc, selectors.sections);
    if (!sections.length) throw new Error('smartrecruiters: no description sections');
    return {
      site: 'smartrecruiters',
      jobId,
      url: pageUrl(url),
      title: inlineText(required(doc, selectors.title, 'smartrecruiters title')),
      company: cleanOrNull(POSTING_PATH.exec(url.pathname)?.[1]),
      location: formatted,
      description: normalizeLines(sections.map((s) => elementText(s)).join('\n')),
      datePosted: null,
      employmentType: null,
    };
  },
  cards(doc, url) {
    const company =
      cleanOrNull(queryFirst(doc, selectors.companyName)?.getAttribute('content')) ??
      cleanOrNull(url.pathname.split('/')[1]);
    const cards = queryAll(doc, selectors.jobLink).flatMap((link) => {
      const href = link.getAttribute('href') ?? '';
      let m: RegExpExecArray | null = null;
      try {
        m = POSTING_PATH.exec(new URL(href, url).pathname);
      } catch {
        /* not a URL */
      }
      if (!m) return [];
      const element =
        selectors.card.map((s) => link.parentElement?.closest(s) ?? null).find((el) => el !== null) ?? link;
      const titleEl = queryFirst(link, selectors.cardTitle) ?? link;
      const group = selectors.group.map((s) => link.closest(s)).find((el) => el !== null);
      return [
        makeCard(
          {
            element,
            badgeAnchor: titleEl,
            jobId: m[2]!,
            title: inlineText(titleEl),
            company,
            location: group ? textOf(group, selectors.groupHeading) : null,
            href,
          },
          url,
        ),
      ];
    });
    return nonEmpty(uniqueCards(cards), 'smartrecruiters');
  },
} satisfies SiteAdapter;
