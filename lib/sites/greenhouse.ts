/**
 * Greenhouse hosted boards: boards.greenhouse.io (classic) and job-boards.greenhouse.io (2024
 * redesign), posting pages /{board}/jobs/{id} and board lists /{board}, plus the embed URLs.
 */
import * as z from 'zod/mini';
import type { Posting, SiteAdapter } from './schema';
import { blockText, pageUrl, queryAll, queryFirst, required, textOf } from './dom';
import { jsonLdPosting } from './jsonld';
import { makeCard, nonEmpty, uniqueCards } from './cards';
import { boardInPath, boardName, defineFeed } from './board-feed';
import { cleanLine, cleanOrNull, elementText, htmlToText } from './text';

const selectors = {
  /** Job title: classic `#header h1.app-title`; redesign `.job__title h1`; any h1 last. */
  title: ['#header .app-title', '.app-title', '.job__title h1', 'h1'],
  /** Company line of the classic header ("at Acme"). */
  company: ['#header .company-name', '.company-name'],
  /** Location: classic `#header .location`; redesign `.job__location`. */
  location: ['#header .location', '.job__location'],
  /** Description: classic `#content` (id); redesign `.job__description`. */
  description: ['#content', '.job__description', '[class*="job__description"]'],
  /**
   * Board list: every link to a job of the board; the card is its row / opening div. The embedded
   * board (`/embed/job_board?for=`) links to the employer's own careers page, `?gh_jid={id}`.
   */
  jobLink: 'a[href*="/jobs/"], a[href*="gh_jid="]',
  /** The card around a job link: classic `div.opening`, redesign `tr.job-post`. */
  card: ['.opening', '.job-post', 'tr', 'li'],
  /** Title inside a redesign card link (classic links hold only the title). */
  cardTitle: ['p.body--medium', '.body--medium', 'p'],
  /** Badges inside a redesign title ("New") that are not part of it. */
  cardTitleNoise: '.tag-container, .tag',
  /** Location inside a card: classic `span.location`; redesign `.body__secondary`. */
  cardLocation: ['.location', '.body__secondary', '.body--metadata'],
  /** Board heading ("Current Job Openings at Acme"), for the company name. */
  boardHeading: ['#main h1', 'h1', 'h2'],
} as const;

const POSTING_PATH = /^\/([^/]+)\/jobs\/(\d+)\/?$/;
const JOB_HREF = /\/([^/?#]+)\/jobs\/(\d+)(?:[/?#]|$)|[?&]gh_jid=(\d+)(?:[&#]|$)/;
const RESERVED = new Set(['embed', 'v1', 'assets', 'favicon.ico', 'robots.txt']);

/**
 * "Job Application for X at Acme" / "Jobs at Acme" / "Current Job Openings at Acme" / "Positions
 * Available at Acme" (the embedded board) → Acme.
 */
function companyFromText(s: string | null): string | null {
  const m = s ? /\b(?:openings|jobs|application for .+?|careers|positions available) at (.+)$/i.exec(s.trim()) : null;
  return cleanOrNull(m?.[1]);
}

function jobIdOf(url: URL): string | null {
  return (
    POSTING_PATH.exec(url.pathname)?.[2] ??
    (url.pathname.startsWith('/embed/job_app') ? url.searchParams.get('token') : null)
  );
}

export default {
  id: 'greenhouse',
  label: 'Greenhouse',
  matches: [
    'https://boards.greenhouse.io/*',
    'https://job-boards.greenhouse.io/*',
    'https://job-boards.eu.greenhouse.io/*',
  ],
  examples: {
    posting: [
      'https://boards.greenhouse.io/airbnb/jobs/5678901',
      'https://job-boards.greenhouse.io/anthropic/jobs/4020305008',
      'https://boards.greenhouse.io/embed/job_app?for=acme&token=4012345',
    ],
    list: [
      'https://boards.greenhouse.io/airbnb',
      'https://job-boards.greenhouse.io/anthropic',
      'https://boards.greenhouse.io/embed/job_board?for=acme',
    ],
  },
  priority: 10,
  detect(_doc, url) {
    if (jobIdOf(url)) return 'posting';
    if (url.pathname.startsWith('/embed/job_board')) return 'list';
    const seg = /^\/([^/]+)\/?$/.exec(url.pathname)?.[1];
    return seg && !RESERVED.has(seg) ? 'list' : null;
  },
  extract(doc, url): Posting {
    const jobId = jobIdOf(url);
    const titleText = doc.querySelector('title')?.textContent ?? null;
    const fromLd = jsonLdPosting(doc, url, 'greenhouse');
    if (fromLd) return { ...fromLd, jobId, company: fromLd.company ?? companyFromText(titleText) };
    const title = textOf(doc, selectors.title);
    if (!title) throw new Error('greenhouse: no job title');
    const companyLine = textOf(doc, selectors.company);
    return {
      site: 'greenhouse',
      jobId,
      url: pageUrl(url),
      title,
      company: cleanOrNull(companyLine?.replace(/^at\s+/i, '')) ?? companyFromText(titleText),
      location: textOf(doc, selectors.location),
      description: blockText(required(doc, selectors.description, 'greenhouse description')),
      datePosted: null,
      employmentType: null,
    };
  },
  cards(doc, url) {
    const company =
      companyFromText(textOf(doc, selectors.boardHeading)) ??
      companyFromText(doc.querySelector('title')?.textContent ?? null);
    const cards = queryAll(doc, selectors.jobLink).flatMap((link) => {
      const m = JOB_HREF.exec(link.getAttribute('href') ?? '');
      if (!m) return [];
      const element =
        selectors.card.map((s) => link.parentElement?.closest(s) ?? null).find((el) => el !== null) ?? link;
      const titleEl = queryFirst(link, selectors.cardTitle) ?? link;
      return [
        makeCard(
          {
            element,
            badgeAnchor: titleEl,
            jobId: (m[2] ?? m[3])!,
            title: cleanLine(elementText(titleEl, (el) => el.matches(selectors.cardTitleNoise))),
            company,
            location: textOf(element, selectors.cardLocation),
            href: link.getAttribute('href'),
          },
          url,
        ),
      ];
    });
    return nonEmpty(uniqueCards(cards), 'greenhouse');
  },
} satisfies SiteAdapter;

/**
 * The board's public feed, every job with its full description
 * (https://developers.greenhouse.io/job-board.html). Read by the background only: see board-feed.ts.
 */
export const feed = defineFeed({
  board(url) {
    if (url.pathname.startsWith('/embed/')) return boardName(url.searchParams.get('for'));
    const board = boardInPath(url);
    return board && !RESERVED.has(board) ? board : null;
  },
  url: (board) => `https://boards-api.greenhouse.io/v1/boards/${encodeURIComponent(board)}/jobs?content=true`,
  list: 'jobs',
  job: z.object({
    id: z.union([z.number(), z.string()]),
    title: z.string(),
    absolute_url: z.string(),
    location: z.nullish(z.object({ name: z.nullish(z.string()) })),
    content: z.nullish(z.string()),
    updated_at: z.nullish(z.string()),
    first_published: z.nullish(z.string()),
    company_name: z.nullish(z.string()),
  }),
  posting: (j) => ({
    site: 'greenhouse',
    jobId: String(j.id),
    url: j.absolute_url,
    title: cleanLine(j.title),
    company: cleanOrNull(j.company_name),
    location: cleanOrNull(j.location?.name),
    // `content` is entity-escaped HTML; htmlToText unescapes it once.
    description: htmlToText(j.content ?? ''),
    datePosted: j.first_published ?? j.updated_at ?? null,
    employmentType: null,
  }),
});
