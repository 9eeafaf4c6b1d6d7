import * as z from 'zod/mini';
import type { SkillFitDB } from '../db/database';
import { DeletionRecordSchema } from '../db/records';
import { markRescoreNeeded } from '../db/rescore-flag';
import { deletePostings, putPostings } from '../db/fits';
import { BackupSchema, isPrivateSetting } from './format';
import { backupTables } from './export';
import { SNAPSHOT_ID } from './merge';

const SnapshotBodySchema = z.object({ backup: BackupSchema, deletions: z.array(DeletionRecordSchema) });

/** When the safety copy was taken, or null when there is none. */
export async function snapshotTakenAt(db: SkillFitDB): Promise<number | null> {
  return (await db.snapshots.get(SNAPSHOT_ID))?.createdAt ?? null;
}

/**
 * Puts the user's data back exactly as it was before the last import (one transaction): skills,
 * saved postings, plan, credentials, catalogs, settings and the record of deletions. Postings only
 * viewed are a cache and stay. The safety copy is used up.
 */
export async function restoreSnapshot(db: SkillFitDB): Promise<boolean> {
  return db.transaction('rw', [...backupTables(db), db.deletions, db.snapshots], async () => {
    const row = await db.snapshots.get(SNAPSHOT_ID);
    if (!row) return false;
    const body = z.parse(SnapshotBodySchema, JSON.parse(row.json));
    const b = body.backup;
    const saved = await db.postings.where('saved').equals(1).primaryKeys();
    await deletePostings(db, saved);
    await db.details.bulkDelete(saved);
    await Promise.all([db.profile.clear(), db.learning.clear(), db.credentials.clear(), db.catalogs.clear()]);
    await db.deletions.clear();
    const userSettings = (await db.settings.toCollection().primaryKeys()).filter((k) => !isPrivateSetting(String(k)));
    await db.settings.bulkDelete(userSettings);
    await db.profile.bulkPut(b.profile);
    await putPostings(db, b.postings);
    await db.details.bulkPut(b.details);
    await db.learning.bulkPut(b.learning);
    await db.credentials.bulkPut(b.credentials);
    await db.catalogs.bulkPut(b.catalogs);
    await db.settings.bulkPut(b.settings);
    await db.deletions.bulkPut(body.deletions);
    await db.snapshots.delete(SNAPSHOT_ID);
    await markRescoreNeeded(db);
    return true;
  });
}
