import { browser } from 'wxt/browser';
import { createReceiverCheckedClient } from './client';
import type { ContentProtocol } from './content-protocol';

/**
 * The content script's sender: only the messages a job page may send. The table is a type here:
 * the background validates every request and its own answers, so the page-only schemas and the
 * protocol's own never ship in the content script.
 */
export const send = createReceiverCheckedClient<ContentProtocol>((message) => browser.runtime.sendMessage(message));
