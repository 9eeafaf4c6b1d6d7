/**
 * Dev mode only (added to the build by wxt.config.ts's hooks for `npm run dev`): `npm run dev`
 * starts a browser with a fresh profile, where this opens the dashboard once the extension is
 * installed, instead of an empty tab. A start URL cannot do it: web-ext loads the extension after
 * the browser has opened its start pages, so chrome-extension:// pages are blocked then.
 */
import { browser } from 'wxt/browser';
import { defineWxtPlugin } from 'wxt/utils/define-wxt-plugin';

export default defineWxtPlugin(() => {
  // Runs in every entrypoint; only extension pages have onInstalled, and only the background is
  // running at install time. A reload after a code change is an "update" and opens nothing.
  browser.runtime.onInstalled?.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  });
});
