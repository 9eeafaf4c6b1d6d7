/**
 * Creates a host element with a closed shadow root: the page's styles cannot reach our UI, and the
 * page's scripts cannot read the user's fit from it.
 */
export function createShadowHost(
  tag: string,
  css: string | CSSStyleSheet,
  doc: Document = document,
): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  if (typeof css !== 'string') root.adoptedStyleSheets = [css];
  else {
    const style = doc.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  return { host, root };
}

/**
 * One parsed style sheet for many shadow roots (a list page's hundred badges), where the browser
 * lets a content script share one: Chrome. Firefox does not take a sheet made by a content script
 * into a page's shadow root, so there (and where constructable sheets are missing) each root gets
 * its own `<style>`, the same text.
 */
export function sharedSheet(css: string, doc: Document): CSSStyleSheet | string {
  if (import.meta.env.FIREFOX || typeof doc.defaultView?.CSSStyleSheet?.prototype.replaceSync !== 'function')
    return css;
  try {
    const sheet = new doc.defaultView.CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  } catch {
    return css;
  }
}
