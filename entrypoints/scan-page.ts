import { readPage } from '@/lib/sites';

/**
 * Injected on demand (popup "Scan this page", context menu) into a tab the user pointed at, through
 * activeTab: reads the page with the same adapters as the content script and returns plain data.
 */
export default defineUnlistedScript(() => {
  const reading = readPage(document, location.href);
  if (reading.kind === 'posting') return { kind: 'posting', posting: reading.posting };
  if (reading.kind === 'list') return { kind: 'list', posting: reading.detail ?? null };
  return { kind: 'none', posting: null };
});
