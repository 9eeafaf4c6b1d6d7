import { browser } from 'wxt/browser';
import { createClient } from './client';
import { backgroundProtocol } from './protocol';
import { tabProtocol } from './tab-protocol';
import { takeEarly } from './early';

/** The typed sender extension pages (popup, dashboard) use to talk to the background. */
export const send = createClient(
  backgroundProtocol,
  (message) => takeEarly(message) ?? browser.runtime.sendMessage(message),
);

/** A typed sender to the content script of one tab (the popup asks what the page holds). */
export const sendToTab = (tabId: number) =>
  createClient(tabProtocol(), (message) => browser.tabs.sendMessage(tabId, message));
