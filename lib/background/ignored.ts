import type { BackgroundContext } from './context';
import { getNeverCount } from '../db/settings';

/** The skills the user said never to count, as the scoring filter (`lib/fit/ignore.ts`) takes them. */
export async function neverCounted(ctx: BackgroundContext): Promise<Set<string>> {
  return new Set(await getNeverCount(ctx.db));
}
