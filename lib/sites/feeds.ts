/**
 * Public JSON feeds of Greenhouse, Lever and Ashby boards: URL builders and response parsers,
 * pure (the background fetches, caches and rate-limits). Responses are validated with Zod;
 * a response of the wrong shape yields no postings and one error, never an exception.
 */
import * as z from 'zod/mini';
import { PostingSchema, type FeedSpec, type Posting } from './schema';
import { employmentTypeText } from './jsonld';
import { cleanLine, cleanOrNull, htmlToText, normalizeLines } from './text';

const BOARD_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const firstSegment = (url: URL): string | null => {
  const seg = decodeURIComponent(url.pathname.split('/')[1] ?? '');
  return BOARD_NAME.test(seg) ? seg : null;
};
const nullish = <T extends z.ZodMiniType>(t: T) => z.nullish(t);

// ---- Greenhouse: https://developers.greenhouse.io/job-board.html
const GreenhouseFeed = z.object({
  jobs: z.array(
    z.object({
      id: z.union([z.number(), z.string()]),
      title: z.string(),
      absolute_url: z.string(),
      location: nullish(z.object({ name: nullish(z.string()) })),
      content: nullish(z.string()),
      updated_at: nullish(z.string()),
      first_published: nullish(z.string()),
      company_name: nullish(z.string()),
    }),
  ),
});

export const greenhouseFeed: FeedSpec = {
  board(url) {
    if (url.pathname.startsWith('/embed/')) {
      const f = url.searchParams.get('for');
      return f && BOARD_NAME.test(f) ? f : null;
    }
    const b = firstSegment(url);
    return b && b !== 'v1' ? b : null;
  },
  feedUrl: (board) => `https://boards-api.greenhouse.io/v1/boards/${encodeURIComponent(board)}/jobs?content=true`,
  parse(json) {
    return GreenhouseFeed.parse(json).jobs.map((j) => ({
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
    }));
  },
};

// ---- Lever: https://github.com/lever/postings-api
const LeverFeed = z.array(
  z.object({
    id: z.string(),
    text: z.string(),
    hostedUrl: z.string(),
    categories: nullish(
      z.object({ location: nullish(z.string()), commitment: nullish(z.string()), team: nullish(z.string()) }),
    ),
    createdAt: nullish(z.number()),
    descriptionPlain: nullish(z.string()),
    description: nullish(z.string()),
    lists: nullish(z.array(z.object({ text: z.string(), content: z.string() }))),
    additionalPlain: nullish(z.string()),
    additional: nullish(z.string()),
    workplaceType: nullish(z.string()),
  }),
);

export const leverFeed: FeedSpec = {
  board: firstSegment,
  // The EU instance has its own API host.
  feedUrl: (board, url) =>
    `https://api.${url.hostname.endsWith('.eu.lever.co') ? 'eu.' : ''}lever.co/v0/postings/${encodeURIComponent(board)}?mode=json`,
  parse(json) {
    return LeverFeed.parse(json).map((j) => {
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
        datePosted: typeof j.createdAt === 'number' ? new Date(j.createdAt).toISOString() : null,
        employmentType: cleanOrNull(j.categories?.commitment),
      };
    });
  },
};

// ---- Ashby: https://developers.ashbyhq.com/docs/public-job-posting-api
const AshbyFeed = z.object({
  jobs: z.array(
    z.object({
      id: nullish(z.string()),
      title: z.string(),
      location: nullish(z.string()),
      isRemote: nullish(z.boolean()),
      isListed: nullish(z.boolean()),
      descriptionHtml: nullish(z.string()),
      descriptionPlain: nullish(z.string()),
      publishedAt: nullish(z.string()),
      employmentType: nullish(z.string()),
      jobUrl: z.string(),
    }),
  ),
});
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

export const ashbyFeed: FeedSpec = {
  board: firstSegment,
  feedUrl: (board) => `https://api.ashbyhq.com/posting-api/job-board/${encodeURIComponent(board)}`,
  parse(json) {
    return AshbyFeed.parse(json)
      .jobs.filter((j) => j.isListed !== false)
      .map((j) => {
        const location = cleanOrNull(j.location);
        return {
          site: 'ashby',
          jobId: j.id ?? UUID.exec(j.jobUrl)?.[0] ?? null,
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
      });
  },
};

const FEEDS: Record<string, { hosts: RegExp; spec: FeedSpec }> = {
  greenhouse: { hosts: /^(?:boards|job-boards(?:\.eu)?)\.greenhouse\.io$/, spec: greenhouseFeed },
  lever: { hosts: /^jobs(?:\.eu)?\.lever\.co$/, spec: leverFeed },
  ashby: { hosts: /^jobs\.ashbyhq\.com$/, spec: ashbyFeed },
};

/** The board and public feed URL for a page on a Greenhouse, Lever or Ashby board; null elsewhere. */
export function feedFor(url: URL): { board: string; site: string; feedUrl: string } | null {
  for (const [site, { hosts, spec }] of Object.entries(FEEDS)) {
    if (!hosts.test(url.hostname.toLowerCase())) continue;
    const board = spec.board(url);
    return board ? { board, site, feedUrl: spec.feedUrl(board, url) } : null;
  }
  return null;
}

/**
 * A feed response → validated postings. A response of the wrong shape gives [] and one call of
 * `onError`; a single bad job is dropped (and reported) without losing the rest.
 */
export function parseFeed(site: string, json: unknown, boardUrl: string, onError?: (err: unknown) => void): Posting[] {
  const spec = Object.hasOwn(FEEDS, site) ? FEEDS[site]!.spec : undefined;
  if (!spec) {
    onError?.(new Error(`no feed for site "${site}"`));
    return [];
  }
  let postings: Posting[];
  try {
    postings = spec.parse(json, boardUrl);
  } catch (err) {
    onError?.(err);
    return [];
  }
  const out: Posting[] = [];
  for (const p of postings) {
    const r = PostingSchema.safeParse(p);
    if (r.success) out.push(r.data);
    else onError?.(r.error);
  }
  return out;
}
