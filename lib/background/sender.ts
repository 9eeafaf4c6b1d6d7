/**
 * True when a message comes from one of our own pages (popup, dashboard), false for a content
 * script, whose page is a job site and may not reach the user's data.
 */
export function isExtensionPage(sender: { url?: string; id?: string }, extensionOrigin: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
