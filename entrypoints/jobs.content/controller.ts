import { readPage, stableId, cardText, feedFor, type PageReading } from '@/lib/sites';
import type { Card, Posting } from '@/lib/sites/schema';
import type { Settings } from '@/lib/db/records';
import { send } from '@/lib/messaging/content-runtime';
import { BadgeLayer } from './badges';
import { PanelHost } from './panel';

const log = (adapter: string, err: unknown) => console.debug(`[skillfit] adapter ${adapter} failed`, err);

/**
 * What SkillFit does on one job page: reads it with the site adapters, shows the panel for a
 * posting and a badge on every card, and keeps both current as the app navigates or scrolls.
 */
export class PageController {
  readonly badges = new BadgeLayer();
  // A save changes the saved mark (and maybe the score) of that posting's card.
  readonly panel = new PanelHost(() => void this.#rescoreCards(false));
  reading: PageReading = { kind: 'none' };
  /** The user's choices for job pages, read once per page. */
  #settings: Settings | null = null;
  #postingKey: string | null = null;

  /** Re-reads the page; cheap when nothing changed (known cards and the same posting are skipped). */
  async refresh(): Promise<void> {
    this.#settings ??= await send('settings.get', {}).catch(() => ({ showBadges: true, panelCollapsed: false }));
    this.reading = readPage(document, location.href, log);
    const r = this.reading;
    const posting = r.kind === 'posting' ? r.posting : r.kind === 'list' ? (r.detail ?? null) : null;
    const badges = r.kind === 'list' && this.#settings.showBadges;
    if (!badges) this.badges.clear();
    const jobs: Promise<void>[] = [];
    if (badges) jobs.push(this.#scoreCards(r.cards));
    if (posting) jobs.push(this.#showPosting(posting));
    else {
      this.panel.remove();
      this.#postingKey = null;
    }
    await Promise.all(jobs);
  }

  /** The posting the page shows (for the popup). */
  currentPosting(): Posting | null {
    const r = this.reading;
    return r.kind === 'posting' ? r.posting : r.kind === 'list' ? (r.detail ?? null) : null;
  }

  async #showPosting(posting: Posting): Promise<void> {
    const key = `${stableId(posting)}|${posting.description.length}`;
    if (key === this.#postingKey) return;
    this.#postingKey = key;
    try {
      const view = await send('page.analyze', { posting });
      this.panel.show(posting, view, null, this.#settings?.panelCollapsed ?? false);
      // Its description is now known: cards showing it by estimate can be exact.
      await this.#rescoreCards(true);
    } catch {
      this.panel.show(posting, null, 'SkillFit could not score this posting.', false);
    }
  }

  async #scoreCards(cards: readonly Card[]): Promise<void> {
    const added = this.badges.attach(cards);
    if (added.length === 0) return;
    const siteId = this.reading.kind === 'list' ? this.reading.adapter : 'generic';
    const payload = added.map(({ key, card }) => ({
      key,
      id: cardId(siteId, card),
      text: cardText(card).slice(0, 5000),
    }));
    const { scores, profileEmpty } = await send('cards.score', { cards: payload });
    this.badges.show(scores, profileEmpty);
    // Boards with a public feed (Greenhouse, Lever, Ashby): the background reads every card's full
    // description from it, and the estimates become exact.
    if (feedFor(new URL(location.href))) await this.#rescoreCards(true, location.href);
  }

  async #rescoreCards(onlyEstimates: boolean, feedUrl?: string): Promise<void> {
    if (this.reading.kind !== 'list') return;
    const byElement = new Map(this.reading.cards.map((c) => [c.element, c]));
    const siteId = this.reading.adapter;
    const payload = this.badges.badged(onlyEstimates).flatMap(({ key, element }) => {
      const card = byElement.get(element);
      return card ? [{ key, id: cardId(siteId, card), text: cardText(card).slice(0, 5000) }] : [];
    });
    if (!payload.length) return;
    const { scores, profileEmpty } = await send('cards.score', { cards: payload, ...(feedUrl ? { feedUrl } : {}) });
    // An estimate never replaces an estimate already drawn from the same text.
    this.badges.show(onlyEstimates ? scores.filter((s) => s.exact) : scores, profileEmpty);
  }

  dispose(): void {
    this.badges.clear();
    this.panel.remove();
  }
}

/** The stable id the card's posting is stored under (the same rule as a posting page's). */
function cardId(siteId: string, card: Card): string | null {
  if (card.jobId) return stableId({ site: siteId, jobId: card.jobId, url: card.url ?? '' });
  return card.url ? stableId({ site: siteId, jobId: null, url: card.url }) : null;
}
