/**
 * Importing a backup merges it with what is here, record by record:
 * - a record only in the backup is added, unless the user deleted it after the backup's version
 *   of it was written (then it stays deleted, unless the user asks to restore deletions);
 * - a record on both sides: the newer version wins (profile and postings by `updatedAt`, the
 *   learning plan by its latest date, catalogs by import date); on a tie, or when the time says
 *   nothing (settings, credentials), what is here stays;
 * - a saved posting's description travels with it.
 * Nothing is written until the user has seen the plan. Applying it takes a safety copy of the
 * current data first, in the same transaction, which `restoreSnapshot` puts back in one click.
 */
import type { SkillFitDB } from '../db/database';
import { deletionKey } from '../db/deletions';
import { markRescoreNeeded } from '../db/rescore-flag';
import { putPostings, withFits } from '../db/fits';
import type { DeletableKind, PostingDetail } from '../db/records';
import type { Backup } from './format';
import { backupTables, exportBackup } from './export';

type MergeKind = 'profile' | 'postings' | 'learning' | 'credentials' | 'catalogs' | 'settings';
export const MERGE_KINDS: readonly MergeKind[] = [
  'profile',
  'postings',
  'learning',
  'credentials',
  'catalogs',
  'settings',
];

export interface KindChanges {
  /** New here. */
  add: number;
  /** The backup's version is newer: it replaces what is here. */
  update: number;
  /** Here and different, and what is here is newer (or as new): kept. */
  keep: number;
  /** Identical on both sides. */
  same: number;
  /** Deleted here after the backup's version: left deleted unless asked. */
  deleted: number;
}

/** A record both sides changed, where what is here was kept (shown before importing). */
export interface Conflict {
  kind: MergeKind;
  id: string;
  label: string;
}

export interface ImportPlan {
  exportedAt: number;
  changes: Record<MergeKind, KindChanges>;
  conflicts: Conflict[];
  /** The records to write: `rows` by kind, each chosen by the rules above. */
  writes: { [K in MergeKind]: Backup[K] };
  /** Deleted here since: written only with `restoreDeleted`. */
  restorable: { [K in MergeKind]: Backup[K] };
  details: PostingDetail[];
}

const keyOf: { [K in MergeKind]: (r: Backup[K][number]) => string } = {
  profile: (r) => r.skillId,
  postings: (r) => r.id,
  learning: (r) => r.courseId,
  credentials: (r) => r.id,
  catalogs: (r) => r.id,
  settings: (r) => r.key,
};
/** When a record was last changed, or null when its kind keeps no such time. */
const versionOf: { [K in MergeKind]: (r: Backup[K][number]) => number | null } = {
  profile: (r) => r.updatedAt,
  postings: (r) => r.updatedAt,
  learning: (r) => r.completedAt ?? r.startedAt,
  credentials: () => null,
  catalogs: (r) => r.importedAt,
  settings: () => null,
};
const labelOf: { [K in MergeKind]: (r: Backup[K][number]) => string } = {
  profile: (r) => r.name,
  postings: (r) => (r.company ? `${r.title} — ${r.company}` : r.title),
  learning: (r) => r.course.title,
  credentials: (r) => r.title,
  catalogs: (r) => r.name,
  settings: (r) => r.key,
};
const DELETABLE: Partial<Record<MergeKind, DeletableKind>> = {
  profile: 'profile',
  postings: 'postings',
  catalogs: 'catalogs',
};

/** Order-independent equality of two stored records (both came through JSON). */
function same(a: unknown, b: unknown): boolean {
  return stable(a) === stable(b);
}
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** What importing `backup` would change here; reads, never writes. */
export async function planImport(db: SkillFitDB, backup: Backup): Promise<ImportPlan> {
  const changes = {} as ImportPlan['changes'];
  const writes = {} as Record<MergeKind, unknown[]>;
  const restorable = {} as Record<MergeKind, unknown[]>;
  const conflicts: Conflict[] = [];
  await db.transaction('r', [...backupTables(db), db.deletions], async () => {
    for (const kind of MERGE_KINDS) {
      const c: KindChanges = { add: 0, update: 0, keep: 0, same: 0, deleted: 0 };
      const table = db.table(kind);
      const incoming = backup[kind] as Backup[MergeKind][number][];
      const key = keyOf[kind] as (r: unknown) => string;
      const version = versionOf[kind] as (r: unknown) => number | null;
      const stored = await table.bulkGet(incoming.map(key));
      // A posting is compared with its fit, as the backup carries it.
      const here = kind === 'postings' ? await withFits(db, stored) : stored;
      const deletable = DELETABLE[kind];
      const tombstones = deletable
        ? await db.deletions.bulkGet(incoming.map((r) => deletionKey(deletable, key(r))))
        : [];
      writes[kind] = [];
      restorable[kind] = [];
      incoming.forEach((row, i) => {
        const current = here[i];
        if (current === undefined) {
          const gone = tombstones[i];
          const v = version(row);
          if (gone && (v === null || gone.deletedAt >= v)) {
            c.deleted++;
            restorable[kind].push(row);
          } else {
            c.add++;
            writes[kind].push(row);
          }
          return;
        }
        // A viewed-only posting here is a cache: the saved one from the backup replaces it.
        const cacheOnly = kind === 'postings' && (current as { saved?: number }).saved === 0;
        if (!cacheOnly && same(current, row)) {
          c.same++;
          return;
        }
        const theirs = version(row);
        const ours = version(current);
        if (cacheOnly || (theirs !== null && ours !== null && theirs > ours)) {
          c.update++;
          writes[kind].push(row);
        } else {
          c.keep++;
          conflicts.push({ kind, id: key(row), label: (labelOf[kind] as (r: unknown) => string)(current) });
        }
      });
      changes[kind] = c;
    }
  });
  return {
    exportedAt: backup.exportedAt,
    changes,
    conflicts,
    writes: writes as ImportPlan['writes'],
    restorable: restorable as ImportPlan['restorable'],
    details: backup.details,
  };
}

export const SNAPSHOT_ID = 'before-import';

/**
 * Writes a plan in one transaction: first the safety copy of what is here now, then the chosen
 * records (and, with `restoreDeleted`, those deleted since, their deletions forgotten), then the
 * mark that stored fits need a re-score. Returns how many records of each kind were written.
 */
export async function applyImport(
  db: SkillFitDB,
  plan: ImportPlan,
  opts: { restoreDeleted: boolean; now: number },
): Promise<Record<MergeKind, number>> {
  const written = {} as Record<MergeKind, number>;
  await db.transaction('rw', [...backupTables(db), db.deletions, db.snapshots], async () => {
    const before = await exportBackup(db, opts.now);
    const deletions = await db.deletions.toArray();
    await db.snapshots.put({
      id: SNAPSHOT_ID,
      createdAt: opts.now,
      reason: 'import',
      json: JSON.stringify({ backup: before, deletions }),
    });
    const postingIds = new Set<string>();
    for (const kind of MERGE_KINDS) {
      const rows = [...plan.writes[kind], ...(opts.restoreDeleted ? plan.restorable[kind] : [])] as object[];
      written[kind] = rows.length;
      if (!rows.length) continue;
      if (kind === 'postings') await putPostings(db, rows as Backup['postings']);
      else await db.table(kind).bulkPut(rows);
      const deletable = DELETABLE[kind];
      const key = keyOf[kind] as (r: unknown) => string;
      if (deletable) await db.deletions.bulkDelete(rows.map((r) => deletionKey(deletable, key(r))));
      if (kind === 'postings') for (const r of rows) postingIds.add(key(r));
    }
    await db.details.bulkPut(plan.details.filter((d) => postingIds.has(d.id)));
    await markRescoreNeeded(db);
  });
  return written;
}
