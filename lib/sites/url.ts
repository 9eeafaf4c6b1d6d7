/** Canonical URLs (the stable posting ids built on them are in ids.ts). */

/** Query parameters that only track where a click came from. */
const TRACKING_PARAMS = new Set([
  'gclid',
  'gbraid',
  'wbraid',
  'fbclid',
  'msclkid',
  'dclid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'refid',
  'trackingid',
  'ref',
  'referrer',
  'source',
  'src',
  'from',
  'ebp',
  'lipi',
  'gh_src',
  'lever-source',
  'lever-origin',
  'tk',
  'vjs',
]);

/** True for utm_*, trk* and the parameters above (case-insensitive). */
export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || n.startsWith('trk') || TRACKING_PARAMS.has(n);
}

/** Lowercased host, no hash, no tracking parameters, remaining query sorted; the input if unparsable. */
export function canonicalUrl(href: string): string {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return href;
  }
  return canonicalHref(u);
}

/** canonicalUrl of a URL already parsed, which it changes (a list page makes one per card: one parse, not two). */
export function canonicalHref(u: URL): string {
  u.hash = '';
  const host = u.hostname;
  if (host !== host.toLowerCase()) u.hostname = host.toLowerCase();
  // Most links carry no query: nothing to filter or sort (an empty one, "…?", is dropped).
  if (u.search === '') {
    if (u.href.endsWith('?')) u.search = '';
    return u.href;
  }
  const kept = [...u.searchParams.entries()].filter(([k]) => !isTrackingParam(k));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  u.search = new URLSearchParams(kept).toString();
  return u.href;
}
