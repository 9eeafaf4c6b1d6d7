import * as z from 'zod/mini';
import type { SkillFitDB } from './database';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './records';

/**
 * The skills the user said never to count ("Never count this"), as skill ids, under the settings
 * key `NEVER_COUNT_KEY`. Not part of `SettingsSchema`: job pages may read and write those settings,
 * and this list is changed only through its own messages.
 */
export const NEVER_COUNT_KEY = 'neverCount';
export const NeverCountSchema = z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(5000));

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/** Every setting, each read on its own: a bad stored value falls back to its default and spoils nothing else. */
export async function getSettings(db: SkillFitDB): Promise<Settings> {
  const rows = await db.settings.bulkGet(KEYS);
  const out: Settings = { ...DEFAULT_SETTINGS };
  KEYS.forEach((key, i) => {
    const parsed = z.safeParse(SettingsSchema.shape[key], rows[i]?.value);
    if (parsed.success) Object.assign(out, { [key]: parsed.data });
  });
  return out;
}

/** Writes the given settings (validated) in one transaction and returns them all. */
export async function updateSettings(db: SkillFitDB, changes: Partial<Settings>): Promise<Settings> {
  const valid = z.parse(z.partial(SettingsSchema), changes);
  return db.transaction('rw', db.settings, async () => {
    const rows = KEYS.flatMap((key) => (valid[key] === undefined ? [] : [{ key, value: valid[key] }]));
    if (rows.length) await db.settings.bulkPut(rows);
    return getSettings(db);
  });
}

/** The skills never counted (`NEVER_COUNT_KEY`); an unreadable stored value reads as none. */
export async function getNeverCount(db: SkillFitDB): Promise<string[]> {
  const row = await db.settings.get(NEVER_COUNT_KEY);
  const parsed = z.safeParse(NeverCountSchema, row?.value ?? []);
  return parsed.success ? parsed.data : [];
}

/** Writes the never-counted skills (validated). Call inside a transaction with `db.settings` in scope, or alone. */
export async function setNeverCount(db: SkillFitDB, ids: readonly string[]): Promise<void> {
  await db.settings.put({ key: NEVER_COUNT_KEY, value: z.parse(NeverCountSchema, [...ids]) });
}
