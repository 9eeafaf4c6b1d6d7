/**
 * Stable posting ids: the tracker's key for "the same job", the same whether the job was read from
 * a list card, its own page or its board's feed.
 *
 *   `{site}:{jobId}`           sites whose ids are unique across the site (LinkedIn, Greenhouse…)
 *   `{site}:{scope}:{jobId}`   sites whose ids are an employer's own numbering, scoped by the
 *                              adapter's `idScope` (`workday:nvidia:R100`, `generic:careers.acme.com:42`)
 *   `url:{canonical URL}`      no id at all (or no scope for one that needs it)
 *
 * Kept apart from url.ts because it asks the registry for the adapter's scope.
 */
import { adapters } from './registry';
import { canonicalUrl } from './url';

export function stableId(p: { site: string; jobId: string | null; url: string }): string {
  if (!p.jobId) return `url:${canonicalUrl(p.url)}`;
  const adapter = adapters.find((a) => a.id === p.site);
  if (!adapter?.idScope) return `${p.site}:${p.jobId}`;
  let scope: string | null = null;
  try {
    scope = adapter.idScope(new URL(p.url));
  } catch {
    /* no address: no scope */
  }
  // Without its employer such an id could name another employer's job: the address stands in.
  return scope ? `${p.site}:${scope}:${p.jobId}` : `url:${canonicalUrl(p.url)}`;
}
