import { render } from 'preact';
import { FitBadge, type BadgeReasons } from '@/components/FitBadge';
import { CardTracker } from '@/lib/content/card-tracker';
import type { CardScore, PostingView } from '@/lib/messaging/views';
import type { Card } from '@/lib/sites/schema';
import { createShadowHost } from './shadow';
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

interface Badge {
  host: HTMLElement;
  root: ShadowRoot;
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

/** The badges of one list page: one per card, inserted after the card's anchor, updated in place. */
export class BadgeLayer {
  #tracker = new CardTracker<Badge>();
  #seq = 0;

  /** Adds hosts for cards not badged yet and returns those cards with their keys, ready to be scored. */
  attach(cards: readonly Card[], idOf: (card: Card) => string | null): AttachedCard[] {
    this.#tracker.prune();
    const added: AttachedCard[] = [];
    for (const card of this.#tracker.fresh(cards)) {
      const { host, root } = createShadowHost('skillfit-badge', badgeCss, card.badgeAnchor.ownerDocument);
      // One box for every state (score, estimate, saved): the page cannot read the fit from the layout.
      host.style.display = 'inline-block';
      host.style.width = BADGE_SIZE.width;
      host.style.height = BADGE_SIZE.height;
      host.style.verticalAlign = 'middle';
      host.style.overflow = 'hidden';
      host.style.marginInlineStart = '6px';
      card.badgeAnchor.insertAdjacentElement('afterend', host);
      const key = `c${++this.#seq}`;
      const id = idOf(card);
      this.#tracker.add(card.element, { host, root, key, id, drawn: null });
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
      const reasons = fit
        ? {
            have: [...fit.matched, ...fit.partial].slice(0, 6).map((i) => i.name),
            lack: fit.missing.slice(0, 6).map((i) => i.name),
          }
        : {};
      if (this.#draw(badge, 'posting', fit?.score ?? null, view.saved, view.profileEmpty, reasons)) drawn++;
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
    render(<FitBadge score={score} exact={exact} saved={saved} profileEmpty={profileEmpty} {...reasons} />, badge.root);
    // Only test and benchmark builds mark drawn badges for the page to see; a user's build never does.
    if (import.meta.env.VITE_SKILLFIT_MARKS === '1') badge.host.dataset.skillfit = exact ? 'exact' : 'estimate';
    return true;
  }

  /** Takes away the badges of these keys (cards that could not be scored), so a later pass badges them anew. */
  detach(keys: readonly string[]): number {
    const gone = new Set(keys);
    return this.#tracker.remove(
      (b) => gone.has(b.key),
      (b) => {
        render(null, b.root);
        b.host.remove();
      },
    );
  }

  clear(): void {
    this.#tracker.clear((b) => {
      render(null, b.root);
      b.host.remove();
    });
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
