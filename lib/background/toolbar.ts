import { browser } from 'wxt/browser';
import type { Toolbar } from './context';

/** Badge colours by fit: the same three bands as the on-page badges. */
export function toolbarColor(score: number): string {
  return score >= 70 ? '#1a7f37' : score >= 40 ? '#9a6700' : '#cf222e';
}

/** The real toolbar: the fit on the icon of a tab ("72"), cleared when there is no score. */
export const browserToolbar: Toolbar = {
  async showFit(tabId, score) {
    try {
      await browser.action.setBadgeText({ tabId, text: score === null ? '' : String(score) });
      if (score !== null) await browser.action.setBadgeBackgroundColor({ tabId, color: toolbarColor(score) });
    } catch {
      // The tab closed meanwhile: nothing to show.
    }
  },
};

export async function clearToolbar(tabId: number): Promise<void> {
  await browserToolbar.showFit(tabId, null);
}
