import { browser } from 'wxt/browser';
import type { BackgroundContext, RequestContext } from './context';
import type { Reply } from '../messaging/envelope';
import { readTabPosting } from './read-tab';

export const MENU_ID = 'skillfit-save-page';

/**
 * "Save this job to SkillFit" on any page. The page is read in its tab by the same reader the popup
 * uses (the click grants activeTab), then saved through the protocol like any other save; the
 * toolbar icon of that tab says how it went (✓ saved, ? no posting found).
 */
export function registerContextMenu(ctx: BackgroundContext, route: (m: unknown, c: RequestContext) => Promise<Reply>) {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Save this job to SkillFit', contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    void saveFromMenu(ctx, route, tab.id);
  });
}

/** Reads the tab's posting and saves it; returns whether it was saved. */
export async function saveFromMenu(
  ctx: BackgroundContext,
  route: (m: unknown, c: RequestContext) => Promise<Reply>,
  tabId: number,
): Promise<boolean> {
  const posting = await readTabPosting(tabId).catch(() => null);
  const ok =
    posting !== null &&
    (await route({ type: 'posting.save', payload: { posting } }, { ...ctx, sender: { tabId, pageUrl: null } })).ok;
  try {
    await browser.action.setBadgeText({ tabId, text: ok ? '✓' : '?' });
  } catch {
    // The tab closed meanwhile.
  }
  return ok;
}
