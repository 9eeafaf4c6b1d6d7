/** Small DOM query helpers for adapters: alternatives tried in order, loud failures. */
import { cleanOrNull, elementText, inlineText } from './text';
import { canonicalHref, canonicalUrl } from './url';

/** A selector or its alternatives, first match wins. */
export type Selector = string | readonly string[];

const list = (sel: Selector): readonly string[] => (typeof sel === 'string' ? [sel] : sel);

/** The first element matching any of the alternatives, in the order given. */
export function queryFirst(root: ParentNode, sel: Selector): Element | null {
  for (const s of list(sel)) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

/** All elements matching the first alternative that matches anything. */
export function queryAll(root: ParentNode, sel: Selector): Element[] {
  for (const s of list(sel)) {
    const found = Array.from(root.querySelectorAll(s));
    if (found.length) return found;
  }
  return [];
}

/** Like queryFirst, but a missing element is an adapter failure (the runner falls back). */
export function required(root: ParentNode, sel: Selector, what: string): Element {
  const el = queryFirst(root, sel);
  if (!el) throw new Error(`missing ${what} (${list(sel).join(' | ')})`);
  return el;
}

/** Single-line text of the first match that has any text, or null. */
export function textOf(root: ParentNode, sel: Selector): string | null {
  for (const s of list(sel)) {
    for (const el of Array.from(root.querySelectorAll(s))) {
      const t = inlineText(el);
      if (t) return t;
    }
  }
  return null;
}

/** Multi-line text of an element (descriptions). */
export function blockText(el: Element | null): string {
  return el ? elementText(el) : '';
}

/** A `<meta property|name=…>` value, plain text, or null. */
export function metaContent(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return cleanOrNull(el?.getAttribute('content'));
}

/** An href resolved against the page URL, http(s) only, canonical (no hash, no tracking); null otherwise. */
export function absoluteUrl(href: string | null | undefined, base: URL | string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return canonicalHref(u);
  } catch {
    return null;
  }
}

/** The page URL as stored in a posting: canonical (no hash, no tracking parameters). */
export function pageUrl(url: URL): string {
  return canonicalUrl(url.href);
}
