/**
 * The last check before an address is opened or rendered as a link: only web addresses (https
 * for courses), whatever was stored. Schemas refuse other schemes on the way in; this keeps a
 * record written by an older version, or a bug, from opening `javascript:` or `data:` pages.
 */
export function safeWebUrl(url: string, httpsOnly = false): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol === 'https:' || (!httpsOnly && u.protocol === 'http:')) return u.href;
  return null;
}

/** Window features for opening a course or posting: no access back to us, and no Referer sent. */
export const OPEN_FEATURES = 'noopener,noreferrer';
