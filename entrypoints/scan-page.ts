import { postingOf, readPage } from '@/lib/sites';

/**
 * Injected on demand (popup "Scan this page", context menu) into a tab the user pointed at, through
 * activeTab: reads the page with the same adapters as the content script and returns plain data.
 */
export default defineUnlistedScript(() => {
  const reading = readPage(document, location.href);
  return { kind: reading.kind, posting: postingOf(reading) };
});
