import { z } from 'zod';
import type { SkillFitDB } from './database';

/** Every setting with its schema and default; reads fall back to the default on a bad stored value. */
export const SETTINGS = {
  showBadges: { schema: z.boolean(), default: true },
  panelCollapsed: { schema: z.boolean(), default: false },
} as const;
export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;

export async function getSetting<K extends SettingKey>(db: SkillFitDB, key: K): Promise<SettingValue<K>> {
  const row = await db.settings.get(key);
  const parsed = SETTINGS[key].schema.safeParse(row?.value);
  return (parsed.success ? parsed.data : SETTINGS[key].default) as SettingValue<K>;
}

export async function setSetting<K extends SettingKey>(db: SkillFitDB, key: K, value: SettingValue<K>): Promise<void> {
  await db.settings.put({ key, value: SETTINGS[key].schema.parse(value) });
}
