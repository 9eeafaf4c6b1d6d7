/**
 * Fits live apart from postings (schema v7), in a few large rows. `fits` holds, per bucket of
 * posting ids, each posting's fit; `scoring` holds, in the same buckets, what a re-score reads
 * (skills, the skills set aside, saved, title); each row is one JSON text (lib/db/stored.ts). A
 * profile change re-scores every posting: with 10,000 saved jobs it reads 2 × BUCKETS strings and
 * writes at most BUCKETS, where reading every posting row and writing one back per changed fit
 * took seconds (IndexedDB's cost is per row and per object cloned, far more than per byte). The
 * tracker's pages read only the small `fits` rows of the postings they show.
 *
 * Code outside lib/db sees one `PostingRecord` with its `fit`, as before: the repositories join
 * the tables on reading (`withFits`) and write them together (`putPostings`). A transaction that
 * writes postings, or reads them with their fits, takes `postingTables(db)`.
 */
import type { EntityTable } from 'dexie';
import type { SkillFitDB } from './database';
import type { PostingRecord } from './records';
import {
  bucketOf,
  packBucket,
  readBucket,
  scoringEntry,
  storedPosting,
  tallyChange,
  type Bucket,
  type StoredPosting,
} from './stored';
import { adjustTallies } from './tallies';

type BucketTable = EntityTable<Bucket, 'bucket'>;

/** The tables a posting with its fit is spread over, and the tallies of saved postings by status (tallies.ts). */
export const postingTables = (db: SkillFitDB) => [db.postings, db.fits, db.scoring, db.tallies];

/** Reads the buckets of these ids: bucket number → its entries (none where no row is stored yet). */
async function bucketsFor<T>(table: BucketTable, ids: Iterable<string>): Promise<Map<number, Record<string, T>>> {
  const wanted = [...new Set([...ids].map(bucketOf))];
  const rows = await table.bulkGet(wanted);
  return new Map(wanted.map((b, i) => [b, readBucket<T>(rows[i])]));
}

/** Changes the entries of some postings in one table, one read and one write per bucket touched. */
async function editEntries<T>(
  table: BucketTable,
  ids: readonly string[],
  edit: (entries: Record<string, T>, id: string, i: number) => void,
): Promise<void> {
  if (!ids.length) return;
  const buckets = await bucketsFor<T>(table, ids);
  ids.forEach((id, i) => edit(buckets.get(bucketOf(id))!, id, i));
  await table.bulkPut([...buckets].map(([b, entries]) => packBucket(b, entries)));
}

/** Writes postings with their fits (inside a transaction over `postingTables`). */
export async function putPostings(db: SkillFitDB, records: readonly PostingRecord[]): Promise<void> {
  if (!records.length) return;
  await putStoredPostings(db, records);
  await editEntries<number | null>(
    db.fits,
    records.map((r) => r.id),
    (entries, id, i) => {
      entries[id] = records[i]!.fit;
    },
  );
}

/**
 * Writes stored posting rows, and what a re-score reads of them, keeping each one's fit (the
 * re-score that follows brings it up to date).
 */
export async function putStoredPostings(db: SkillFitDB, rows: readonly StoredPosting[]): Promise<void> {
  if (!rows.length) return;
  const before = await db.postings.bulkGet(rows.map((r) => r.id));
  await db.postings.bulkPut(rows.map(storedPosting));
  await adjustTallies(db, tallyChange(before, rows));
  await editEntries(
    db.scoring,
    rows.map((r) => r.id),
    (entries, id, i) => {
      entries[id] = scoringEntry(rows[i]!);
    },
  );
}

/** Deletes postings and their fits (inside a transaction over `postingTables`). */
export async function deletePostings(db: SkillFitDB, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const before = await db.postings.bulkGet([...ids]);
  await db.postings.bulkDelete([...ids]);
  await adjustTallies(db, tallyChange(before, []));
  for (const table of [db.fits, db.scoring]) {
    await editEntries(table, ids, (entries, id) => {
      delete entries[id];
    });
  }
}

/**
 * Stored posting rows with their fits joined in (null where none is stored), unvalidated: callers
 * parse them with `PostingRecordSchema`.
 */
export async function withFits(db: SkillFitDB, rows: readonly unknown[]): Promise<unknown[]> {
  const ids = rows.map((r) => (r as { id?: unknown } | null)?.id).filter((id) => typeof id === 'string');
  const buckets = await bucketsFor<number | null>(db.fits, ids);
  return rows.map((row) => {
    if (!row || typeof row !== 'object') return row;
    const id = (row as { id?: unknown }).id;
    const fit = typeof id === 'string' ? buckets.get(bucketOf(id))?.[id] : undefined;
    return { ...row, fit: fit ?? null };
  });
}

/** The fit of one posting as stored (undefined when none is). */
export async function storedFit(db: SkillFitDB, id: string): Promise<number | null | undefined> {
  return readBucket<number | null>(await db.fits.get(bucketOf(id)))[id];
}
