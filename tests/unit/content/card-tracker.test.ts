import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { CardTracker } from '@/lib/content/card-tracker';

function list(n: number) {
  const { document } = parseHTML(`<ul>${'<li></li>'.repeat(n)}</ul>`);
  const items = [...document.querySelectorAll('li')] as unknown as Element[];
  return { document, cards: items.map((element, i) => ({ element, i })) };
}

describe('CardTracker', () => {
  it('hands out each card once, in page order, until it is forgotten', () => {
    const { cards } = list(4);
    const t = new CardTracker<string>();
    expect(t.fresh(cards)).toEqual(cards);
    for (const c of cards.slice(0, 2)) t.add(c.element, `h${c.i}`);
    expect(t.fresh(cards).map((c) => c.i)).toEqual([2, 3]);
    expect(t.entries()).toEqual([
      [cards[0]!.element, 'h0'],
      [cards[1]!.element, 'h1'],
    ]);
    expect(t.size).toBe(2);
  });

  it('forgets the cards the page removed, so a re-rendered card counts as new', () => {
    const { cards } = list(3);
    const t = new CardTracker<number>();
    for (const c of cards) t.add(c.element, c.i);
    cards[1]!.element.remove();
    expect(t.prune()).toBe(2);
    expect(t.entries().map(([, i]) => i)).toEqual([0, 2]);
    expect(t.fresh(cards).map((c) => c.i)).toEqual([1]);
    // The connectedness test can be injected.
    expect(t.prune(() => false)).toBe(0);
  });

  it('clears every handle through the dispose callback', () => {
    const { cards } = list(3);
    const t = new CardTracker<number>();
    for (const c of cards) t.add(c.element, c.i);
    const disposed: number[] = [];
    t.clear((h) => disposed.push(h));
    expect(disposed).toEqual([0, 1, 2]);
    expect(t.size).toBe(0);
    expect(t.fresh(cards)).toHaveLength(3);
  });
});
