import { z } from 'zod';
import type { SkillFitDB } from '../db/database';
import { markRescoreNeeded } from '../db/rescore-flag';
import {
  CatalogRecordSchema,
  CredentialRecordSchema,
  LearningRecordSchema,
  PostingDetailSchema,
  PostingRecordSchema,
  ProfileRecordSchema,
  SettingRecordSchema,
} from '../db/records';

export const BACKUP_FORMAT = 'skillfit-backup';
export const BACKUP_VERSION = 1;

/** Everything a user owns, as one JSON document. */
export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.number(),
  profile: z.array(ProfileRecordSchema),
  postings: z.array(PostingRecordSchema),
  details: z.array(PostingDetailSchema),
  learning: z.array(LearningRecordSchema),
  credentials: z.array(CredentialRecordSchema),
  catalogs: z.array(CatalogRecordSchema),
  settings: z.array(SettingRecordSchema),
});
export type Backup = z.infer<typeof BackupSchema>;

export async function exportAll(db: SkillFitDB, now = Date.now()): Promise<Backup> {
  return db.transaction(
    'r',
    [db.profile, db.postings, db.details, db.learning, db.credentials, db.catalogs, db.settings],
    async () => ({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now,
      profile: await db.profile.toArray(),
      postings: await db.postings.toArray(),
      details: await db.details.toArray(),
      learning: await db.learning.toArray(),
      credentials: await db.credentials.toArray(),
      catalogs: await db.catalogs.toArray(),
      // The database's own bookkeeping (keys `internal.*`) is not the user's data.
      settings: (await db.settings.toArray()).filter((s) => !s.key.startsWith('internal.')),
    }),
  );
}

export type ImportResult =
  | { ok: true; counts: Record<'profile' | 'postings' | 'learning' | 'credentials' | 'catalogs', number> }
  | { ok: false; error: string };

/**
 * Merges a backup into the database (records with the same key are replaced). The file is checked
 * whole before anything is written, and the write is one transaction: a broken file changes nothing.
 */
export async function importAll(db: SkillFitDB, text: string): Promise<ImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON. Choose a file exported by SkillFit.' };
  }
  if ((json as { format?: unknown } | null)?.format !== BACKUP_FORMAT) {
    return { ok: false, error: 'This JSON file is not a SkillFit backup.' };
  }
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: `The backup is damaged at ${issue?.path.join('.') || 'its top level'}: ${issue?.message ?? 'invalid'}. Nothing was changed.`,
    };
  }
  const b = parsed.data;
  await db.transaction(
    'rw',
    [db.profile, db.postings, db.details, db.learning, db.credentials, db.catalogs, db.settings],
    async () => {
      await db.profile.bulkPut(b.profile);
      await db.postings.bulkPut(b.postings);
      await db.details.bulkPut(b.details);
      await db.learning.bulkPut(b.learning);
      await db.credentials.bulkPut(b.credentials);
      await db.catalogs.bulkPut(b.catalogs);
      await db.settings.bulkPut(b.settings.filter((s) => !s.key.startsWith('internal.')));
      // Imported postings were scored against another profile.
      await markRescoreNeeded(db);
    },
  );
  return {
    ok: true,
    counts: {
      profile: b.profile.length,
      postings: b.postings.length,
      learning: b.learning.length,
      credentials: b.credentials.length,
      catalogs: b.catalogs.length,
    },
  };
}
