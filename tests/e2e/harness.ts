import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium, INSTALL_HINT } from '../../scripts/find-chromium.mjs';

export const EXTENSION_DIR = path.resolve(process.env.SKILLFIT_EXTENSION_DIR ?? '.output/chrome-mv3');
export const FIXTURES = path.resolve('tests/fixtures');

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request the routes refused: anything not served from a fixture. */
  refused: string[];
  /** Every http(s) request made in the browser, with who made it: a web page or the extension. */
  requests: { url: string; by: 'page' | 'extension' }[];
  /** Serve this HTML at this exact URL (any query string unless given). */
  serve(url: string, html: string, contentType?: string): void;
  /** Closes the browser and removes its profile directory, unless `keepProfile` (to launch on it again). */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export function fixture(rel: string): string {
  return readFileSync(path.join(FIXTURES, rel), 'utf8');
}

/** Profile directories made here (~7 MB each): removed when their browser closes, and at exit whatever happened. */
const profiles = new Set<string>();
const removeProfile = (dir: string) => {
  if (!profiles.delete(dir)) return;
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
};
process.once('exit', () => [...profiles].forEach(removeProfile));

export function newProfileDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'skillfit-e2e-'));
  profiles.add(dir);
  return dir;
}

/** The tab a fresh install opens (lib/background/welcome.ts). */
export const WELCOME_URL = /\/dashboard\.html#welcome$/;

/**
 * Starts Debian's (or CHROMIUM_PATH's) Chromium with the built extension and a closed network. On
 * a fresh profile the extension is installed and opens its welcome tab: closed here (so that tests
 * waiting for a new page see their own) unless `keepWelcome`.
 */
export async function launch(
  userDataDir = newProfileDir(),
  { keepWelcome = false }: { keepWelcome?: boolean } = {},
): Promise<Harness> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const fresh = !existsSync(path.join(userDataDir, 'Default'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Lets the tests press the toolbar button through the DevTools protocol (Extensions.triggerAction),
      // which grants activeTab exactly as a user's click does.
      '--enable-unsafe-extension-debugging',
    ],
  });
  const pages = new Map<string, { body: string; contentType: string }>();
  const refused: string[] = [];
  const requests: Harness['requests'] = [];
  context.on('request', (req) => {
    if (!/^https?:/.test(req.url())) return;
    let frameUrl = '';
    try {
      frameUrl = req.frame().url();
    } catch {
      // Service-worker requests have no frame: they are the extension's own.
    }
    const byPage = req.isNavigationRequest() || frameUrl.startsWith('http');
    requests.push({ url: req.url(), by: byPage ? 'page' : 'extension' });
  });
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    const hit = pages.get(url.href) ?? pages.get(`${url.origin}${url.pathname}`);
    if (hit) return route.fulfill({ status: 200, contentType: hit.contentType, body: hit.body });
    refused.push(url.href);
    return route.abort('blockedbyclient');
  });
  let worker = context.serviceWorkers()[0];
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  if (fresh && !keepWelcome) {
    const deadline = Date.now() + 60_000;
    let welcome = context.pages().find((p) => WELCOME_URL.test(p.url()));
    while (!welcome && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      welcome = context.pages().find((p) => WELCOME_URL.test(p.url()));
    }
    if (!welcome) throw new Error('The welcome tab did not open on install');
    await welcome.close();
  }
  return {
    context,
    extensionId,
    worker,
    refused,
    requests,
    serve(url, body, contentType = 'text/html; charset=utf-8') {
      pages.set(url, { body, contentType });
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) removeProfile(userDataDir);
    },
  };
}

/** An extension page (the dashboard by default), also used to talk to the background. */
export async function extensionPage(h: Harness, file = 'dashboard.html'): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/${file}`);
  return page;
}

/** Sends one protocol message from an extension page, as the popup and dashboard do. */
export async function sendMessage<T = unknown>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = (await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [
    type,
    payload,
  ] as const)) as {
    ok: boolean;
    data?: T;
    error?: { code: string; message: string };
  };
  if (!reply.ok) throw new Error(`${type}: ${reply.error?.code} ${reply.error?.message}`);
  return reply.data as T;
}

export async function addSkills(page: Page, skills: Record<string, number>): Promise<void> {
  for (const [skillId, level] of Object.entries(skills))
    await sendMessage(page, 'profile.set', { skillId, level, source: 'self' });
}

export interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/**
 * SkillFit's UI lives in closed shadow roots, so page scripts (and Playwright locators) cannot read
 * it. The DevTools protocol can: this returns each host of a tag with the text inside its shadow root.
 */
export async function shadowHosts(page: Page, tag: string): Promise<{ text: string; node: DomNode }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const hosts: DomNode[] = [];
    const walk = (n: DomNode) => {
      if (n.nodeName === tag.toUpperCase()) hosts.push(n);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
    };
    walk(root);
    return hosts.map((node) => ({ node, text: textOf(node) }));
  } finally {
    await cdp.detach();
  }
}

function textOf(n: DomNode): string {
  if (n.nodeName === 'STYLE') return '';
  if (n.nodeType === 3) return n.nodeValue ?? '';
  return [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(textOf).join(' ').replace(/\s+/g, ' ').trim();
}

/** Clicks the button whose text contains `label` inside a shadow host, as a user would (a real mouse click). */
export async function clickInShadow(page: Page, tag: string, label: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    let target: DomNode | undefined;
    const walk = (n: DomNode, inHost: boolean) => {
      const here = inHost || n.nodeName === tag.toUpperCase();
      if (here && n.nodeName === 'BUTTON' && textOf(n).includes(label)) target ??= n;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c, here);
    };
    walk(root, false);
    if (!target) throw new Error(`No button "${label}" in ${tag}`);
    await clickAt(page, cdp, target);
  } finally {
    await cdp.detach();
  }
}

/** Clicks a node found through the DevTools protocol (closed shadow roots too), as a user would (a real mouse click). */
export async function clickNode(page: Page, node: DomNode): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await clickAt(page, cdp, node);
  } finally {
    await cdp.detach();
  }
}

async function clickAt(page: Page, cdp: CDPSession, node: DomNode): Promise<void> {
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendNodeId });
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as {
    model: { content: number[] };
  };
  const [x1, y1, x2, , , y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x2) / 2, (y1 + y3) / 2);
}

/**
 * Browser tab id of a page. Without the "tabs" permission the extension cannot search tabs by URL,
 * so the page is brought to the front and the extension is asked for the active tab.
 */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await h.worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  if (id === undefined) throw new Error(`No tab for ${page.url()}`);
  return id;
}

/**
 * Presses SkillFit's toolbar button on a page's tab, as a user would: Chromium opens the popup and
 * grants activeTab for that tab (the DevTools protocol's Extensions.triggerAction, browser-level).
 */
export async function pressToolbarButton(h: Harness, page: Page): Promise<void> {
  // A persistent context hides its Browser; its channel parent is that Browser.
  const browser = (h.context as unknown as { _parent: { newBrowserCDPSession(): Promise<CDPSession> } })._parent;
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
      targetInfos: { type: string; url: string; targetId: string }[];
    };
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
    if (!tab)
      throw new Error(`No tab target for ${page.url()} in ${JSON.stringify(targetInfos.map((t) => [t.type, t.url]))}`);
    await session.send('Extensions.triggerAction' as never, { id: h.extensionId, targetId: tab.targetId } as never);
  } finally {
    await session.detach();
  }
}

/**
 * Evaluates a script in the world SkillFit's content script runs in on a page: an isolated world,
 * with its own globals and prototypes, that neither the page nor `page.evaluate` can reach.
 */
export async function evaluateInContentScript<T>(h: Harness, page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const worlds: { id: number; origin: string; name: string; auxData?: { type?: string; frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    // Enabling reports every existing context before it returns.
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = worlds.find(
      (w) =>
        w.auxData?.type === 'isolated' &&
        w.auxData.frameId === frameTree.frame.id &&
        w.origin === `chrome-extension://${h.extensionId}`,
    );
    if (!world) throw new Error(`No content script world in ${page.url()}: ${JSON.stringify(worlds)}`);
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}
