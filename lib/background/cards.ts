import type { BackgroundContext } from './context';
import type { CardScore } from '../messaging/views';
import { badgeReasons } from '../messaging/badge-reasons';
import { boardPostings, type FeedEntry } from './feeds';
import type { ParsedReq, Res } from '../messaging/protocol';
import type { Fit } from '../fit/schema';
import { localizeFit } from './skill-names';
import { countedSkills } from '../fit/ignore';
import { storedPostingIds, userState } from './user-state';
import { profileFrom } from './profile';
import { workEnd, workStart } from '../bench-marks';

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
  const feedStart = workStart();
  const board = await boardPostings(ctx, page, waitForFeed ? Infinity : FEED_WAIT_MS);
  const feed = board === 'loading' ? new Map<string, FeedEntry>() : board;
  workEnd('worker:feed', feedStart);
  // What the user holds and the ids of the stored postings are kept in memory (user-state.ts): the
  // database is read only for the postings of these cards that it has.
  const userStart = workStart();
  const [user, storedIds] = await Promise.all([userState(ctx.db), storedPostingIds(ctx.db)]);
  workEnd('worker:user', userStart);
  const profile = profileFrom(ctx, user.records);
  const never = user.never;
  const ids = cards.flatMap((c) => (c.id !== null && storedIds.has(c.id) ? [c.id] : []));
  const readStart = workStart();
  const reading = ids.length ? ctx.db.postings.bulkGet(ids) : Promise.resolve([]);
  // While the database reads, the cards whose posting is neither stored nor in the board's feed are
  // read for skills from their own text, for an estimate.
  const extractStart = workStart();
  const own = new Map(
    cards.flatMap((c) =>
      c.id !== null && (feed.has(c.id) || storedIds.has(c.id)) ? [] : [[c.key, ctx.engine.extract(c.text)] as const],
    ),
  );
  workEnd('worker:extract', extractStart);
  const stored = await reading;
  workEnd('worker:postings', readStart);
  const fitStart = workStart();
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
    const fit = ctx.engine.fit(countedSkills(own.get(card.key) ?? ctx.engine.extract(card.text), { never }), profile);
    return { key: card.key, score: fit?.score ?? null, exact: false, saved: false, ...reasons(fit) };
  });
  workEnd('worker:fit', fitStart);
  return { scores, profileEmpty: profile.length === 0, feedPending: board === 'loading' };
}
