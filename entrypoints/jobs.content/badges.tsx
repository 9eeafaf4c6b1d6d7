import { render } from 'preact';
import { FitBadge } from '@/components/FitBadge';
import { CardTracker } from '@/lib/content/card-tracker';
import type { CardScore } from '@/lib/messaging/views';
import type { Card } from '@/lib/sites/schema';
import { createShadowHost } from './shadow';
import badgeCss from './badge.css?inline';

interface Badge {
  host: HTMLElement;
  root: ShadowRoot;
  key: string;
  exact: boolean;
}

/** The badges of one list page: one per card, inserted after the card's anchor, updated in place. */
export class BadgeLayer {
  #tracker = new CardTracker<Badge>();
  #seq = 0;

  /** Adds hosts for new cards and returns them with their keys, ready to be scored. */
  attach(cards: readonly Card[]): { key: string; card: Card }[] {
    this.#tracker.prune();
    const added = [];
    for (const card of this.#tracker.fresh(cards)) {
      const { host, root } = createShadowHost('skillfit-badge', badgeCss);
      host.style.display = 'inline-block';
      host.style.marginInlineStart = '6px';
      card.badgeAnchor.insertAdjacentElement('afterend', host);
      const key = `c${++this.#seq}`;
      this.#tracker.add(card.element, { host, root, key, exact: false });
      added.push({ key, card });
    }
    return added;
  }

  /** Renders scores (by key); returns how many badges were drawn. */
  show(scores: readonly CardScore[], profileEmpty: boolean): number {
    const byKey = new Map(scores.map((s) => [s.key, s]));
    let drawn = 0;
    for (const [, badge] of this.#tracker.entries()) {
      const s = byKey.get(badge.key);
      if (!s) continue;
      badge.exact = s.exact;
      render(<FitBadge score={s.score} exact={s.exact} saved={s.saved} profileEmpty={profileEmpty} />, badge.root);
      badge.host.dataset.skillfit = s.exact ? 'exact' : 'estimate';
      drawn++;
    }
    return drawn;
  }

  /** Badged cards (all, or only those still scored by estimate), to re-score when something changed. */
  badged(onlyEstimates: boolean): { key: string; element: Element }[] {
    return this.#tracker
      .entries()
      .filter(([, b]) => !onlyEstimates || !b.exact)
      .map(([element, b]) => ({ key: b.key, element }));
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
