/** USAJOBS (US federal jobs): announcements www.usajobs.gov/job/{id} and search results /search/results/?k=…. */
import type { Card, Posting, SiteAdapter } from './schema';
import { pageUrl, queryAll, required, textOf } from './dom';
import { jsonLdPosting } from './jsonld';
import { makeCard, nonEmpty, uniqueCards } from './cards';
import { cleanLine, elementText, inlineText, normalizeLines } from './text';

const selectors = {
  /** Announcement title (`#job-title`, else the banner h1). */
  title: ['#job-title', '.usajobs-joa-banner__title', 'h1'],
  /** Hiring agency and department lines of the banner. */
  agency: ['.usajobs-joa-banner__agency', '.usajobs-joa-banner__dept'],
  /** Each duty location's city line. */
  locations: ['.usajobs-joa-locations__city'],
  /** Description sections by id: summary, duties, requirements, qualifications, education. */
  sections: ['#summary, #duties, #requirements, #qualifications, #education, #how-to-apply-summary'],
  /** Summary facts: a label (h5/dt) followed by its value. */
  summaryItem: ['.usajobs-joa-summary__item'],
  summaryLabel: ['.usajobs-joa-summary__label', 'h5', 'dt'],
  summaryValue: ['.usajobs-joa-summary__value', 'p', 'dd'],
  /** Search results: links to /job/{id}; the card is the result block around one. */
  jobLink: 'a[href*="/job/"]',
  card: ['[data-document-id]', '.usajobs-search-result--core', 'li', 'article'],
  cardAgency: ['.usajobs-search-result--core__agency', '[data-test="agency"]'],
  cardLocation: ['.usajobs-search-result--core__location', '[data-test="location"]'],
} as const;

const JOB_PATH = /^\/(?:job|GetJob\/ViewDetails)\/(\d{6,})\/?$/i;

function summary(doc: Document, label: RegExp): string | null {
  for (const item of queryAll(doc, selectors.summaryItem)) {
    if (label.test(textOf(item, selectors.summaryLabel) ?? '')) return textOf(item, selectors.summaryValue);
  }
  return null;
}

export default {
  id: 'usajobs',
  label: 'USAJOBS',
  matches: ['https://www.usajobs.gov/*', 'https://usajobs.gov/*'],
  examples: {
    posting: ['https://www.usajobs.gov/job/812345600', 'https://www.usajobs.gov/GetJob/ViewDetails/798765432'],
    list: [
      'https://www.usajobs.gov/search/results/?k=nurse&l=Denver%2C%20Colorado',
      'https://www.usajobs.gov/Search/Results?k=IT%20specialist',
    ],
    none: ['https://www.usajobs.gov/', 'https://www.usajobs.gov/help/how-to/'],
  },
  priority: 10,
  detect(_doc, url) {
    if (JOB_PATH.test(url.pathname)) return 'posting';
    return /^\/search\/results\/?$/i.test(url.pathname) ? 'list' : null;
  },
  extract(doc, url): Posting {
    const jobId = JOB_PATH.exec(url.pathname)?.[1] ?? null;
    const fromLd = jsonLdPosting(doc, url, 'usajobs');
    if (fromLd) return { ...fromLd, jobId };
    const sections = queryAll(doc, selectors.sections);
    if (!sections.length) throw new Error('usajobs: no announcement sections');
    const cities = [
      ...new Set(
        queryAll(doc, selectors.locations)
          .map((el) => inlineText(el))
          .filter(Boolean),
      ),
    ];
    return {
      site: 'usajobs',
      jobId,
      url: pageUrl(url),
      title: inlineText(required(doc, selectors.title, 'usajobs title')),
      company: textOf(doc, selectors.agency),
      location: cities.length ? cities.join('; ') : null,
      description: normalizeLines(sections.map((s) => elementText(s)).join('\n')),
      datePosted: null,
      employmentType: summary(doc, /work schedule/i),
    };
  },
  cards(doc, url) {
    const cards = queryAll(doc, selectors.jobLink).flatMap((link): Card[] => {
      let id: string | undefined;
      try {
        id = JOB_PATH.exec(new URL(link.getAttribute('href') ?? '', url).pathname)?.[1];
      } catch {
        /* not a URL */
      }
      const title = cleanLine(inlineText(link));
      if (!id || !title) return [];
      const element =
        selectors.card.map((s) => link.parentElement?.closest(s) ?? null).find((el) => el !== null) ?? link;
      return [
        makeCard(
          {
            element,
            badgeAnchor: link,
            jobId: id,
            title,
            company: textOf(element, selectors.cardAgency),
            location: textOf(element, selectors.cardLocation),
            href: `https://www.usajobs.gov/job/${id}`,
          },
          url,
        ),
      ];
    });
    return nonEmpty(uniqueCards(cards), 'usajobs');
  },
} satisfies SiteAdapter;
