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
import { comparator, matcher } from './postings';
import { withFits } from './fits';
import { readTallies } from './tallies';

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
 * chosen order. The default view (newest first, no filter) reads each column's first cards from the
 * [status+savedAt] index, all columns at once, and its count from the tallies (tallies.ts), so a
 * board of 10,000 jobs reads a hundred-odd rows. Any filter or other order reads every saved row,
 * as the table does.
 */
export async function listBoard(db: SkillFitDB, q: BoardQuery): Promise<{ columns: BoardColumn[] }> {
  const want = (s: BoardStatus) => q.more?.[s] ?? q.limit;
  const filtered = q.sort !== 'savedAt' || q.site || q.minFit !== undefined || q.search?.trim() || q.signal;
  let columns: { status: BoardStatus; total: number; rows: unknown[] }[];
  if (!filtered) {
    const [tallies, ...firsts] = await Promise.all([
      readTallies(db),
      ...BOARD_STATUSES.map((status) => {
        // savedAt is null only on rows never saved, which have status 'seen': no column reads them.
        const range = db.postings.where('[status+savedAt]').between([status, Dexie.minKey], [status, Dexie.maxKey]);
        return (q.dir === 'desc' ? range.reverse() : range).limit(want(status)).toArray();
      }),
    ]);
    columns = BOARD_STATUSES.map((status, i) => ({
      status,
      total: tallies[status] ?? 0,
      rows: firsts[i] as unknown[],
    }));
    // One read of the fits for every column's cards: columns share buckets.
    const joined = await withFits(
      db,
      columns.flatMap((c) => c.rows),
    );
    let at = 0;
    for (const c of columns) c.rows = joined.slice(at, (at += c.rows.length));
  } else {
    const keep = matcher(q);
    const all = (await withFits(db, await db.postings.where('saved').equals(1).toArray())) as PostingRecord[];
    const rows = all.filter(keep).sort(comparator(q));
    columns = BOARD_STATUSES.map((status) => ({ status, total: 0, rows: [] }));
    const byStatus = new Map(columns.map((c) => [c.status, c]));
    for (const row of rows) {
      const column = byStatus.get(row.status as BoardStatus);
      if (!column) continue;
      column.total++;
      if (column.rows.length < want(column.status)) column.rows.push(row);
    }
  }
  return {
    columns: columns.map(({ status, total, rows }) => ({
      status,
      total,
      items: parseRows(PostingRecordSchema, rows, 'postings'),
    })),
  };
}
