// Rows as the database stores them where they differ from the records the rest of the code sees.
// Kept out of records.ts, which the content script bundles through the protocol.
import * as z from 'zod/mini';
import { PostingRecordSchema, type PostingStatus } from './records';

/** A row of `postings` as stored since schema v7: the record without its fit, which is in `fits` (lib/db/fits.ts). */
export const StoredPostingSchema = z.omit(PostingRecordSchema, { fit: true });
export type StoredPosting = z.infer<typeof StoredPostingSchema>;

/** What a re-score reads of a posting, kept in its bucket of `scoring`. */
export const ScoringEntrySchema = z.object({
  skills: PostingRecordSchema.shape.skills,
  ignored: PostingRecordSchema.shape.ignored,
  saved: PostingRecordSchema.shape.saved,
  title: PostingRecordSchema.shape.title,
});
export type ScoringEntry = z.infer<typeof ScoringEntrySchema>;

/**
 * A row of `fits` or `scoring`: the entries (fits, or what a re-score reads) of the postings whose
 * ids hash to `bucket` (`bucketOf`), as one JSON text. Reading IndexedDB costs per row and per
 * object cloned: 10,000 posting rows take about a second to read on this machine, 64 strings a
 * fraction of that, and they parse in milliseconds.
 */
export interface Bucket {
  bucket: number;
  /** `JSON.stringify` of a `Record<postingId, entry>`. */
  entries: string;
}

/** The entries of a bucket row (none when the row is missing or unreadable). */
export function readBucket<T>(row: Bucket | undefined): Record<string, T> {
  if (!row) return {};
  try {
    const entries: unknown = JSON.parse(row.entries);
    if (entries && typeof entries === 'object' && !Array.isArray(entries)) return entries as Record<string, T>;
  } catch {
    // Reported below, as a row of the wrong shape is.
  }
  console.warn(`[skillfit] unreadable bucket ${row.bucket} skipped`);
  return {};
}

/** A bucket row for these entries. */
export function packBucket<T>(bucket: number, entries: Record<string, T>): Bucket {
  return { bucket, entries: JSON.stringify(entries) };
}

/** How many rows the fits (and what re-scores read) are spread over: about 160 postings each at 10,000. */
export const BUCKETS = 64;

/** The bucket of a posting id (FNV-1a over its UTF-16 code units): stable across versions, never change it. */
export function bucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % BUCKETS;
}

/** The row of `postings` for a record: everything but the fit (a `fit` the row still had is dropped). */
export function storedPosting(record: StoredPosting & { fit?: unknown }): StoredPosting {
  const { fit: _kept, ...row } = record;
  return row;
}

/** What `scoring` keeps of a posting. */
export function scoringEntry(p: StoredPosting): ScoringEntry {
  return { skills: p.skills, ...(p.ignored?.length ? { ignored: p.ignored } : {}), saved: p.saved, title: p.title };
}

/** Both tables' buckets, from posting rows that still carry their fit (the v7 upgrade). */
export function bucketsFromRows(rows: readonly (StoredPosting & { fit?: unknown })[]): {
  fits: Bucket[];
  scoring: Bucket[];
} {
  const fits = new Map<number, Record<string, number | null>>();
  const scoring = new Map<number, Record<string, ScoringEntry>>();
  for (const row of rows) {
    const b = bucketOf(row.id);
    const fitsHere = fits.get(b) ?? {};
    const scoringHere = scoring.get(b) ?? {};
    fitsHere[row.id] = typeof row.fit === 'number' ? row.fit : null;
    scoringHere[row.id] = scoringEntry(storedPosting(row));
    fits.set(b, fitsHere);
    scoring.set(b, scoringHere);
  }
  return {
    fits: [...fits].map(([b, e]) => packBucket(b, e)),
    scoring: [...scoring].map(([b, e]) => packBucket(b, e)),
  };
}

/** A row of `tallies`: the number of saved postings (`saved` 1) in one status. */
export interface Tally {
  status: PostingStatus;
  n: number;
}

/** What a tally reads of a posting row. */
type Counted = { saved?: unknown; status?: unknown } | null | undefined;

const statusOf = (row: Counted): PostingStatus | null =>
  row && row.saved === 1 && typeof row.status === 'string' ? (row.status as PostingStatus) : null;

/** The change in each status's tally when rows `before` become `after` (undefined: no row). */
export function tallyChange(before: readonly Counted[], after: readonly Counted[]): Map<PostingStatus, number> {
  const change = new Map<PostingStatus, number>();
  const add = (row: Counted, by: number) => {
    const s = statusOf(row);
    if (s) change.set(s, (change.get(s) ?? 0) + by);
  };
  before.forEach((row) => add(row, -1));
  after.forEach((row) => add(row, 1));
  return change;
}

/** The tallies of these rows, counted from scratch (the v8 upgrade). */
export function countTallies(rows: readonly Counted[]): Tally[] {
  return [...tallyChange([], rows)].map(([status, n]) => ({ status, n }));
}
