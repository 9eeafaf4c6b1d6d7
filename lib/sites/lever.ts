/**
 * Lever hosted job sites: jobs.lever.co/{company}/{uuid} postings (and their /apply form, one click
 * from the posting, whose header names the job) and jobs.lever.co/{company} lists.
 */
import * as z from 'zod/mini';
import type { Posting, SiteAdapter } from './schema';
import { metaContent, pageUrl, queryAll, queryFirst, required, textOf } from './dom';
import { jsonLdPosting } from './jsonld';
import { makeCard, nonEmpty, uniqueCards } from './cards';
import { boardInPath, defineFeed } from './board-feed';
import { cleanLine, cleanOrNull, elementText, htmlToText, inlineText, normalizeLines } from './text';

const selectors = {
  /** Posting title: the h2 of `.posting-headline` (the posting) or `.posting-header` (its /apply form). */
  title: ['.posting-headline h2', '.posting-headline h1', '.posting-header h2', 'h2'],
  /** Posting categories of the headline (class names are Lever's stable sort keys). */
  location: ['.posting-headline .location', '.posting-categories .location'],
  commitment: ['.posting-headline .commitment', '.posting-categories .commitment'],
  workplace: ['.posting-headline .workplaceTypes', '.posting-categories .workplaceTypes'],
  /** Description sections: `data-qa="job-description"` first, then each `.section` of the page. */
  descriptionStart: '[data-qa="job-description"]',
  sections: ['.section-wrapper .section', '.section'],
  /** Apply controls; a section holding one is not description. */
  apply: '[data-qa^="btn-apply"], .postings-btn, .posting-btn-submit',
  /** List: one card per `data-qa-posting-id` (Lever's QA hook, stable across themes). */
  card: ['[data-qa-posting-id]', '.posting'],
  cardLink: ['a.posting-title', 'a[href*="lever.co/"]'],
  cardTitle: ['[data-qa="posting-name"]', 'h5'],
  cardLocation: ['.location', '.sort-by-location'],
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/{company}/{uuid}` and its `/apply` form: the posting's uuid, else null. */
function postingIdOf(url: URL): string | null {
  const segs = url.pathname.split('/').filter(Boolean);
  const apply = segs.length === 3 && segs[2] === 'apply';
  return (segs.length === 2 || apply) && UUID.test(segs[1]!) ? segs[1]! : null;
}

/** Lever titles read "Acme - Senior Engineer"; the part before the job title is the company. */
function companyFromTitle(doc: Document, jobTitle: string | null): string | null {
  const t = (doc.querySelector('title')?.textContent ?? '').trim();
  if (!t) return null;
  if (jobTitle && t.endsWith(' - ' + jobTitle)) return cleanOrNull(t.slice(0, -(jobTitle.length + 3)));
  return cleanOrNull(t.split(' - ')[0]);
}

export default {
  id: 'lever',
  label: 'Lever',
  matches: ['https://jobs.lever.co/*', 'https://jobs.eu.lever.co/*'],
  examples: {
    posting: [
      'https://jobs.lever.co/palantir/1b9a8c62-8f0e-4a3b-9d7c-2f4e6a1b3c5d',
      'https://jobs.eu.lever.co/acme/0c2d4e6f-1a3b-4c5d-8e9f-a0b1c2d3e4f5?lever-source=LinkedIn',
    ],
    list: ['https://jobs.lever.co/palantir', 'https://jobs.lever.co/palantir?department=Engineering&location=London'],
    none: [
      'https://jobs.lever.co/palantir/1b9a8c62-8f0e-4a3b-9d7c-2f4e6a1b3c5d/apply/thanks',
      'https://jobs.lever.co/palantir/not-a-posting-id',
    ],
  },
  priority: 10,
  detect(_doc, url) {
    if (postingIdOf(url)) return 'posting';
    return url.pathname.split('/').filter(Boolean).length === 1 ? 'list' : null;
  },
  extract(doc, url): Posting {
    const jobId = postingIdOf(url);
    // The /apply form stands for its posting: one id, one address, whichever page was read.
    const address = jobId ? pageUrl(new URL(url.pathname.replace(/\/apply\/?$/, ''), url)) : pageUrl(url);
    const fromLd = jsonLdPosting(doc, url, 'lever');
    if (fromLd)
      return { ...fromLd, jobId, url: address, company: fromLd.company ?? companyFromTitle(doc, fromLd.title) };
    const title = inlineText(required(doc, selectors.title, 'lever title'));
    const start = queryFirst(doc, selectors.descriptionStart);
    const parts: string[] = [];
    for (const s of queryAll(doc, selectors.sections)) {
      if (s === start || s.contains(start) || s.querySelector(selectors.apply) || s.querySelector('.posting-headline'))
        continue;
      parts.push(elementText(s));
    }
    if (start) parts.unshift(elementText(start));
    // The /apply form shows no description: Lever's own summary of it (its opening, cut) stands in,
    // and says it was cut.
    const summary = start ? null : (metaContent(doc, 'og:description') ?? metaContent(doc, 'twitter:description'));
    if (!start && !summary) throw new Error('missing lever description (no [data-qa="job-description"], no summary)');
    const location = textOf(doc, selectors.location)?.replace(/\s*[/–-]\s*$/, '') ?? null;
    const workplace = textOf(doc, selectors.workplace);
    return {
      site: 'lever',
      jobId,
      url: address,
      title,
      company: companyFromTitle(doc, title),
      location: workplace && location && !location.includes(workplace) ? `${location}; ${workplace}` : location,
      description: summary ?? normalizeLines(parts.join('\n')),
      datePosted: null,
      employmentType: textOf(doc, selectors.commitment)?.replace(/\s*[/–-]\s*$/, '') ?? null,
      ...(summary ? { truncated: true } : {}),
    };
  },
  cards(doc, url) {
    const company = companyFromTitle(doc, null);
    const cards = queryAll(doc, selectors.card).flatMap((el) => {
      const link = queryFirst(el, selectors.cardLink);
      const href = link?.getAttribute('href') ?? null;
      const id = el.getAttribute('data-qa-posting-id') ?? href?.split('/').find((s) => UUID.test(s)) ?? null;
      const titleEl = queryFirst(el, selectors.cardTitle);
      if (!titleEl) return [];
      return [
        makeCard(
          {
            element: el,
            badgeAnchor: titleEl,
            jobId: id,
            title: titleEl.textContent,
            company,
            location: textOf(el, selectors.cardLocation),
            href,
          },
          url,
        ),
      ];
    });
    return nonEmpty(uniqueCards(cards), 'lever');
  },
} satisfies SiteAdapter;

/**
 * The company's public postings feed (https://github.com/lever/postings-api). Read by the
 * background only: see board-feed.ts.
 */
export const feed = defineFeed({
  board: boardInPath,
  // The EU instance has its own API host.
  url: (board, page) =>
    `https://api.${page.hostname.endsWith('.eu.lever.co') ? 'eu.' : ''}lever.co/v0/postings/${encodeURIComponent(board)}?mode=json`,
  list: null,
  job: z.object({
    id: z.string(),
    text: z.string(),
    hostedUrl: z.string(),
    categories: z.nullish(
      z.object({
        location: z.nullish(z.string()),
        commitment: z.nullish(z.string()),
        team: z.nullish(z.string()),
      }),
    ),
    createdAt: z.nullish(z.number()),
    descriptionPlain: z.nullish(z.string()),
    description: z.nullish(z.string()),
    lists: z.nullish(z.array(z.object({ text: z.string(), content: z.string() }))),
    additionalPlain: z.nullish(z.string()),
    additional: z.nullish(z.string()),
    workplaceType: z.nullish(z.string()),
  }),
  posting(j) {
    const parts = [j.descriptionPlain ?? htmlToText(j.description ?? '')];
    for (const l of j.lists ?? []) parts.push(cleanLine(l.text), htmlToText(l.content));
    parts.push(j.additionalPlain ?? htmlToText(j.additional ?? ''));
    const location = cleanOrNull(j.categories?.location);
    return {
      site: 'lever',
      jobId: j.id,
      url: j.hostedUrl,
      title: cleanLine(j.text),
      company: null,
      location:
        j.workplaceType === 'remote' && location && !/remote/i.test(location) ? `${location}; Remote` : location,
      description: normalizeLines(parts.join('\n')),
      // A timestamp out of Date's range throws here, which leaves this one job out.
      datePosted: typeof j.createdAt === 'number' ? new Date(j.createdAt).toISOString() : null,
      employmentType: cleanOrNull(j.categories?.commitment),
    };
  },
});
