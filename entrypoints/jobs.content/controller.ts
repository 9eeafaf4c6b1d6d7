import { cardText, postingOf, readCardsWhileParsing, readPage, stableId, type PageReading } from '@/lib/sites';
import type { Card, Posting } from '@/lib/sites/schema';
import type { Settings } from '@/lib/db/records';
import { send } from '@/lib/messaging/content-runtime';
import { MAX_CARDS_PER_REQUEST } from '@/lib/messaging/limits';
import type { CardScore } from '@/lib/messaging/views';
import { nextTask } from '@/lib/content/next-task';
import { parsedPast } from '@/lib/content/parsed';
import { workEnd, workStart } from '@/lib/bench-marks';
import { BadgeLayer, type AttachedCard } from './badges';
import { PanelHost } from './panel';

/** What the page holds for the controller: the content script's own window, or a parsed page in tests. */
export interface PageWindow {
  readonly document: Document;
  readonly location: { readonly href: string };
}

/** Used when the background cannot be asked (the extension was reloaded under the page). */
const DEFAULT_SETTINGS: Settings = { showBadges: true, panelCollapsed: null };
/** The protocol's limit on a card's text: more than enough for an estimate. */
const MAX_CARD_TEXT = 5000;
/**
 * The time a page may spend reading itself while it is parsed. Each read reads the whole page so
 * far, and a big page yields many times: on a real captured LinkedIn list (60 cards, parsed in 15
 * pieces), reading at every piece took 130–260 ms against one read's 8–15 ms.
 */
const PARSING_READ_BUDGET_MS = 40;
/** Badges drawn in one task: a 100-card page in one go (a few milliseconds), a board of 1,000 in ten. */
const DRAW_BATCH = 100;

/**
 * What SkillFit does on one job page: reads it with the site adapters, shows the panel for a
 * posting and a badge on every card, and keeps both current as the app navigates or scrolls.
 *
 * One request per need: `page.analyze` once per posting shown; `cards.score` once per batch of new
 * cards, with the page's address so that the background scores a board's cards exactly from its
 * feed (and once more only when that feed was too slow for the first answer). The badge of the
 * posting just analysed or saved is drawn from that reply, never asked for again.
 */
export class PageController {
  readonly badges = new BadgeLayer();
  readonly panel: PanelHost;
  reading: PageReading = { kind: 'none' };
  /** The user's choices for job pages, asked once per page (and before the page is read). */
  #settings: Promise<Settings> | null = null;
  /** The posting the panel is for; a reply about any other one is stale. */
  #postingKey: string | null = null;
  /** How long the reads of the page while it was parsed took, all together. */
  #parsingReadMs = 0;

  constructor(private readonly page: PageWindow = window) {
    // A save changes the posting's saved mark: its card (if the page lists it) shows it.
    this.panel = new PanelHost(page.document, (view) => this.badges.showPosting(view));
  }

  /**
   * Asks for the user's choices now, so that the first read of the page does not wait for them
   * (the content script calls this as it starts, before the page has finished loading).
   */
  prefetchSettings(): Promise<Settings> {
    return (this.#settings ??= send('settings.get', {}).catch(() => DEFAULT_SETTINGS));
  }

  /** Re-reads the page; cheap when nothing changed (known cards and the same posting are skipped). */
  async refresh(): Promise<void> {
    const pending = this.prefetchSettings();
    // The page is read while the settings are on their way.
    const href = this.page.location.href;
    const read = workStart();
    const r = (this.reading = readPage(this.page.document, href));
    workEnd('read', read);
    const settings = await pending;
    const posting = postingOf(r);
    const badges = r.kind === 'list' && settings.showBadges;
    if (!badges) this.badges.clear();
    // Reading the page was this task's work; asking and drawing come in later ones, so that none
    // of them is a long task for the page.
    if (badges || posting) await nextTask();
    const jobs: Promise<void>[] = [];
    if (badges) jobs.push(this.#scoreCards(href, r.adapter, r.cards));
    if (posting) jobs.push(this.#showPosting(posting));
    else {
      this.panel.remove();
      this.#postingKey = null;
    }
    await Promise.all(jobs);
  }

  /**
   * Reads a list page while the browser is still parsing it, and asks for the scores of the cards
   * parsed so far: the background scores them while the page lays itself out, so that the badges
   * are drawn as soon as the page is shown. Postings wait for the parsed page (their text may be
   * cut mid-way), and so does a card the parser may still be inside. Resolves once the cards are
   * asked for, with the promise of their badges; null when there was nothing to ask.
   *
   * Once these reads have taken PARSING_READ_BUDGET_MS, the rest of the cards wait for the parsed
   * page, or for a read `overBudget` when the parser has gone quiet (lib/content/parse-reads.ts).
   */
  async refreshWhileParsing(overBudget = false): Promise<{ scored: Promise<void> } | null> {
    if (!overBudget && !this.readsWhileParsing) return null;
    const began = performance.now();
    const pending = this.prefetchSettings();
    const href = this.page.location.href;
    const read = workStart();
    const r = readCardsWhileParsing(this.page.document, href);
    workEnd('read', read);
    this.#parsingReadMs += performance.now() - began;
    if (r.kind !== 'list') return null;
    const cards = r.cards.filter((c) => parsedPast(c.element));
    const settings = await pending;
    if (!settings.showBadges || cards.length === 0) return null;
    return { scored: this.#scoreCards(href, r.adapter, cards) };
  }

  /** Whether reading the page while it is parsed has time left in its budget. */
  get readsWhileParsing(): boolean {
    return this.#parsingReadMs < PARSING_READ_BUDGET_MS;
  }

  /** The posting the page shows (for the popup). */
  currentPosting(): Posting | null {
    return postingOf(this.reading);
  }

  async #showPosting(posting: Posting): Promise<void> {
    const key = `${stableId(posting)}|${posting.description.length}`;
    if (key === this.#postingKey) return;
    this.#postingKey = key;
    try {
      const view = await send('page.analyze', { posting });
      const { panelCollapsed } = await this.prefetchSettings();
      // The app may have opened another job while this one was analysed: its reply is dropped.
      if (key !== this.#postingKey) return;
      this.panel.show(posting, view, null, panelCollapsed);
      // Its description is now known: the card of this job (a list page's open job) becomes exact.
      this.badges.showPosting(view);
    } catch {
      if (key === this.#postingKey) this.panel.show(posting, null, 'SkillFit could not score this posting.', null);
    }
  }

  async #scoreCards(page: string, site: string, cards: readonly Card[]): Promise<void> {
    const attach = workStart();
    const added = this.badges.attach(cards, (card) => cardId(site, card, page));
    workEnd('attach', attach);
    // A big board (Greenhouse lists every opening on one page) is sent in chunks the protocol
    // accepts, one after another so that the background is never asked for thousands at once.
    for (let i = 0; i < added.length; i += MAX_CARDS_PER_REQUEST) {
      const chunk = added.slice(i, i + MAX_CARDS_PER_REQUEST);
      try {
        if (i > 0) await nextTask();
        await this.#scoreChunk(page, chunk);
      } catch (err) {
        // Unscored cards are forgotten (they have no badge yet), so the next read of the page tries them again.
        this.badges.detach(added.slice(i).map((a) => a.key));
        throw err;
      }
    }
  }

  async #scoreChunk(page: string, added: readonly AttachedCard[]): Promise<void> {
    const ask = workStart();
    const asked = send('cards.score', scoreRequest(page, added));
    workEnd('request', ask);
    const reply = await asked;
    await this.#draw(reply.scores, reply.profileEmpty);
    if (!reply.feedPending) return;
    // The board's feed was slower than the first answer may wait (see FEED_WAIT_MS in
    // lib/background/cards.ts): the estimates are drawn; the cards still estimated are asked once
    // more, and that answer waits for the feed.
    const estimated = new Set(reply.scores.filter((s) => !s.exact).map((s) => s.key));
    const rest = added.filter((a) => estimated.has(a.key) && a.card.element.isConnected);
    if (rest.length === 0) return;
    const exact = await send('cards.score', { ...scoreRequest(page, rest), waitForFeed: true });
    // Only what the feed made exact: these cards' estimates are on the page already.
    await this.#draw(
      exact.scores.filter((s) => s.exact),
      exact.profileEmpty,
    );
  }

  /** Draws a reply's badges a batch per task. */
  async #draw(scores: readonly CardScore[], profileEmpty: boolean): Promise<void> {
    for (let i = 0; i < scores.length; i += DRAW_BATCH) {
      if (i > 0) await nextTask();
      const draw = workStart();
      this.badges.show(scores.slice(i, i + DRAW_BATCH), profileEmpty);
      workEnd('draw', draw);
    }
  }

  dispose(): void {
    this.#postingKey = null;
    this.badges.clear();
    this.panel.remove();
  }
}

/** The `cards.score` request for cards just badged. */
function scoreRequest(page: string, cards: readonly AttachedCard[]) {
  return { page, cards: cards.map(({ key, id, card }) => ({ key, id, text: cardText(card).slice(0, MAX_CARD_TEXT) })) };
}

/**
 * The stable id the card's posting is stored under (the same rule as a posting page's). A card with
 * an id but no link is on the list's own host, which scopes ids where the site needs it (Workday).
 */
function cardId(siteId: string, card: Card, page: string): string | null {
  if (card.jobId) return stableId({ site: siteId, jobId: card.jobId, url: card.url ?? page });
  return card.url ? stableId({ site: siteId, jobId: null, url: card.url }) : null;
}
