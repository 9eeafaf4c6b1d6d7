/** Ashby hosted job boards: jobs.ashbyhq.com/{org}/{uuid} postings and jobs.ashbyhq.com/{org} lists. */
import * as z from 'zod/mini';
import type { Posting, SiteAdapter } from './schema';
import { blockText, pageUrl, queryAll, queryFirst, required } from './dom';
import { employmentTypeText, jsonLdPosting } from './jsonld';
import { makeCard, nonEmpty, uniqueCards } from './cards';
import { boardInPath, defineFeed } from './board-feed';
import { cleanLine, cleanOrNull, htmlToText, inlineText, normalizeLines } from './text';

const selectors = {
  /** Posting title: the page's h1 (Ashby's classes are hashed CSS modules, so none are used). */
  title: ['h1'],
  /** Description: the Overview tab panel (`#overview`), else the page's main landmark. */
  description: ['#overview', '[role="tabpanel"]', 'main'],
  /** Left-column facts: an h2 label ("Location", "Employment Type") followed by its value. */
  factLabels: 'h2',
  /** List: links to /{org}/{uuid}; inside, an h3 title and a "Department • Location • Type" line. */
  jobLink: 'a[href]',
  cardTitle: ['h3', 'h2', 'h4'],
  cardDetails: ['p'],
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOf = (path: string): string | null =>
  path
    .split('/')
    .filter(Boolean)
    .find((s) => UUID.test(s)) ?? null;

/** "Jobs at Acme" / "Acme Jobs" / "Senior Engineer @ Acme" → Acme. */
function companyFromTitle(doc: Document): string | null {
  const t = cleanLine(doc.querySelector('title')?.textContent);
  const m = /@\s*(.+)$/.exec(t) ?? /^jobs at (.+)$/i.exec(t) ?? /^(.+?) (?:jobs|careers)$/i.exec(t);
  return cleanOrNull(m?.[1]);
}

/** The value after a left-column label such as "Location". */
function fact(doc: Document, label: RegExp): string | null {
  for (const h of queryAll(doc, selectors.factLabels)) {
    if (label.test(inlineText(h))) return cleanOrNull(inlineText(h.nextElementSibling));
  }
  return null;
}

export default {
  id: 'ashby',
  label: 'Ashby',
  matches: ['https://jobs.ashbyhq.com/*'],
  examples: {
    posting: [
      'https://jobs.ashbyhq.com/openai/9b2a1c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d',
      'https://jobs.ashbyhq.com/ramp/0d1c2b3a-4f5e-4d6c-9b8a-7f6e5d4c3b2a?utm_source=linkedin',
    ],
    list: ['https://jobs.ashbyhq.com/openai', 'https://jobs.ashbyhq.com/ramp?departmentId=engineering'],
    none: ['https://jobs.ashbyhq.com/openai/9b2a1c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d/application'],
  },
  priority: 10,
  detect(_doc, url) {
    const segs = url.pathname.split('/').filter(Boolean);
    if (segs.length === 2 && UUID.test(segs[1]!)) return 'posting';
    return segs.length === 1 ? 'list' : null;
  },
  extract(doc, url): Posting {
    const jobId = uuidOf(url.pathname);
    const fromLd = jsonLdPosting(doc, url, 'ashby');
    if (fromLd) return { ...fromLd, jobId, company: fromLd.company ?? companyFromTitle(doc) };
    const title = inlineText(required(doc, selectors.title, 'ashby title'));
    return {
      site: 'ashby',
      jobId,
      url: pageUrl(url),
      title,
      company: companyFromTitle(doc),
      location: fact(doc, /^location$/i),
      description: blockText(required(doc, selectors.description, 'ashby description')),
      datePosted: null,
      employmentType: fact(doc, /^employment type$/i),
    };
  },
  cards(doc, url) {
    const org = url.pathname.split('/').filter(Boolean)[0] ?? '';
    const company = companyFromTitle(doc);
    const cards = queryAll(doc, selectors.jobLink).flatMap((link) => {
      const href = link.getAttribute('href') ?? '';
      let path: string;
      try {
        path = new URL(href, url).pathname;
      } catch {
        return [];
      }
      const id = uuidOf(path);
      if (!id || path.split('/').filter(Boolean)[0] !== org || path.split('/').filter(Boolean).length !== 2) return [];
      const titleEl = queryFirst(link, selectors.cardTitle);
      // "Engineering • San Francisco • Full time": Ashby puts the location second.
      const details = (inlineText(queryFirst(link, selectors.cardDetails)) || '')
        .split('•')
        .map((s) => s.trim())
        .filter(Boolean);
      return [
        makeCard(
          {
            element: link,
            badgeAnchor: titleEl ?? link,
            jobId: id,
            title: titleEl ? inlineText(titleEl) : inlineText(link),
            company,
            location: details.length >= 2 ? details[1] : null,
            href,
          },
          url,
        ),
      ];
    });
    return nonEmpty(uniqueCards(cards), 'ashby');
  },
} satisfies SiteAdapter;

/**
 * The organisation's public job board (https://developers.ashbyhq.com/docs/public-job-posting-api).
 * Read by the background only: see board-feed.ts.
 */
export const feed = defineFeed({
  board: boardInPath,
  url: (board) => `https://api.ashbyhq.com/posting-api/job-board/${encodeURIComponent(board)}`,
  list: 'jobs',
  job: z.object({
    id: z.nullish(z.string()),
    title: z.string(),
    location: z.nullish(z.string()),
    isRemote: z.nullish(z.boolean()),
    isListed: z.nullish(z.boolean()),
    descriptionHtml: z.nullish(z.string()),
    descriptionPlain: z.nullish(z.string()),
    publishedAt: z.nullish(z.string()),
    employmentType: z.nullish(z.string()),
    jobUrl: z.string(),
  }),
  posting(j) {
    // Unlisted jobs are in the feed but not on the board.
    if (j.isListed === false) return null;
    const location = cleanOrNull(j.location);
    return {
      site: 'ashby',
      jobId: j.id ?? uuidOf(new URL(j.jobUrl).pathname),
      url: j.jobUrl,
      title: cleanLine(j.title),
      company: null,
      location: j.isRemote && location && !/remote/i.test(location) ? `${location}; Remote` : location,
      description: j.descriptionPlain ? normalizeLines(j.descriptionPlain) : htmlToText(j.descriptionHtml ?? ''),
      datePosted: j.publishedAt ?? null,
      // Ashby writes "FullTime", "PartTime", "Intern", "Contract", "Temporary".
      employmentType: employmentTypeText(
        j.employmentType?.replace(/([a-z])([A-Z])/g, '$1_$2').replace(/^Intern$/, 'INTERN'),
      ),
    };
  },
});
