/**
 * Job sites as people write their names. Stored postings carry the adapter id (lib/sites: one
 * file per site, `greenhouse.ts` → 'greenhouse'); the dashboard shows these names instead.
 */
export const SITE_NAMES: Readonly<Record<string, string>> = {
  ashby: 'Ashby',
  generic: 'Other career sites',
  greenhouse: 'Greenhouse',
  indeed: 'Indeed',
  lever: 'Lever',
  linkedin: 'LinkedIn',
  smartrecruiters: 'SmartRecruiters',
  usajobs: 'USAJOBS',
  workday: 'Workday',
};

/** A site's name for people: known adapters by their own spelling, anything else as written, capitalised. */
export function siteName(id: string): string {
  const known = SITE_NAMES[id];
  if (known) return known;
  const t = id.trim();
  return t ? t[0]!.toUpperCase() + t.slice(1) : 'Unknown site';
}
