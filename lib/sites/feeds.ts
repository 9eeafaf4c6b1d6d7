/**
 * The board feeds, for the background only: one line per adapter that declares a public feed
 * (its named export `feed`; conventions.test.ts checks that each one is listed here under its
 * adapter's id). The content script never imports this module, so no feed ships in it.
 */
import { feed as ashby } from './ashby';
import { feed as greenhouse } from './greenhouse';
import { feed as lever } from './lever';
import type { BoardFeed } from './board-feed';
import { adapters } from './registry';
import { candidates } from './runner';

export { readFeed, type BoardFeed, type SkippedJob } from './board-feed';

/** Every declared feed, by adapter id. */
export const feeds: Readonly<Record<string, BoardFeed>> = { greenhouse, lever, ashby };

/** A page's board and where its feed is. */
export interface PageBoard {
  /** The adapter id (also the `site` of the feed's postings). */
  site: string;
  board: string;
  url: string;
  feed: BoardFeed;
}

/**
 * The board of a page, when the site has a public feed: the adapters whose URL patterns match the
 * page (highest priority first, as the runner picks them), the first of them that declares a
 * feed, and the board that feed finds in the URL. Null for any other page.
 */
export function boardOfPage(url: URL): PageBoard | null {
  for (const adapter of candidates(adapters, url)) {
    if (!Object.hasOwn(feeds, adapter.id)) continue;
    const feed = feeds[adapter.id]!;
    const board = feed.board(url);
    return board ? { site: adapter.id, board, url: feed.url(board, url), feed } : null;
  }
  return null;
}
