import type { RequestContext } from '../context';
import { HandlerError, type Handlers } from '../../messaging/router';
import { sameSite } from '../sender';
import type { ContentProtocol } from '../../messaging/content-protocol';
import { scoreCards } from '../cards';
import { savePosting, recordSeen } from '../../db/postings';
import { stableId } from '../../sites/url';
import type { Posting } from '../../sites/schema';
import { currentProfile } from '../profile';
import { postingView } from '../posting-view';

type PageHandlers = Pick<Handlers<ContentProtocol, RequestContext>, 'page.analyze' | 'cards.score'>;

/** A job page may only send its own postings: a script on one site cannot write another's. */
export function assertFromItsPage(ctx: RequestContext, postingUrl: string): void {
  if (ctx.sender.pageUrl !== null && !sameSite(postingUrl, ctx.sender.pageUrl)) {
    throw new HandlerError('bad_request', 'A page can only send its own job postings');
  }
}

/** Reads a posting's skills, stores it (seen, or saved), and returns its view. */
export async function analyzeAndStore(ctx: RequestContext, posting: Posting, save: boolean) {
  assertFromItsPage(ctx, posting.url);
  const profile = await currentProfile(ctx);
  const { skills, fit } = ctx.engine.analyze(posting, profile);
  const input = { ...posting, id: stableId(posting), skills, fit: fit?.score ?? null };
  const record = save ? await savePosting(ctx.db, input, ctx.now()) : await recordSeen(ctx.db, input, ctx.now());
  return postingView(ctx, record, skills, profile, fit);
}

/** What a job page asks about itself: its posting, its cards. */
export const pageHandlers: PageHandlers = {
  async 'page.analyze'({ posting }, ctx) {
    const view = await analyzeAndStore(ctx, posting, false);
    // A posting page shows its fit on the toolbar icon of its own tab.
    if (ctx.sender.tabId !== null) await ctx.toolbar.showFit(ctx.sender.tabId, view.fit?.score ?? null);
    return view;
  },

  async 'cards.score'(req, ctx) {
    return scoreCards(ctx, req);
  },
};
