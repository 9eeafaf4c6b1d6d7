import type { BackgroundContext } from './context';
import { toProfileSkills } from './engine';
import { listProfile } from '../db/profile';
import type { ProfileSkill } from '../fit/schema';

/** The user's skills as the engine scores with them. */
export async function currentProfile(ctx: BackgroundContext): Promise<ProfileSkill[]> {
  return toProfileSkills(await listProfile(ctx.db));
}
