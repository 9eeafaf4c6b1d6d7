/** Helpers for list pages: building cards from links and the text a card shows. */
import type { Card } from './schema';
import { absoluteUrl } from './dom';
import { cleanLine, cleanOrNull, elementText } from './text';

/** A card with its strings cleaned; throws when it has no title (a broken selector). */
export function makeCard(
  c: {
    element: Element;
    badgeAnchor?: Element | null;
    jobId: string | null;
    title: string | null;
    company?: string | null;
    location?: string | null;
    href?: string | null;
  },
  base: URL,
): Card {
  const title = cleanLine(c.title);
  if (!title) throw new Error('card without a title');
  return {
    element: c.element,
    badgeAnchor: c.badgeAnchor ?? c.element,
    jobId: c.jobId,
    title,
    company: cleanOrNull(c.company),
    location: cleanOrNull(c.location),
    url: absoluteUrl(c.href, base),
  };
}

/** Drops later cards with the same job id (boards repeat a job under several departments). */
export function uniqueCards(cards: Card[]): Card[] {
  const seen = new Set<string>();
  return cards.filter((c) => {
    const key = c.jobId ?? c.url ?? c.title;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Throws on an empty list: a list page with no cards means the selectors no longer fit. */
export function nonEmpty(cards: Card[], what: string): Card[] {
  if (!cards.length) throw new Error(`no ${what} cards found`);
  return cards;
}

/** The card's own text (title, company, location, snippet) for an estimated score. */
export function cardText(card: Card): string {
  const own = elementText(card.element);
  const head = [card.title, card.company, card.location].filter((x): x is string => !!x && !own.includes(x));
  return [...head, own].filter(Boolean).join('\n');
}
