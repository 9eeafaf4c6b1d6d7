import { browser } from 'wxt/browser';
import {
  BOARD_FIRST_CARDS,
  filterFromParams,
  layoutFromParams,
  toBoardQuery,
  toListQuery,
} from '@/lib/dashboard/tracker';
import { sendEarly } from '@/lib/messaging/early';
import { readRoute } from './route';

/** Saved jobs on one page of the tracker's table. */
export const TRACKER_PAGE = 50;
/** Performance mark set when the first page of rows is on screen (read by the dashboard benchmark). */
export const FIRST_ROWS_MARK = 'skillfit:tracker-first-rows';
/** Performance mark set when the first page is asked of the background (the benchmark's breakdown). */
export const FIRST_REQUEST_MARK = 'skillfit:tracker-first-request';
export const FIRST_RESPONSE_MARK = 'skillfit:tracker-first-response';
/** Performance mark set when the reply to the request sent early reaches the page, before anyone takes it. */
export const EARLY_REPLY_MARK = 'skillfit:tracker-early-reply';
/** Performance mark set when the dashboard's app code starts to run (main.tsx), its modules all loaded. */
export const APP_START_MARK = 'skillfit:dashboard-app-start';
/** Performance mark set when the board's first cards are on screen (the benchmark's board figure). */
export const BOARD_CARDS_MARK = 'skillfit:tracker-board-cards';

/** The first request the tracker section makes for the address it opens on, or null for other sections. */
export function firstTrackerRequest(
  hash = location.hash,
): { type: 'postings.list' | 'postings.board'; payload: object } | null {
  const { section, params } = readRoute(hash);
  // A posting to open first is read on its own (TrackerSection), not as a page.
  if (section !== 'tracker' || params.has('open')) return null;
  const filter = filterFromParams(params);
  return layoutFromParams(params) === 'board'
    ? { type: 'postings.board', payload: toBoardQuery(filter, {}, BOARD_FIRST_CARDS) }
    : { type: 'postings.list', payload: toListQuery(filter, 0, TRACKER_PAGE) };
}

/** Set on the page once the tracker's first request is sent, by whichever script sends it first. */
const ASKED = '__skillfitTrackerAsked';

/**
 * Sends the tracker's first request before the dashboard's scripts load (lib/messaging/early.ts):
 * the background reads the first page while the page is still parsing its code. Two scripts call
 * this, the first script (dashboard-early.ts) and the app (ask-early.ts), whichever runs first; the
 * other one sends nothing, so that a late first script never leaves a reply no one takes.
 */
export function askTrackerEarly(): void {
  const page = globalThis as { [ASKED]?: boolean };
  if (page[ASKED]) return;
  page[ASKED] = true;
  const first = firstTrackerRequest();
  if (!first) return;
  if (first.type === 'postings.list') performance.mark(FIRST_REQUEST_MARK);
  sendEarly(first, async (m) => {
    const reply: unknown = await browser.runtime.sendMessage(m);
    performance.mark(EARLY_REPLY_MARK);
    return reply;
  });
}
