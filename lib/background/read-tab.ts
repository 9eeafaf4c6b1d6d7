import { browser } from 'wxt/browser';
import { PostingSchema, type Posting } from '../sites/schema';

/**
 * Reads the posting in a tab with the page reader injected on demand (`scan-page.js`), through the
 * activeTab grant a user's click gives. Null when the page holds no posting; throws when the page
 * cannot be read at all (a browser page, the web store, no grant).
 */
export async function readTabPosting(tabId: number): Promise<Posting | null> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/scan-page.js'] });
  const posting = PostingSchema.safeParse((result?.result as { posting?: unknown } | undefined)?.posting);
  return posting.success ? posting.data : null;
}
