import { browser } from 'wxt/browser';
import { PostingViewSchema } from '../messaging/protocol';

/** Shows a posting's fit on the toolbar icon of its tab ("72"), or clears it when there is no score. */
export async function showFitOnToolbar(tabId: number, data: unknown): Promise<void> {
  const view = PostingViewSchema.safeParse(data);
  const score = view.success ? view.data.fit?.score : undefined;
  try {
    await browser.action.setBadgeText({ tabId, text: score === undefined ? '' : String(score) });
    if (score !== undefined) {
      await browser.action.setBadgeBackgroundColor({
        tabId,
        color: score >= 70 ? '#1a7f37' : score >= 40 ? '#9a6700' : '#cf222e',
      });
    }
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}

export async function clearToolbar(tabId: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: '' });
  } catch {
    // The tab is gone.
  }
}
