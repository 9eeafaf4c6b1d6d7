import Dexie from 'dexie';
import type { SkillFitDB } from './database';
import {
  PostingRecordSchema,
  PostingStatusSchema,
  type ListQuery,
  type PostingRecord,
  type PostingStatus,
} from './records';
import { parseRows } from './parse';
import { comparator, matcher, savedSites } from './postings';

/** The statuses a saved posting can have, in the order of a job search: one board column each. */
export const BOARD_STATUSES = PostingStatusSchema.options.filter((s) => s !== 'seen') as Exclude<
  PostingStatus,
  'seen'
>[];
export type BoardStatus = (typeof BOARD_STATUSES)[number];

export type BoardQuery = Pick<ListQuery, 'sort' | 'dir' | 'site' | 'minFit' | 'search' | 'signal'> & {
  /** How many postings to return per column (the rest are counted). */
  limit: number;
  /** Columns the user opened further: these return `more` postings instead of `limit`. */
  more?: Partial<Record<BoardStatus, number>>;
};

export interface BoardColumn {
  status: BoardStatus;
  /** Saved postings in this status that match the filters. */
  total: number;
  items: PostingRecord[];
}

/**
 * The tracker as a board: for each status, how many saved postings match and the first few in the
 * chosen order. The default view (newest first, no filter) counts each column from the status
 * index and walks the [saved+savedAt] index only until every column has its rows, so a board of
 * 10,000 jobs reads a few hundred rows; any filter or other order reads every saved row, as the
 * table does.
 */
export async function listBoard(db: SkillFitDB, q: BoardQuery): Promise<{ columns: BoardColumn[]; sites: string[] }> {
  const want = (s: BoardStatus) => q.more?.[s] ?? q.limit;
  const filtered = q.sort !== 'savedAt' || q.site || q.minFit !== undefined || q.search?.trim() || q.signal;
  const buckets = new Map<BoardStatus, unknown[]>(BOARD_STATUSES.map((s) => [s, []]));
  const totals = new Map<BoardStatus, number>();
  const sites = savedSites(db);
  if (!filtered) {
    const counts = await Promise.all(BOARD_STATUSES.map((s) => db.postings.where('status').equals(s).count()));
    BOARD_STATUSES.forEach((s, i) => totals.set(s, counts[i]!));
    const full = () => BOARD_STATUSES.every((s) => buckets.get(s)!.length >= Math.min(want(s), totals.get(s)!));
    if (!full()) {
      const range = db.postings.where('[saved+savedAt]').between([1, Dexie.minKey], [1, Dexie.maxKey]);
      await (q.dir === 'desc' ? range.reverse() : range).until(full).each((row: PostingRecord) => {
        const b = buckets.get(row.status as BoardStatus);
        if (b && b.length < want(row.status as BoardStatus)) b.push(row);
      });
    }
  } else {
    const keep = matcher(q);
    const rows = (await db.postings.where('saved').equals(1).toArray()).filter(keep).sort(comparator(q));
    for (const s of BOARD_STATUSES) totals.set(s, 0);
    for (const row of rows) {
      const s = row.status as BoardStatus;
      const b = buckets.get(s);
      if (!b) continue;
      totals.set(s, totals.get(s)! + 1);
      if (b.length < want(s)) b.push(row);
    }
  }
  return {
    columns: BOARD_STATUSES.map((status) => ({
      status,
      total: totals.get(status) ?? 0,
      items: parseRows(PostingRecordSchema, buckets.get(status)!, 'postings'),
    })),
    sites: await sites,
  };
}
