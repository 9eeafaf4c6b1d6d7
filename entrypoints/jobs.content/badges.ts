import type { BadgeReasons } from '@/components/FitBadge';
import { CardTracker } from '@/lib/content/card-tracker';
import { badgeReasons } from '@/lib/messaging/badge-reasons';
import type { CardScore, PostingView } from '@/lib/messaging/views';
import type { Card } from '@/lib/sites/schema';
import { createShadowHost, sharedSheet } from './shadow';
import { BadgeView } from './badge-view';
import badgeCss from './badge.css?inline';

/**
 * What a drawn badge was scored from, least to most: the card's own text, the full description (a
 * stored posting or the board's feed), the reply about that very posting (with its saved mark).
 * Replies cross in flight, so a badge is never drawn over with less than it already shows.
 */
const CERTAINTY = { estimate: 0, exact: 1, posting: 2 } as const;

/** The size of every badge, whatever it shows. */
export const BADGE_SIZE = { width: '112px', height: '20px' } as const;
type Certainty = keyof typeof CERTAINTY;
const HOST_STYLE = `display: inline-block; width: ${BADGE_SIZE.width}; height: ${BADGE_SIZE.height}; vertical-align: middle; overflow: hidden; margin-inline-start: 6px`;

interface Badge {
  /** The card's anchor, which the host goes after when the badge is first drawn. */
  anchor: Element;
  /** Made at the first draw: until its score is known a card gets no box at all. */
  host: HTMLElement | null;
  view: BadgeView | null;
  key: string;
  /** The stable id of the card's posting, to find the card of a posting the page analysed. */
  id: string | null;
  drawn: Certainty | null;
}

/** A new card with the key its scores come back under. */
export interface AttachedCard {
  key: string;
  id: string | null;
  card: Card;
}

/**
 * The badges of one list page: one per card, inserted after the card's anchor, updated in place.
 * A card's badge enters the page with its first score, so that a reply's badges are drawn in one
 * batch of DOM writes (one style and layout pass for the page, not one for empty boxes and another
 * for their text).
 */
export class BadgeLayer {
  #tracker = new CardTracker<Badge>();
  #seq = 0;
  /** The badges' style sheet, parsed once for all of a document's badges. */
  #sheet: { doc: Document; css: CSSStyleSheet | string } | null = null;

  /** Takes the cards not badged yet and returns them with their keys, ready to be scored. */
  attach(cards: readonly Card[], idOf: (card: Card) => string | null): AttachedCard[] {
    this.#tracker.prune();
    const added: AttachedCard[] = [];
    for (const card of this.#tracker.fresh(cards)) {
      const key = `c${++this.#seq}`;
      const id = idOf(card);
      this.#tracker.add(card.element, { anchor: card.badgeAnchor, host: null, view: null, key, id, drawn: null });
      added.push({ key, id, card });
    }
    return added;
  }

  /** Draws the scores of a `cards.score` reply, by key; returns how many badges were drawn. */
  show(scores: readonly CardScore[], profileEmpty: boolean): number {
    const byKey = new Map(scores.map((s) => [s.key, s]));
    let drawn = 0;
    for (const [, badge] of this.#tracker.entries()) {
      const s = byKey.get(badge.key);
      if (s && this.#draw(badge, s.exact ? 'exact' : 'estimate', s.score, s.saved, profileEmpty, reasonsOf(s))) drawn++;
    }
    return drawn;
  }

  /** Draws the badge of the card showing this posting, from the reply that analysed or saved it. */
  showPosting(view: Pick<PostingView, 'id' | 'fit' | 'saved' | 'profileEmpty'>): number {
    let drawn = 0;
    for (const [, badge] of this.#tracker.entries()) {
      if (badge.id !== view.id) continue;
      const fit = view.fit;
      if (this.#draw(badge, 'posting', fit?.score ?? null, view.saved, view.profileEmpty, badgeReasons(fit))) drawn++;
    }
    return drawn;
  }

  #draw(
    badge: Badge,
    from: Certainty,
    score: number | null,
    saved: boolean,
    profileEmpty: boolean,
    reasons: BadgeReasons,
  ): boolean {
    if (badge.drawn !== null && CERTAINTY[from] < CERTAINTY[badge.drawn]) return false;
    badge.drawn = from;
    const exact = from !== 'estimate';
    badge.view ??= new BadgeView(this.#insertHost(badge));
    badge.view.draw({ score, exact, saved, profileEmpty, ...reasons });
    // Only test and benchmark builds mark drawn badges for the page to see; a user's build never does.
    if (import.meta.env.VITE_SKILLFIT_MARKS === '1') badge.host!.dataset.skillfit = exact ? 'exact' : 'estimate';
    return true;
  }

  /** The badge's host, after its card's anchor; one box for every state (score, estimate, saved). */
  #insertHost(badge: Badge): ShadowRoot {
    const doc = badge.anchor.ownerDocument;
    if (this.#sheet?.doc !== doc) this.#sheet = { doc, css: sharedSheet(badgeCss, doc) };
    const { host, root } = createShadowHost('skillfit-badge', this.#sheet.css, doc);
    // The page cannot read the fit from the layout. One write of the style attribute, not six.
    host.style.cssText = HOST_STYLE;
    badge.anchor.insertAdjacentElement('afterend', host);
    badge.host = host;
    return root;
  }

  /** Takes away the badges of these keys (cards that could not be scored), so a later pass badges them anew. */
  detach(keys: readonly string[]): number {
    const gone = new Set(keys);
    return this.#tracker.remove(
      (b) => gone.has(b.key),
      (b) => b.host?.remove(),
    );
  }

  clear(): void {
    this.#tracker.clear((b) => b.host?.remove());
  }

  get size(): number {
    return this.#tracker.size;
  }
}

/** The names and counts a card score carries, for its badge. */
function reasonsOf(s: CardScore): BadgeReasons {
  return {
    ...(s.have ? { have: s.have } : {}),
    ...(s.lack ? { lack: s.lack } : {}),
    ...(s.got !== undefined ? { got: s.got } : {}),
    ...(s.of !== undefined ? { of: s.of } : {}),
  };
}
