/**
 * A job board's public JSON feed (Greenhouse, Lever, Ashby): declared by the site's adapter as its
 * named export `feed`, collected for the background in feeds.ts, and read here one job at a time.
 *
 * The content script imports the adapters' default exports only, so each `feed`, with its schema
 * and mapper, is tree-shaken out of the page's bundle. That holds while declaring a feed runs
 * nothing the bundler must keep: Zod marks its schema factories free of side effects, and
 * `defineFeed` only returns its argument. conventions.test.ts bundles lib/sites to check it.
 */
import type * as z from 'zod/mini';
import { PostingSchema, capDescription, type Posting } from './schema';

export interface BoardFeed<Job extends z.ZodMiniType = z.ZodMiniType> {
  /** The board's name in a page URL of the site; null for a page of no board. */
  board(url: URL): string | null;
  /** The board's public JSON feed (the page URL tells instances apart, e.g. Lever's EU one). */
  url(board: string, page: URL): string;
  /** Where a response holds its jobs: the name of the property with the array, or null for a bare array. */
  list: string | null;
  /** The schema of one job of a response. */
  job: Job;
  /** One valid job → its posting, or null for a job the board does not show (left out silently). */
  posting(job: z.output<Job>): Posting | null;
}

/** Declares a feed; only gives `posting` its parameter type from `job` (and runs nothing). */
export const defineFeed = <Job extends z.ZodMiniType>(feed: BoardFeed<Job>): BoardFeed<Job> => feed;

const BOARD_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** A board name as the sites spell them (letters, digits, `._-`), else null: never `..` or a slash. */
export function boardName(s: string | null | undefined): string | null {
  return s && BOARD_NAME.test(s) ? s : null;
}

/** The board named by a page URL's first path segment (`jobs.lever.co/{board}/…`). */
export function boardInPath(url: URL): string | null {
  try {
    return boardName(decodeURIComponent(url.pathname.split('/')[1] ?? ''));
  } catch {
    return null; // a malformed %-escape names no board
  }
}

/** A job of a response that was left out, and why. */
export interface SkippedJob {
  /** Its place in the response's job list. */
  index: number;
  error: unknown;
}

/**
 * A feed response → the postings of its valid jobs. Each job is validated on its own: one bad job
 * (a null title, an unsafe URL) is left out and listed in `skipped`, and never empties the board.
 * Throws when the response holds no job list at all (an error page, a changed API).
 */
export function readFeed(feed: BoardFeed, json: unknown): { postings: Posting[]; skipped: SkippedJob[] } {
  const jobs: unknown =
    feed.list === null ? json : typeof json === 'object' && json !== null ? Reflect.get(json, feed.list) : undefined;
  if (!Array.isArray(jobs)) throw new Error(`feed response without a job list${feed.list ? ` (${feed.list})` : ''}`);
  const postings: Posting[] = [];
  const skipped: SkippedJob[] = [];
  jobs.forEach((raw: unknown, index) => {
    try {
      const posting = feed.posting(feed.job.parse(raw));
      if (posting) postings.push(PostingSchema.parse(capDescription(posting)));
    } catch (error) {
      skipped.push({ index, error });
    }
  });
  return { postings, skipped };
}
