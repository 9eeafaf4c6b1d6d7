import type { RequestContext } from '../context';
import { HandlerError, type Handlers } from '../../messaging/router';
import { sameSite } from '../sender';
import type { ContentProtocol } from '../../messaging/content-protocol';
import { scoreCards } from '../cards';
import { savePosting, recordSeen } from '../../db/postings';
import { stableId } from '../../sites/ids';
import { adapters } from '../../sites/registry';
import { matchesAny } from '../../sites/match';
import type { Posting, SiteAdapter } from '../../sites/schema';
import { currentProfile } from '../profile';
import { postingView } from '../posting-view';
import { cutOf } from '../../posting/cut';
import { countedSkills } from '../../fit/ignore';
import { neverCounted } from '../ignored';

type PageHandlers = Pick<Handlers<ContentProtocol, RequestContext>, 'page.analyze' | 'cards.score'>;

/** The employer part of an address on a site whose ids are per employer (Workday's tenant); null elsewhere. */
function scopeOf(adapter: SiteAdapter | undefined, url: string): string | null {
  try {
    return adapter?.idScope?.(new URL(url)) ?? null;
  } catch {
    return null;
  }
}

/**
 * A job page may only send its own postings: a script on one site cannot write another's. On a site
 * whose ids are per employer, "its own" is the employer's: a Walmart Workday page sends no NVIDIA job.
 */
export function assertFromItsPage(ctx: RequestContext, postingUrl: string, site?: string): void {
  const page = ctx.sender.pageUrl;
  if (page === null) return;
  const adapter = adapters.find((a) => a.id === site);
  if (!sameSite(postingUrl, page) || scopeOf(adapter, postingUrl) !== scopeOf(adapter, page)) {
    throw new HandlerError('bad_request', 'A page can only send its own job postings');
  }
}

/**
 * A posting's address must be one of its site's pages: a page anywhere else cannot name itself
 * `greenhouse:123` and so reach the user's saved Greenhouse job.
 */
function assertOwnSite(posting: Posting): SiteAdapter {
  const adapter = adapters.find((a) => a.id === posting.site);
  if (!adapter || !matchesAny(adapter.matches, new URL(posting.url))) {
    throw new HandlerError('bad_request', `Not a ${adapter?.label ?? posting.site} job address: ${posting.url}`);
  }
  return adapter;
}

/**
 * A stored record is never rewritten from another host: the page must be on the record's site and,
 * where ids are per employer, the record's employer. Ids make a clash unlikely; this makes it harmless
 * (a record written before ids carried the employer, a forged message).
 */
async function assertSameRecord(ctx: RequestContext, id: string, posting: Posting, adapter: SiteAdapter) {
  const prev = await ctx.db.postings.get(id);
  if (!prev) return undefined;
  const scoped = adapter.idScope !== undefined;
  const same = scoped
    ? scopeOf(adapter, prev.url) !== null && scopeOf(adapter, prev.url) === scopeOf(adapter, posting.url)
    : sameSite(prev.url, posting.url);
  if (!same) throw new HandlerError('bad_request', `${id} was recorded from another site (${prev.url})`);
  return prev;
}

/** Reads a posting's skills, stores it (seen, or saved), and returns its view. */
export async function analyzeAndStore(ctx: RequestContext, posting: Posting, save: boolean) {
  assertFromItsPage(ctx, posting.url, posting.site);
  const adapter = assertOwnSite(posting);
  const id = stableId(posting);
  const prev = await assertSameRecord(ctx, id, posting, adapter);
  const profile = await currentProfile(ctx);
  const { skills, signals } = ctx.engine.read(posting);
  // Scored over the skills that count: the user may have set some aside, here or everywhere.
  const fit = ctx.engine.fit(countedSkills(skills, { never: await neverCounted(ctx), here: prev?.ignored }), profile);
  const cut = cutOf(posting);
  const input = { ...posting, id, skills, signals, fit: fit?.score ?? null, ...(cut ? { cut } : {}) };
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
