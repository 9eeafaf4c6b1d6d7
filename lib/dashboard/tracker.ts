// zod/mini: the tracker's first request is built from these before the rest of the dashboard loads.
import * as z from 'zod/mini';
import { SIGNAL_FILTER_KEYS, type SignalFilter } from '../posting/chips';
import { PostingStatusSchema, type PostingStatus } from '../db/records';
import type { Req } from '../messaging/protocol';

/** The statuses a saved posting can move through ('seen' is for postings never saved). */
export const TRACKER_STATUSES = [
  'saved',
  'applied',
  'interviewing',
  'offer',
  'rejected',
  'withdrawn',
] as const satisfies readonly PostingStatus[];

/** Words shown for each status. */
export const STATUS_WORDS: Record<PostingStatus, string> = {
  seen: 'Seen',
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/**
 * The tracker's sort choices: one select names both the key and the direction, because
 * "Best fit first" is what a person picks, not "fit, descending".
 */
export const TRACKER_SORTS = {
  'fit-desc': { label: 'Best fit first', sort: 'fit', dir: 'desc' },
  'fit-asc': { label: 'Lowest fit first', sort: 'fit', dir: 'asc' },
  'saved-desc': { label: 'Newest saved', sort: 'savedAt', dir: 'desc' },
  'saved-asc': { label: 'Oldest saved', sort: 'savedAt', dir: 'asc' },
  'title-asc': { label: 'Title A–Z', sort: 'title', dir: 'asc' },
} as const;
export type TrackerSort = keyof typeof TRACKER_SORTS;
const SORT_KEYS = Object.keys(TRACKER_SORTS) as [TrackerSort, ...TrackerSort[]];

/** Minimum-fit choices offered in the filter (0 = any fit, including unscored postings). */
export const MIN_FIT_CHOICES = [0, 40, 60, 80] as const;

/** What the user chose in the tracker's filter bar. */
export const TrackerFilterSchema = z.object({
  sort: z._default(z.enum(SORT_KEYS), 'saved-desc'),
  status: z._default(z.union([PostingStatusSchema, z.literal('')]), ''),
  site: z._default(z.string(), ''),
  minFit: z._default(z.int().check(z.minimum(0), z.maximum(100)), 0),
  search: z._default(z.string().check(z.maxLength(200)), ''),
  signal: z._default(z.union([z.enum(SIGNAL_FILTER_KEYS as [SignalFilter, ...SignalFilter[]]), z.literal('')]), ''),
});
export type TrackerFilter = z.infer<typeof TrackerFilterSchema>;

export const DEFAULT_FILTER: TrackerFilter = TrackerFilterSchema.parse({});

/** True when any filter narrows the list (the empty state then says "no match", not "nothing saved"). */
export function isFiltered(f: TrackerFilter): boolean {
  return f.status !== '' || f.site !== '' || f.minFit > 0 || f.search.trim() !== '' || f.signal !== '';
}

/** The `postings.list` request for one page of the tracker; empty choices are left out. */
export function toListQuery(f: TrackerFilter, page: number, pageSize: number): Req<'postings.list'> {
  const { sort, dir } = TRACKER_SORTS[f.sort];
  const search = f.search.trim();
  return {
    sort,
    dir,
    ...(f.status ? { status: f.status } : {}),
    ...(f.site ? { site: f.site } : {}),
    ...(f.minFit > 0 ? { minFit: f.minFit } : {}),
    ...(search ? { search } : {}),
    ...(f.signal ? { signal: f.signal } : {}),
    offset: Math.max(0, page) * pageSize,
    limit: pageSize,
  };
}

/** Number of pages for a total (at least one, so "page 1 of 1" reads right when empty). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * The filter kept in the address (`#tracker?status=applied&sort=fit-desc`), so that reload and
 * back keep the view. Unknown or bad values fall back to the defaults instead of failing.
 */
export function filterFromParams(params: URLSearchParams): TrackerFilter {
  const raw: Record<string, unknown> = {};
  for (const key of ['sort', 'status', 'site', 'search', 'signal'] as const) {
    const v = params.get(key);
    if (v !== null) raw[key] = v;
  }
  const min = Number(params.get('minFit'));
  if (Number.isInteger(min) && min > 0) raw.minFit = min;
  const parsed = TrackerFilterSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // Keep the valid parts: drop each field that fails on its own.
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    const one = TrackerFilterSchema.safeParse({ [k]: v });
    if (one.success) out[k] = v;
  }
  return TrackerFilterSchema.parse(out);
}

/** The inverse of `filterFromParams`: only the fields that differ from the defaults. */
export function filterToParams(f: TrackerFilter): URLSearchParams {
  const p = new URLSearchParams();
  if (f.sort !== DEFAULT_FILTER.sort) p.set('sort', f.sort);
  if (f.status) p.set('status', f.status);
  if (f.site) p.set('site', f.site);
  if (f.minFit > 0) p.set('minFit', String(f.minFit));
  if (f.search.trim()) p.set('search', f.search);
  if (f.signal) p.set('signal', f.signal);
  return p;
}

/** The tracker's two views: a table one page at a time, or a board with a column per status. */
export type TrackerLayout = 'table' | 'board';
export const layoutFromParams = (params: URLSearchParams): TrackerLayout =>
  params.get('view') === 'board' ? 'board' : 'table';

/** Cards a board column shows at first, and how many more each "Show more" adds. */
export const BOARD_LIMIT = 20;
/**
 * Cards per column the board's first request asks for (about what a tall window shows of a column):
 * fewer rows to read, send and draw before the first frame; the rest, up to BOARD_LIMIT, are asked
 * for once these are on screen.
 */
export const BOARD_FIRST_CARDS = 6;

/** The `postings.board` request for the filters (status is the board's columns, so it is not one). */
export function toBoardQuery(
  f: TrackerFilter,
  more: Partial<Record<PostingStatus, number>> = {},
  limit = BOARD_LIMIT,
): Req<'postings.board'> {
  const { sort, dir } = TRACKER_SORTS[f.sort];
  const search = f.search.trim();
  const opened = Object.entries(more).filter(([s]) => s !== 'seen');
  return {
    sort,
    dir,
    ...(f.site ? { site: f.site } : {}),
    ...(f.minFit > 0 ? { minFit: f.minFit } : {}),
    ...(search ? { search } : {}),
    ...(f.signal ? { signal: f.signal } : {}),
    limit,
    ...(opened.length ? { more: Object.fromEntries(opened) } : {}),
  };
}
