import { browser } from 'wxt/browser';
import type { BackgroundContext } from './context';
import type { Reply } from '../messaging/protocol';
import { readTabPosting } from './read-tab';

const MENU_ID = 'skillfit-save-page';

/**
 * "Save this job to SkillFit" on any page. The page is read in its tab by the same reader the popup
 * uses (the click grants activeTab), then saved through the protocol like any other save.
 */
export function registerContextMenu(
  ctx: BackgroundContext,
  route: (m: unknown, c: BackgroundContext) => Promise<Reply>,
) {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Save this job to SkillFit', contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    const posting = await readTabPosting(tab.id).catch(() => null);
    const ok = posting !== null && (await route({ type: 'posting.save', payload: { posting } }, ctx)).ok;
    await browser.action.setBadgeText({ tabId: tab.id, text: ok ? '✓' : '?' });
  });
}
