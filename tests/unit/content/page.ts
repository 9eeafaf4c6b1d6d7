/**
 * The content script's world in Node: a page parsed by linkedom (made the global document, which
 * Preact renders with), the closed shadow roots our hosts get (recorded so tests can read a
 * badge's text), and a scripted background behind fakeBrowser's runtime messaging.
 */
import { parseHTML } from 'linkedom';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { contentProtocol, type ContentProtocol } from '@/lib/messaging/content-protocol';
import type { PageWindow } from '@/entrypoints/jobs.content/controller';

const roots = new WeakMap<Element, ShadowRoot>();
const RECORDING = Symbol('records shadow roots');

/** The page at `url`, as the content script sees it; its `location.href` changes like an app's. */
export function openPage(html: string, url: string): PageWindow & { location: { href: string } } {
  const doc = parseHTML(html).document as unknown as Document;
  recordShadowRoots(doc);
  globalThis.document = doc;
  return { document: doc, location: { href: url } };
}

/** Tears down what openPage set up. */
export function closePage(): void {
  Reflect.deleteProperty(globalThis, 'document');
}

/** Closed roots are invisible to the page, and so to tests: record each one as it is made. */
function recordShadowRoots(doc: Document): void {
  let proto: unknown = Object.getPrototypeOf(doc.createElement('span'));
  while (proto && !Object.hasOwn(proto, 'attachShadow')) proto = Object.getPrototypeOf(proto);
  const owner = proto as { attachShadow(init: ShadowRootInit): ShadowRoot; [RECORDING]?: true } | null;
  if (!owner || owner[RECORDING]) return;
  const attach = owner.attachShadow;
  owner.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  };
  owner[RECORDING] = true;
}

/** The text our UI shows inside a host (its style sheet left out). */
export function shadowText(host: Element): string {
  const root = roots.get(host);
  if (!root) throw new Error(`<${host.localName}> has no shadow root`);
  return [...root.childNodes]
    .filter((n) => n.nodeName !== 'STYLE')
    .map((n) => n.textContent ?? '')
    .join('');
}

/** The shadow root of a host, to press a button in it. */
export function shadowRootOf(host: Element): ShadowRoot {
  const root = roots.get(host);
  if (!root) throw new Error(`<${host.localName}> has no shadow root`);
  return root;
}

/** The drawn text of every badge of the page, in page order ('' for a badge not drawn yet). */
export function badgeTexts(doc: Document): string[] {
  return [...doc.querySelectorAll('skillfit-badge')].map(shadowText);
}

export interface Sent {
  type: string;
  payload: Record<string, unknown>;
}

/**
 * A background that answers with `handlers`, through the real router (so requests and replies
 * are parsed against the protocol on the way), over fakeBrowser's runtime messaging. Returns
 * what the page sent, in order, and what the router rejected (a test expects none).
 */
export function fakeBackground(handlers: Partial<Handlers<ContentProtocol, null>>): {
  sent: Sent[];
  problems: string[];
} {
  const sent: Sent[] = [];
  const problems: string[] = [];
  // The content script may send only the content protocol: the router answers nothing else.
  const route = createRouter(contentProtocol, handlers as Handlers<ContentProtocol, null>, (msg) => problems.push(msg));
  // fakeBrowser delivers only replies given to sendResponse (with `return true`), not returned promises.
  fakeBrowser.runtime.onMessage.addListener(
    (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      sent.push(message as Sent);
      void route(message, null).then((reply) => {
        if (!reply.ok) problems.push(`${(message as Sent).type}: ${reply.error.message}`);
        sendResponse(reply);
      });
      return true;
    },
  );
  return { sent, problems };
}

/** A reply that waits until the test lets it go. */
export function gate(): { wait: Promise<void>; open(): void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

/** Lets pending replies (several promise hops each) arrive. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
