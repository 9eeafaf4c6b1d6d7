/**
 * Creates a host element with a closed shadow root: the page's styles cannot reach our UI, and the
 * page's scripts cannot read the user's fit from it.
 */
export function createShadowHost(
  tag: string,
  css: string,
  doc: Document = document,
): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}
