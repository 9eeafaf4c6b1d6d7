/**
 * True when a message comes from one of our own pages (popup, dashboard), false for a content
 * script, whose page is a job site and may not reach the user's data. Both must carry our id.
 */
export function isExtensionPage(
  sender: { url?: string; id?: string },
  extensionOrigin: string,
  extensionId: string,
): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** Second-level labels under which sites register names (`co.uk`, `com.au`…): one more label is the site. */
const SHARED_SECOND_LEVEL = /^(?:co|com|org|net|gov|ac|edu|gob|gouv|ne|or)$/;

/** The registrable part of a host, near enough for job sites: `uk.indeed.com` → `indeed.com`, `jobs.acme.co.uk` → `acme.co.uk`. */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const take = labels.length >= 3 && SHARED_SECOND_LEVEL.test(labels[labels.length - 2]!) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** Whether a posting's address belongs to the site of the page that sent it. */
export function sameSite(postingUrl: string, pageUrl: string): boolean {
  try {
    return siteOf(new URL(postingUrl).hostname) === siteOf(new URL(pageUrl).hostname);
  } catch {
    return false;
  }
}
