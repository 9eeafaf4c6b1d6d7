import type { BackgroundContext } from './context';
import { toProfileSkills } from './engine';
import { listProfile } from '../db/profile';
import type { CardScore } from '../messaging/views';
import { boardPostings, type FeedEntry } from './feeds';

/**
 * Scores the cards of a list page. A card whose posting is already known (seen before, or read
 * from a board feed) is scored exactly from its stored skills; any other card gets an estimate
 * from its own text, which the page marks as such.
 */
export async function scoreCards(
  ctx: BackgroundContext,
  cards: { key: string; id: string | null; text: string }[],
  /** The list page's URL, when its board has a public feed to read full descriptions from. */
  feedUrl?: string,
): Promise<{ scores: CardScore[]; profileEmpty: boolean }> {
  const profile = toProfileSkills(await listProfile(ctx.db));
  const feed = feedUrl ? await boardPostings(ctx, feedUrl) : new Map<string, FeedEntry>();
  const ids = cards.map((c) => c.id).filter((id): id is string => id !== null);
  const known = new Map((await ctx.db.postings.bulkGet(ids)).flatMap((p) => (p ? [[p.id, p] as const] : [])));
  const scores = cards.map((card): CardScore => {
    const record = card.id ? known.get(card.id) : undefined;
    if (record) {
      const fit = ctx.engine.fit(record.skills, profile);
      return { key: card.key, score: fit?.score ?? null, exact: true, saved: record.saved === 1 };
    }
    const fromFeed = card.id ? feed.get(card.id) : undefined;
    if (fromFeed) {
      const fit = ctx.engine.fit(fromFeed.skills, profile);
      return { key: card.key, score: fit?.score ?? null, exact: true, saved: false };
    }
    const fit = ctx.engine.fit(ctx.engine.extract(card.text), profile);
    return { key: card.key, score: fit?.score ?? null, exact: false, saved: false };
  });
  return { scores, profileEmpty: profile.length === 0 };
}
