import * as z from 'zod/mini';
import type { SkillFitDB } from '../db/database';
import { parseRows } from '../db/parse';
import { postingTables, withFits } from '../db/fits';
import {
  CatalogRecordSchema,
  CredentialRecordSchema,
  LearningRecordSchema,
  PostingDetailSchema,
  PostingRecordSchema,
  ProfileRecordSchema,
  SettingRecordSchema,
} from '../db/records';
import { CourseSchema } from '../courses/schema';
import { BACKUP_FORMAT, BACKUP_VERSION, isPrivateSetting, type Backup } from './format';

/** The tables a backup reads, in one read transaction so the file is one moment's state. */
export const backupTables = (db: SkillFitDB) => [
  db.profile,
  ...postingTables(db),
  db.details,
  db.learning,
  db.credentials,
  db.catalogs,
  db.settings,
];

/**
 * The user's data as a backup: skills, saved postings with their descriptions, the learning plan,
 * credentials, imported catalogs and settings. Postings only viewed are a cache and stay out.
 * Runs in the dashboard page (which opens the same database): no message-size limit applies.
 */
export async function exportBackup(db: SkillFitDB, now: number): Promise<Backup> {
  return db.transaction('r', backupTables(db), async () => {
    const saved = await db.postings.where('saved').equals(1).toArray();
    const postings = parseRows(PostingRecordSchema, await withFits(db, saved), 'postings');
    const rows = await db.details.bulkGet(postings.map((p) => p.id));
    const details = parseRows(
      PostingDetailSchema,
      rows.filter((d) => d !== undefined),
      'details',
    );
    const catalogs = parseRows(CatalogRecordSchema, await db.catalogs.toArray(), 'catalogs').map((c) => ({
      ...c,
      courses: c.courses.flatMap((course) => {
        const r = z.safeParse(CourseSchema, course);
        return r.success ? [r.data] : [];
      }),
    }));
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now,
      profile: parseRows(ProfileRecordSchema, await db.profile.toArray(), 'profile'),
      postings,
      details,
      learning: parseRows(LearningRecordSchema, await db.learning.toArray(), 'learning'),
      credentials: parseRows(CredentialRecordSchema, await db.credentials.toArray(), 'credentials'),
      catalogs,
      settings: parseRows(SettingRecordSchema, await db.settings.toArray(), 'settings').filter(
        (s) => !isPrivateSetting(s.key),
      ),
    };
  });
}

/**
 * A backup as JSON text in pieces, one record each, for a Blob: no single string holds the whole
 * file, so a large tracker exports without a giant allocation.
 */
export function backupParts(backup: Backup): string[] {
  const parts: string[] = [];
  const { format, version, exportedAt, ...tables } = backup;
  parts.push(`{"format":${JSON.stringify(format)},"version":${version},"exportedAt":${exportedAt}`);
  for (const [name, rows] of Object.entries(tables)) {
    parts.push(`,${JSON.stringify(name)}:[`);
    (rows as unknown[]).forEach((row, i) => parts.push(`${i ? ',' : ''}${JSON.stringify(row)}`));
    parts.push(']');
  }
  parts.push('}\n');
  return parts;
}
