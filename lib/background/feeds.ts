import { feedFor, parseFeed, stableId } from '../sites';
import type { BackgroundContext } from './context';
import type { StoredSkill } from '../db/records';

/** A board's feed is fresh this long; after that the next list page reads it again. */
export const FEED_TTL_MS = 30 * 60_000;
/** Never more than one request per board in this window, whatever happens (errors included). */
export const FEED_MIN_INTERVAL_MS = 5 * 60_000;
const MAX_FEED_BYTES = 20_000_000;

/** What is kept of each feed posting: what card scoring needs. */
export interface FeedEntry {
  id: string;
  skills: StoredSkill[];
}

const inflight = new Map<string, Promise<Map<string, FeedEntry>>>();

/**
 * The postings of the board a list page belongs to, by stable id, from the board's public JSON
 * feed (Greenhouse, Lever, Ashby). Cached in the database; fetched only from the background, at
 * most once per board per FEED_MIN_INTERVAL_MS; an empty map for pages without a feed.
 */
export async function boardPostings(ctx: BackgroundContext, pageUrl: string): Promise<Map<string, FeedEntry>> {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return new Map();
  }
  const feed = feedFor(url);
  if (!feed) return new Map();
  const key = `${feed.site}:${feed.board}`;
  const running = inflight.get(key);
  if (running) return running;
  const job = load(ctx, key, feed.site, feed.feedUrl, url.href).finally(() => inflight.delete(key));
  inflight.set(key, job);
  return job;
}

async function load(ctx: BackgroundContext, key: string, site: string, feedUrl: string, boardUrl: string) {
  const now = ctx.now();
  const cached = await ctx.db.feeds.get(key);
  const attemptedAt = cached?.attemptedAt ?? cached?.fetchedAt ?? 0;
  const fresh = cached !== undefined && cached.fetchedAt > 0 && now - cached.fetchedAt < FEED_TTL_MS;
  if (fresh || now - attemptedAt < FEED_MIN_INTERVAL_MS) return toMap(cached?.postings ?? []);

  // Record the attempt first, so that a failing board is not asked again within the interval.
  await ctx.db.feeds.put({
    key,
    fetchedAt: cached?.fetchedAt ?? 0,
    postings: cached?.postings ?? [],
    attemptedAt: now,
  });
  let entries: FeedEntry[] | null = null;
  try {
    const res = await ctx.fetch(feedUrl, { credentials: 'omit', headers: { accept: 'application/json' } });
    const length = Number(res.headers.get('content-length') ?? 0);
    if (res.ok && length <= MAX_FEED_BYTES) {
      const postings = parseFeed(site, await res.json(), boardUrl, (err) =>
        console.debug(`[skillfit] feed ${key}`, err),
      );
      entries = postings.map((p) => ({
        id: stableId(p),
        skills: ctx.engine
          .extract(`${p.title}\n${p.description}`)
          .map(({ id, requirement, years }) => ({ id, requirement, years })),
      }));
    }
  } catch (err) {
    console.debug(`[skillfit] feed ${key} unavailable`, err);
  }
  if (!entries) return toMap(cached?.postings ?? []);
  await ctx.db.feeds.put({ key, fetchedAt: now, postings: entries, attemptedAt: now });
  return toMap(entries);
}

function toMap(rows: unknown[]): Map<string, FeedEntry> {
  const map = new Map<string, FeedEntry>();
  for (const row of rows) {
    const e = row as FeedEntry;
    if (typeof e?.id === 'string' && Array.isArray(e.skills)) map.set(e.id, e);
  }
  return map;
}
