import type { BackgroundContext } from './context';
import { toProfileSkills } from './engine';
import { listProfile } from '../db/profile';
import type { ProfileRecord } from '../db/records';
import type { ProfileSkill } from '../fit/schema';
import { customLabels } from './custom-skills';

/** The user's skills as the engine scores with them; the engine reads postings with their custom skills. */
export async function currentProfile(ctx: BackgroundContext): Promise<ProfileSkill[]> {
  return profileFrom(ctx, await listProfile(ctx.db));
}

/** These stored profile records as the engine scores with them, the engine told of their custom skills. */
export function profileFrom(ctx: BackgroundContext, records: readonly ProfileRecord[]): ProfileSkill[] {
  ctx.engine.useCustomSkills(customLabels(records));
  return toProfileSkills(records);
}
