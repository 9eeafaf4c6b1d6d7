/**
 * Remembers which card elements of a list page already have a badge, so that re-scans (infinite
 * scroll, in-app navigation) only handle new cards and never badge one twice.
 */
export class CardTracker<Handle> {
  #handles = new Map<Element, Handle>();

  /** The cards not seen before, in page order. */
  fresh<C extends { element: Element }>(cards: readonly C[]): C[] {
    return cards.filter((c) => !this.#handles.has(c.element));
  }

  add(element: Element, handle: Handle): void {
    this.#handles.set(element, handle);
  }

  /** Forgets cards the page removed (their badges went with them) and returns what is left. */
  prune(isConnected: (el: Element) => boolean = (el) => el.isConnected): number {
    for (const el of [...this.#handles.keys()]) if (!isConnected(el)) this.#handles.delete(el);
    return this.#handles.size;
  }

  /** Forgets the cards whose handles pass `test`, disposing each; returns how many went. */
  remove(test: (h: Handle) => boolean, dispose: (h: Handle) => void): number {
    let removed = 0;
    for (const [el, h] of [...this.#handles.entries()]) {
      if (!test(h)) continue;
      dispose(h);
      this.#handles.delete(el);
      removed++;
    }
    return removed;
  }

  entries(): [Element, Handle][] {
    return [...this.#handles.entries()];
  }

  clear(dispose: (h: Handle) => void): void {
    for (const h of this.#handles.values()) dispose(h);
    this.#handles.clear();
  }

  get size(): number {
    return this.#handles.size;
  }
}
