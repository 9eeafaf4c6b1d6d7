import type { BackgroundContext } from './context';
import { toProfileSkills } from './engine';
import { listProfile } from '../db/profile';
import type { ProfileSkill } from '../fit/schema';
import { customLabels } from './custom-skills';

/** The user's skills as the engine scores with them; the engine reads postings with their custom skills. */
export async function currentProfile(ctx: BackgroundContext): Promise<ProfileSkill[]> {
  const records = await listProfile(ctx.db);
  ctx.engine.useCustomSkills(customLabels(records));
  return toProfileSkills(records);
}
