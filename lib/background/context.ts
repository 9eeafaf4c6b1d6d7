import type { SkillFitDB } from '../db/database';
import type { Engine } from './engine';
import type { DisplayLanguage } from '../skills';

/** The toolbar icon of a tab: the fit of the posting it shows ("72"), or nothing. */
export interface Toolbar {
  showFit(tabId: number, score: number | null): Promise<void>;
}

/**
 * What every handler may use: the database, the skill engine and the outside world, injected so
 * that tests can run the handlers in Node with fake-indexeddb, a fixed clock and a fake network.
 */
export interface BackgroundContext {
  db: SkillFitDB;
  engine: Engine;
  version: string;
  /** Opens an extension page in a new tab (browser.tabs in the extension, a recorder in tests). */
  openPage(path: string): Promise<void>;
  /** The network, for board feeds only (injected so tests can serve feeds). */
  fetch: typeof fetch;
  now(): number;
  /** A fresh unique id (crypto.randomUUID in the extension). */
  newId(): string;
  toolbar: Toolbar;
  /** The language the popup and the panel name skills in (lib/background/skill-names.ts); English when absent. */
  language?: DisplayLanguage;
}

/** Who sent the message being handled: a content script (its tab and page), or none (an extension page, the menu). */
export interface Sender {
  tabId: number | null;
  /** The job page of a content script; null for extension pages and the page menu. */
  pageUrl: string | null;
}

/** The context of one message: the background's, and its sender. */
export interface RequestContext extends BackgroundContext {
  sender: Sender;
}
