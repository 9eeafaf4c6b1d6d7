import { stableId } from '../sites';
import { boardOfPage, readFeed, type PageBoard } from '../sites/feeds';
import type { BackgroundContext } from './context';
import { StoredSkillSchema } from '../db/records';
import * as z from 'zod/mini';

/** A board's feed is fresh this long; after that the next list page reads it again. */
export const FEED_TTL_MS = 30 * 60_000;
/** Never more than one request per board in this window, whatever happens (errors included). */
export const FEED_MIN_INTERVAL_MS = 5 * 60_000;
/** A board API that has not answered by then is given up on (until the interval above has passed). */
export const FEED_TIMEOUT_MS = 20_000;
/** A feed body larger than this is not read on (counted as it streams: servers may send no length). */
export const MAX_FEED_BYTES = 20_000_000;
/** At most this many board feeds are fetched at once, whatever the pages ask (200 boards ≠ 200 fetches). */
export const MAX_CONCURRENT_FEEDS = 2;

/** What is kept of each feed posting: what card scoring needs. Cached rows are checked on the way out. */
const FeedEntrySchema = z.object({ id: z.string(), skills: z.array(StoredSkillSchema) });
export type FeedEntry = z.infer<typeof FeedEntrySchema>;

/** The fetch slots of MAX_CONCURRENT_FEEDS: a waiting list, served in order. */
let running = 0;
const waiting: (() => void)[] = [];
async function inSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_FEEDS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** The body as JSON, or an error once more than `max` bytes have arrived (the rest is not read). */
export async function readJsonCapped(res: Response, max: number): Promise<unknown> {
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > max) throw new Error(`feed of ${declared} bytes is over the ${max}-byte cap`);
  if (!res.body) return res.json();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new Error(`feed body over the ${max}-byte cap`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return JSON.parse(new TextDecoder().decode(bytes));
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
    // The timeout covers the whole read (a body that trickles in forever is given up on too).
    const json = await inSlot(async () => {
      const res = await ctx.fetch(board.url, {
        credentials: 'omit',
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(FEED_TIMEOUT_MS),
      });
      return res.ok ? readJsonCapped(res, MAX_FEED_BYTES) : null;
    });
    if (json !== null) {
      const { postings, skipped } = readFeed(board.feed, json);
      // Reported once per read, all together: the board's other jobs are kept.
      if (skipped.length) console.debug(`[skillfit] feed ${key}: ${skipped.length} job(s) left out`, skipped);
      entries = postings.map((p) => ({
        id: stableId(p),
        skills: ctx.engine
          .read(p)
          .skills.map(({ id, requirement, years, anyOf }) => ({ id, requirement, years, anyOf })),
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
    // One damaged cached row loses that posting's exact badge, never the page's.
    const e = z.safeParse(FeedEntrySchema, row);
    if (e.success) map.set(e.data.id, e.data);
  }
  return map;
}
