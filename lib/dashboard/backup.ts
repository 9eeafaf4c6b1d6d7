/**
 * The "Your data" steps that run in the dashboard page itself (it opens the same database as the
 * background, so no message-size limit applies): export to a file, read and check a file, preview
 * the merge, apply it, undo it, delete everything. The background is told afterwards, to reload
 * imported catalogs and re-score (`data.changed`).
 */
import type { SkillFitDB } from '../db/database';
import { deleteAllData } from '../db/retention';
import { isStorageFull, STORAGE_FULL_MESSAGE } from '../db/errors';
import {
  applyImport,
  backupParts,
  exportBackup,
  parseBackup,
  planImport,
  restoreSnapshot,
  type Backup,
  type ImportPlan,
} from '../backup';

/** Larger files are refused before they are read: no real backup comes near it. */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;
/** After this long without a backup, the page suggests one. */
export const BACKUP_NUDGE_MS = 30 * 24 * 3600_000;
const LAST_BACKUP_KEY = 'meta.lastBackupAt';

/** The background calls the steps need. */
export interface BackupDeps {
  db: SkillFitDB;
  now(): number;
  /** Skill ids the taxonomy does not know. */
  unknownSkills(ids: string[]): Promise<string[]>;
  /** Tells the background the data changed under it; answers how many saved jobs were re-scored. */
  dataChanged(): Promise<number>;
}

/** The backup file's contents, ready for a Blob, and records the date of this backup. */
export async function exportToParts(deps: BackupDeps): Promise<{ parts: string[]; backup: Backup }> {
  const now = deps.now();
  const backup = await exportBackup(deps.db, now);
  await deps.db.settings.put({ key: LAST_BACKUP_KEY, value: now });
  return { parts: backupParts(backup), backup };
}

export async function lastBackupAt(db: SkillFitDB): Promise<number | null> {
  const v = (await db.settings.get(LAST_BACKUP_KEY))?.value;
  return typeof v === 'number' ? v : null;
}

/** Whether to suggest a backup: there is data worth keeping and the last backup is old (or none). */
export function backupIsDue(last: number | null, hasData: boolean, now: number): boolean {
  return hasData && (last === null || now - last > BACKUP_NUDGE_MS);
}

export type ReadResult = { ok: true; backup: Backup; plan: ImportPlan } | { ok: false; error: string };

/** A chosen file → its checked backup and what importing it would change, or one plain sentence. */
export async function readBackupFile(
  deps: BackupDeps,
  file: { size: number; text(): Promise<string> },
): Promise<ReadResult> {
  if (file.size > MAX_BACKUP_BYTES) {
    return { ok: false, error: 'This file is too large to be a SkillFit backup (over 256 MB). Nothing was changed.' };
  }
  const parsed = parseBackup(await file.text());
  if (!parsed.ok) return parsed;
  const b = parsed.backup;
  const ids = [...b.profile.map((s) => s.skillId), ...b.postings.flatMap((p) => p.skills.map((s) => s.id))];
  const unknown = await deps.unknownSkills([...new Set(ids)]);
  if (unknown.length) {
    return {
      ok: false,
      error: `The backup names ${unknown.length} skill${unknown.length === 1 ? '' : 's'} this SkillFit does not know (such as "${unknown[0]!.slice(0, 60)}"). It may come from a newer SkillFit: update, then import it again. Nothing was changed.`,
    };
  }
  return { ok: true, backup: b, plan: await planImport(deps.db, b) };
}

export type StepResult<T> = { ok: true; value: T } | { ok: false; error: string };

async function step<T>(run: () => Promise<T>, what: string): Promise<StepResult<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (err) {
    if (isStorageFull(err)) return { ok: false, error: STORAGE_FULL_MESSAGE };
    console.warn(`[skillfit] ${what} failed`, err);
    return { ok: false, error: `${what} did not work, and nothing was changed. Try again, or reload this page.` };
  }
}

/** Writes the plan (after the safety copy), then lets the background re-score. */
export function confirmImport(deps: BackupDeps, plan: ImportPlan, restoreDeleted: boolean) {
  return step(async () => {
    const written = await applyImport(deps.db, plan, { restoreDeleted, now: deps.now() });
    return { written, rescored: await deps.dataChanged() };
  }, 'The import');
}

/** Restores the safety copy taken before the last import. */
export function undoImport(deps: BackupDeps) {
  return step(async () => {
    const restored = await restoreSnapshot(deps.db);
    if (restored) await deps.dataChanged();
    return restored;
  }, 'Restoring the safety copy');
}

/** Deletes everything SkillFit stores on this computer. */
export function deleteEverything(deps: BackupDeps) {
  return step(async () => {
    await deleteAllData(deps.db);
    await deps.dataChanged();
  }, 'Deleting your data');
}
