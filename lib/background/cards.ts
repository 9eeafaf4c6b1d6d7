import type { BackgroundContext } from './context';
import { currentProfile } from './profile';
import { badgeReasons, type CardScore } from '../messaging/views';
import { boardPostings, type FeedEntry } from './feeds';
import type { ParsedReq, Res } from '../messaging/protocol';
import type { Fit } from '../fit/schema';
import { localizeFit } from './skill-names';
import { countedSkills } from '../fit/ignore';
import { neverCounted } from './ignored';

/**
 * How long a `cards.score` request waits for a board feed that is not cached yet. Most board APIs
 * answer within this, and then the first badges are already exact (one request, no number that
 * changes under the user's eyes). A slower feed must not hold back every badge of the page: the
 * cards get their estimates now, the reply says `feedPending`, and the page asks once more, with
 * `waitForFeed`, for the cards still estimated. A cached feed answers at once; pages of boards
 * without a feed never wait.
 */
export const FEED_WAIT_MS = 400;

/**
 * Scores the cards of a list page. A card whose posting is already known (seen before, or read
 * from its board's feed) is scored exactly from its stored skills; any other card gets an estimate
 * from its own text, which the page marks as such.
 */
export async function scoreCards(
  ctx: BackgroundContext,
  { page, cards, waitForFeed }: ParsedReq<'cards.score'>,
): Promise<Res<'cards.score'>> {
  // The feed first: the postings read below are then as recent as the reply can be.
  const board = await boardPostings(ctx, page, waitForFeed ? Infinity : FEED_WAIT_MS);
  const feed = board === 'loading' ? new Map<string, FeedEntry>() : board;
  const ids = cards.map((c) => c.id).filter((id): id is string => id !== null);
  // Three reads of the database at once, not one after another: the page's badges wait for them.
  const [profile, never, stored] = await Promise.all([
    currentProfile(ctx),
    neverCounted(ctx),
    ctx.db.postings.bulkGet(ids),
  ]);
  const known = new Map(stored.flatMap((p) => (p ? [[p.id, p] as const] : [])));
  const reasons = (fit: Fit | null) => badgeReasons(localizeFit(ctx.engine, ctx.language ?? 'en', fit));
  const scores = cards.map((card): CardScore => {
    const record = card.id ? known.get(card.id) : undefined;
    if (record) {
      const fit = ctx.engine.fit(countedSkills(record.skills, { never, here: record.ignored }), profile);
      return { key: card.key, score: fit?.score ?? null, exact: true, saved: record.saved === 1, ...reasons(fit) };
    }
    const fromFeed = card.id ? feed.get(card.id) : undefined;
    if (fromFeed) {
      const fit = ctx.engine.fit(countedSkills(fromFeed.skills, { never }), profile);
      return { key: card.key, score: fit?.score ?? null, exact: true, saved: false, ...reasons(fit) };
    }
    const fit = ctx.engine.fit(countedSkills(ctx.engine.extract(card.text), { never }), profile);
    return { key: card.key, score: fit?.score ?? null, exact: false, saved: false, ...reasons(fit) };
  });
  return { scores, profileEmpty: profile.length === 0, feedPending: board === 'loading' };
}
