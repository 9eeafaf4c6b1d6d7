import Dexie from 'dexie';
import { passesSignalFilter } from '../posting/chips';
import type { SkillFitDB } from './database';
import {
  DeletedPostingSchema,
  PostingDetailSchema,
  PostingRecordSchema,
  type DeletedPosting,
  type ListQuery,
  type PostingDetail,
  type PostingInput,
  type PostingPlan,
  type PostingRecord,
  type PostingStatus,
} from './records';
import { parseRows } from './parse';
import { forgetDeletion, rememberDeletion } from './deletions';
import { deletePostings, postingTables, putPostings, withFits } from './fits';
import { readTallies } from './tallies';

export async function getPosting(db: SkillFitDB, id: string): Promise<PostingRecord | undefined> {
  const row = await db.postings.get(id);
  return row ? parseRows(PostingRecordSchema, await withFits(db, [row]), 'postings')[0] : undefined;
}

export async function getDetail(db: SkillFitDB, id: string): Promise<PostingDetail | undefined> {
  const row = await db.details.get(id);
  return row ? parseRows(PostingDetailSchema, [row], 'details')[0] : undefined;
}

/** What the user wrote about a posting, kept when the page is read again. */
const USER_FIELDS = ['appliedAt', 'followUpAt', 'remindedAt', 'salary', 'contact', 'nextStep', 'ignored'] as const;

function userFields(prev: Partial<PostingRecord> | undefined): Partial<PostingRecord> {
  const out: Partial<PostingRecord> = {};
  for (const k of USER_FIELDS) if (prev?.[k] !== undefined) Object.assign(out, { [k]: prev[k] });
  return out;
}

/**
 * Records a posting the user looked at. Keeps what the user decided about it (saved, status, notes,
 * dates, salary, contact, next step); refreshes what the page says (title, description, skills)
 * and the fit.
 */
export async function recordSeen(db: SkillFitDB, p: PostingInput, now = Date.now()): Promise<PostingRecord> {
  return db.transaction('rw', [...postingTables(db), db.details], async () => {
    const prev = await db.postings.get(p.id);
    const record = PostingRecordSchema.parse({
      ...userFields(prev),
      id: p.id,
      site: p.site,
      jobId: p.jobId,
      url: p.url,
      title: p.title,
      company: p.company,
      location: p.location,
      skills: p.skills.map(({ id, requirement, years, anyOf }) => ({ id, requirement, years, anyOf: anyOf ?? null })),
      fit: p.fit,
      ...(p.signals ? { signals: p.signals } : prev?.signals ? { signals: prev.signals } : {}),
      ...(p.cut ? { cut: p.cut } : {}),
      saved: prev?.saved ?? 0,
      status: prev?.status ?? 'seen',
      history: prev?.history ?? [],
      notes: prev?.notes ?? '',
      seenAt: now,
      savedAt: prev?.savedAt ?? null,
      updatedAt: now,
    });
    await putPostings(db, [record]);
    await db.details.put(PostingDetailSchema.parse({ id: p.id, description: p.description, skills: p.skills }));
    return record;
  });
}

/** Saves a posting into the tracker (status `saved`), recording it first when new. */
export async function savePosting(db: SkillFitDB, p: PostingInput, now = Date.now()): Promise<PostingRecord> {
  return db.transaction('rw', [...postingTables(db), db.details], async () => {
    const seen = await recordSeen(db, p, now);
    return seen.saved ? seen : markSaved(db, seen, now);
  });
}

async function markSaved(db: SkillFitDB, prev: PostingRecord, now: number): Promise<PostingRecord> {
  const record: PostingRecord = {
    ...prev,
    saved: 1,
    status: 'saved',
    savedAt: now,
    history: [...prev.history, { status: 'saved', at: now }],
    updatedAt: now,
  };
  await putPostings(db, [record]);
  return record;
}

export async function setStatus(
  db: SkillFitDB,
  id: string,
  status: PostingStatus,
  now = Date.now(),
): Promise<PostingRecord> {
  return db.transaction('rw', postingTables(db), async () => {
    const prev = await getPosting(db, id);
    if (!prev) throw new NotFoundError(`No posting ${id}`);
    if (prev.status === status) return prev;
    const record: PostingRecord = {
      ...prev,
      status,
      saved: status === 'seen' ? 0 : 1,
      savedAt: prev.savedAt ?? now,
      history: [...prev.history, { status, at: now }],
      updatedAt: now,
    };
    // Moving to "Applied" dates the application, unless the user gave the day already.
    if (status === 'applied' && (prev.appliedAt ?? null) === null) record.appliedAt = now;
    await putPostings(db, [record]);
    return record;
  });
}

/**
 * Writes the job-search fields of a saved posting (only those given). A new follow-up date
 * re-arms its reminder (`remindedAt` cleared).
 */
export async function updatePlan(
  db: SkillFitDB,
  id: string,
  plan: PostingPlan,
  now = Date.now(),
): Promise<PostingRecord> {
  return db.transaction('rw', postingTables(db), async () => {
    const prev = await getPosting(db, id);
    if (!prev) throw new NotFoundError(`No posting ${id}`);
    const record: PostingRecord = { ...prev, updatedAt: now };
    for (const k of ['appliedAt', 'followUpAt', 'salary', 'contact', 'nextStep'] as const) {
      if (plan[k] !== undefined) Object.assign(record, { [k]: plan[k] });
    }
    if (plan.followUpAt !== undefined && plan.followUpAt !== (prev.followUpAt ?? null)) record.remindedAt = null;
    await putPostings(db, [record]);
    return record;
  });
}

export async function setNotes(db: SkillFitDB, id: string, notes: string, now = Date.now()): Promise<PostingRecord> {
  return db.transaction('rw', postingTables(db), async () => {
    const prev = await getPosting(db, id);
    if (!prev) throw new NotFoundError(`No posting ${id}`);
    const record = { ...prev, notes, updatedAt: now };
    await putPostings(db, [record]);
    return record;
  });
}

/** Deletes a posting and returns it, so the caller can offer undo through `restorePosting`. */
export async function deletePosting(db: SkillFitDB, id: string, now = Date.now()): Promise<DeletedPosting | undefined> {
  return db.transaction('rw', [...postingTables(db), db.details, db.deletions], async () => {
    const record = await getPosting(db, id);
    if (!record) return undefined;
    const detail = (await getDetail(db, id)) ?? null;
    await deletePostings(db, [id]);
    await db.details.delete(id);
    // A saved job the user deleted stays deleted when an older backup is imported.
    if (record.saved) await rememberDeletion(db, 'postings', id, now);
    return { record, detail };
  });
}

/** Undo of a delete: the posting as it was, and its deletion forgotten. */
export async function restorePosting(db: SkillFitDB, deleted: DeletedPosting): Promise<void> {
  await db.transaction('rw', [...postingTables(db), db.details, db.deletions], async () => {
    await putPostings(db, [PostingRecordSchema.parse(deleted.record)]);
    if (deleted.detail) await db.details.put(PostingDetailSchema.parse(deleted.detail));
    await forgetDeletion(db, 'postings', deleted.record.id);
  });
}

/**
 * The sites saved postings come from, read from the [saved+site] index by skipping from one site to
 * the next: one short read per site, where listing the index's unique keys walks all its entries
 * (about 50 ms for 10,000 saved jobs on this machine under load).
 */
export async function savedSites(db: SkillFitDB): Promise<string[]> {
  const sites: string[] = [];
  for (;;) {
    const after = sites[sites.length - 1];
    const range =
      after === undefined
        ? db.postings.where('[saved+site]').between([1, Dexie.minKey], [1, Dexie.maxKey])
        : db.postings.where('[saved+site]').between([1, after], [1, Dexie.maxKey], false);
    const next = (await range.limit(1).keys())[0] as [number, string] | undefined;
    if (!next) return sites;
    sites.push(next[1]);
  }
}

/** How many postings are saved: the sum of the tallies by status (tallies.ts), where counting an index walks every entry. */
async function savedCount(db: SkillFitDB): Promise<number> {
  return Object.values(await readTallies(db)).reduce((sum, n) => sum + n, 0);
}

/** One page of the tracker: saved postings filtered and sorted, and the total that match (the sites present: `savedSites`). */
export async function listSaved(db: SkillFitDB, q: ListQuery): Promise<{ total: number; items: PostingRecord[] }> {
  const needle = q.search?.trim().toLowerCase();
  if (q.sort === 'savedAt' && !q.status && !q.site && q.minFit === undefined && !needle && !q.signal) {
    // The default view: one page straight from the [saved+savedAt] index.
    const range = db.postings.where('[saved+savedAt]').between([1, Dexie.minKey], [1, Dexie.maxKey]);
    const ordered = q.dir === 'desc' ? range.reverse() : range;
    const [total, items] = await Promise.all([
      savedCount(db),
      ordered
        .offset(q.offset)
        .limit(q.limit)
        .toArray()
        .then(async (rows) => parseRows(PostingRecordSchema, await withFits(db, rows), 'postings')),
    ]);
    return { total, items };
  }
  const all = (await withFits(db, await db.postings.where('saved').equals(1).toArray())) as PostingRecord[];
  const keep = matcher(q);
  const rows = all.filter(keep);
  rows.sort(comparator(q));
  const page = parseRows(PostingRecordSchema, rows.slice(q.offset, q.offset + q.limit), 'postings');
  return { total: rows.length, items: page };
}

/** The filters of a tracker query, as one predicate over stored rows. */
export function matcher(
  q: Pick<ListQuery, 'status' | 'site' | 'minFit' | 'search' | 'signal'>,
): (p: PostingRecord) => boolean {
  const needle = q.search?.trim().toLowerCase();
  return (p) =>
    (!q.status || p.status === q.status) &&
    (!q.site || p.site === q.site) &&
    (q.minFit === undefined || (p.fit ?? -1) >= q.minFit) &&
    (!needle || `${p.title} ${p.company ?? ''} ${p.location ?? ''}`.toLowerCase().includes(needle)) &&
    (!q.signal || passesSignalFilter(p.signals, q.signal));
}

/** The order of a tracker query; ties break by id, in the same direction, as the index does on the default view. */
export function comparator(q: Pick<ListQuery, 'sort' | 'dir'>): (a: PostingRecord, b: PostingRecord) => number {
  const sign = q.dir === 'asc' ? 1 : -1;
  return (a, b) => {
    const d =
      q.sort === 'fit'
        ? (a.fit ?? -1) - (b.fit ?? -1)
        : q.sort === 'title'
          ? a.title.localeCompare(b.title)
          : (a.savedAt ?? 0) - (b.savedAt ?? 0);
    return (d || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) * sign;
  };
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** Where the last posting taken out of the tracker from a job page waits for its Undo (never exported). */
const UNSAVED_KEY = 'internal.lastUnsaved';

/**
 * Takes a saved posting out of the tracker from the page that shows it: deleted as the tracker
 * deletes (its notes, status and dates go; the deletion is remembered for backups), then recorded
 * again as merely seen, so the page still shows its fit. The deleted posting is kept for
 * `undoUnsave`; undefined when the posting was not saved.
 */
export async function unsavePosting(db: SkillFitDB, id: string, now = Date.now()): Promise<PostingRecord | undefined> {
  return db.transaction('rw', [...postingTables(db), db.details, db.deletions, db.settings], async () => {
    const prev = await getPosting(db, id);
    if (!prev?.saved) return undefined;
    const deleted = (await deletePosting(db, id, now))!;
    const { id: _, site, jobId, url, title, company, location, skills, signals, fit, seenAt, ignored } = prev;
    const seen: PostingRecord = PostingRecordSchema.parse({
      id,
      site,
      jobId,
      url,
      title,
      company,
      location,
      skills,
      fit,
      seenAt,
      ...(signals ? { signals } : {}),
      ...(ignored ? { ignored } : {}),
      saved: 0,
      status: 'seen',
      history: [],
      notes: '',
      savedAt: null,
      updatedAt: now,
    });
    await putPostings(db, [seen]);
    if (deleted.detail) await db.details.put(deleted.detail);
    await db.settings.put({ key: UNSAVED_KEY, value: deleted });
    return seen;
  });
}

/** Undo of `unsavePosting`: the posting back in the tracker as it was; false when there is nothing to undo for it. */
export async function undoUnsave(db: SkillFitDB, id: string): Promise<boolean> {
  return db.transaction('rw', [...postingTables(db), db.details, db.deletions, db.settings], async () => {
    const parsed = DeletedPostingSchema.safeParse((await db.settings.get(UNSAVED_KEY))?.value);
    if (!parsed.success || parsed.data.record.id !== id) return false;
    await restorePosting(db, parsed.data);
    await db.settings.delete(UNSAVED_KEY);
    return true;
  });
}
