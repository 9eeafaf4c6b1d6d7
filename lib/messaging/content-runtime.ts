import { browser } from 'wxt/browser';
import { createClient } from './client';
import { contentProtocol } from './content-protocol';

/**
 * The content script's sender: only the messages a job page may send, so the page-only schemas
 * never ship in the content script.
 */
export const send = createClient(contentProtocol, (message) => browser.runtime.sendMessage(message));
