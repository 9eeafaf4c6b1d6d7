/**
 * Resolves in a new task of the page's event loop, so that the page's own input, scripts and
 * rendering can run between two pieces of SkillFit's work: a list page's reading, its scoring
 * request and its badges each stay well under the 50 ms of a long task (`npm run bench:page`).
 * A message port rather than a timer: timers of a tab in the background are throttled to one a
 * second, and a page opened in a background tab should have its badges when the user gets there.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
