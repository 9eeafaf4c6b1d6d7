/**
 * Whether the open panel (340 px wide, docked 16 px from the right edge) fits beside the posting's
 * text without covering it. The panel's size never changes (a page must not tell fits apart by
 * layout); only where it starts — open, or the tab at the edge — depends on the page's layout.
 */
export const PANEL_ROOM = 340 + 32;

/**
 * The element holding the posting's text: the first ancestor of the text node where the
 * description starts that holds most of it. Null when the text is not found on the page.
 */
export function postingColumn(doc: Document, description: string): Element | null {
  // A run of words from the description's first long line: found as is in one text node.
  const line = description.split('\n').find((l) => l.trim().length >= 12) ?? '';
  const probe = line.trim().split(/\s+/).slice(0, 4).join(' ');
  if (!probe) return null;
  const walk = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    if (!n.nodeValue?.replace(/\s+/g, ' ').includes(probe)) continue;
    let el = n.parentElement;
    while (el?.parentElement && el !== doc.body && (el.textContent?.length ?? 0) < description.length * 0.6) {
      el = el.parentElement;
    }
    return el;
  }
  return null;
}

/** True when the viewport leaves `PANEL_ROOM` px free to the right of the posting's text. */
export function roomBeside(doc: Document, description: string): boolean {
  const column = postingColumn(doc, description);
  const width = doc.defaultView?.innerWidth ?? 0;
  return column !== null && width - column.getBoundingClientRect().right >= PANEL_ROOM;
}
