/**
 * Requests a page sends before its scripts have all loaded, so that the background answers while
 * the rest of the page is still being parsed (the dashboard's first tracker page: ~10,000 saved
 * jobs take a few hundred milliseconds of script loading, and the answer no longer waits for it).
 * The page's typed client later sends the same message as usual: the transport hands it the reply
 * already on its way (`takeEarly`), parsed on receipt as any other. A reply nobody asked for by the
 * time the page has rendered is dropped (`dropEarly`), so a later request never gets a stale one.
 *
 * The dashboard sends its early request from a classic script of its own (entrypoints/dashboard-early.ts),
 * a separate bundle with its own copy of this module: the replies live on one global of the page,
 * named here, so that both copies see the same ones.
 */
const EARLY_REPLIES = '__skillfitEarlyReplies';
const early: Map<string, Promise<unknown>> = ((globalThis as { [EARLY_REPLIES]?: Map<string, Promise<unknown>> })[
  EARLY_REPLIES
] ??= new Map());

/** A message as a string whatever the order of its keys (the client's parse may reorder them). */
function keyOf(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Sends `message` now through `transport` and keeps the reply for the first identical request. */
export function sendEarly(
  message: { type: string; payload: unknown },
  transport: (m: unknown) => Promise<unknown>,
): void {
  const reply = transport(message);
  // Never an unhandled rejection: the request that takes this reply sees the failure.
  reply.catch(() => undefined);
  early.set(keyOf(message), reply);
}

/** The reply to an identical message sent early, once; undefined when there is none. */
export function takeEarly(message: unknown): Promise<unknown> | undefined {
  if (early.size === 0) return undefined;
  const key = keyOf(message);
  const reply = early.get(key);
  early.delete(key);
  return reply;
}

/** Forgets the replies nobody took. */
export function dropEarly(): void {
  early.clear();
}
