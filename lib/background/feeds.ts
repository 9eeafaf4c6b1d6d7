import { stableId } from '../sites';
import { boardOfPage, readFeed, type PageBoard } from '../sites/feeds';
import type { BackgroundContext } from './context';
import { postingText } from './engine';
import type { StoredSkill } from '../db/records';

/** A board's feed is fresh this long; after that the next list page reads it again. */
export const FEED_TTL_MS = 30 * 60_000;
/** Never more than one request per board in this window, whatever happens (errors included). */
export const FEED_MIN_INTERVAL_MS = 5 * 60_000;
/** A board API that has not answered by then is given up on (until the interval above has passed). */
export const FEED_TIMEOUT_MS = 20_000;
const MAX_FEED_BYTES = 20_000_000;

/** What is kept of each feed posting: what card scoring needs. */
export interface FeedEntry {
  id: string;
  skills: StoredSkill[];
}

const inflight = new Map<string, Promise<Map<string, FeedEntry>>>();

/**
 * The postings of the board a list page belongs to, by stable id, from the board's public JSON
 * feed (the adapters that declare one: lib/sites/feeds.ts). Cached in the database; fetched only
 * from the background, at most once per board per FEED_MIN_INTERVAL_MS. An empty map for pages
 * without a feed (or when the feed failed and nothing is cached); 'loading' when the feed is still
 * being fetched after `waitMs` (the fetch goes on, and the next call shares it).
 */
export async function boardPostings(
  ctx: BackgroundContext,
  pageUrl: string,
  waitMs = Infinity,
): Promise<Map<string, FeedEntry> | 'loading'> {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return new Map();
  }
  const board = boardOfPage(url);
  if (!board) return new Map();
  const key = `${board.site}:${board.board}`;
  let job = inflight.get(key);
  if (!job) {
    job = load(ctx, key, board).finally(() => inflight.delete(key));
    inflight.set(key, job);
  }
  return waitMs === Infinity ? job : within(job, waitMs);
}

/** The promise's value, or 'loading' when it takes longer than `ms`. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | 'loading'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'loading'>((resolve) => (timer = setTimeout(() => resolve('loading'), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function load(ctx: BackgroundContext, key: string, board: PageBoard): Promise<Map<string, FeedEntry>> {
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
    const res = await ctx.fetch(board.url, {
      credentials: 'omit',
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(FEED_TIMEOUT_MS),
    });
    const length = Number(res.headers.get('content-length') ?? 0);
    if (res.ok && length <= MAX_FEED_BYTES) {
      const { postings, skipped } = readFeed(board.feed, await res.json());
      // Reported once per read, all together: the board's other jobs are kept.
      if (skipped.length) console.debug(`[skillfit] feed ${key}: ${skipped.length} job(s) left out`, skipped);
      entries = postings.map((p) => ({
        id: stableId(p),
        skills: ctx.engine.extract(postingText(p)).map(({ id, requirement, years }) => ({ id, requirement, years })),
      }));
    }
  } catch (err) {
    // Unreachable, not JSON, or no job list at all: the cached postings (if any) stay.
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
