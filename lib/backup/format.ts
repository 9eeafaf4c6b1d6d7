import * as z from 'zod/mini';
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
import { NEVER_COUNT_KEY, NeverCountSchema } from '../db/settings';

export const BACKUP_FORMAT = 'skillfit-backup';
/** v2: only saved postings (a viewed one is a cache, not the user's data); catalogs' courses validated. */
export const BACKUP_VERSION = 2;

/** An imported catalog as a backup carries it: every course must be one the extension could have stored. */
const BackupCatalogSchema = z.extend(CatalogRecordSchema, { courses: z.array(CourseSchema) });

/** Everything a user owns, as one JSON document. */
export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.union([z.literal(1), z.literal(2)]),
  exportedAt: z.number(),
  profile: z.array(ProfileRecordSchema),
  postings: z.array(PostingRecordSchema),
  details: z.array(PostingDetailSchema),
  learning: z.array(LearningRecordSchema),
  credentials: z.array(CredentialRecordSchema),
  catalogs: z.array(BackupCatalogSchema),
  settings: z.array(SettingRecordSchema),
});
export type Backup = z.infer<typeof BackupSchema>;

/** The kinds of records a backup holds, in the words the page uses for them. */
export const KIND_WORDS = {
  profile: ['skill', 'skills'],
  postings: ['saved job', 'saved jobs'],
  details: ['job description', 'job descriptions'],
  learning: ['course on your plan', 'courses on your plan'],
  credentials: ['credential', 'credentials'],
  catalogs: ['course catalog', 'course catalogs'],
  settings: ['setting', 'settings'],
} as const;
export type BackupKind = keyof typeof KIND_WORDS;

const FIELD_WORDS: Record<string, string> = {
  url: 'web address',
  skillId: 'skill',
  level: 'level',
  title: 'title',
  status: 'status',
  courses: 'course list',
  skills: 'skill list',
};

/** Keys the database keeps for itself (`internal.*`, `meta.*`): never exported, never imported. */
export const isPrivateSetting = (key: string) => key.startsWith('internal.') || key.startsWith('meta.');

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: string };

/**
 * A file's text → a backup, or one sentence a person can act on. Checked whole before anything is
 * written; never shows Zod's paths or messages.
 */
export function parseBackup(text: string): ParsedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON. Choose a file exported by SkillFit.' };
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (head?.format !== BACKUP_FORMAT) return { ok: false, error: 'This JSON file is not a SkillFit backup.' };
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    return { ok: false, error: 'This backup comes from a newer SkillFit. Update SkillFit, then import it again.' };
  }
  const parsed = z.safeParse(BackupSchema, json);
  if (!parsed.success) return { ok: false, error: describeProblem(json, parsed.error.issues[0]?.path ?? []) };
  const b = parsed.data;
  // Settings travel as key and value: the one list among them is checked as strictly as a record.
  const never = b.settings.find((s) => s.key === NEVER_COUNT_KEY);
  if (never && !z.safeParse(NeverCountSchema, never.value).success) {
    return {
      ok: false,
      error: 'The backup is damaged: its list of skills never to count is not readable. Nothing was changed.',
    };
  }
  // A v1 file also held every posting merely viewed: only the saved ones are the user's.
  const saved = new Set(b.postings.filter((p) => p.saved === 1).map((p) => p.id));
  return {
    ok: true,
    backup: {
      ...b,
      postings: b.postings.filter((p) => saved.has(p.id)),
      details: b.details.filter((d) => saved.has(d.id)),
      settings: b.settings.filter((s) => !isPrivateSetting(s.key)),
    },
  };
}

/** "The backup is damaged: saved job 3 has a web address SkillFit cannot use. Nothing was changed." */
export function describeProblem(json: unknown, path: readonly PropertyKey[]): string {
  const [kind, index, field] = path;
  if (typeof kind !== 'string' || !(kind in KIND_WORDS))
    return 'The backup is damaged or incomplete. Nothing was changed.';
  const [one, many] = KIND_WORDS[kind as BackupKind];
  if (typeof index !== 'number')
    return `The backup is damaged: its list of ${many} is not readable. Nothing was changed.`;
  const record = (json as Record<string, unknown[]>)[kind]?.[index] as Record<string, unknown> | undefined;
  const what =
    typeof field !== 'string' || typeof record !== 'object' || record === null
      ? 'is not readable'
      : record[field] === undefined
        ? `is missing its ${FIELD_WORDS[field] ?? field}`
        : `has a ${FIELD_WORDS[field] ?? field} SkillFit cannot use`;
  return `The backup is damaged: ${one} ${index + 1} ${what}. Nothing was changed.`;
}
