import { DashboardSectionSchema, type DashboardSection } from '@/lib/messaging/views';

/** The dashboard's sections, addressed as `dashboard.html#tracker?status=applied`. */
export type Section = DashboardSection;
const SECTIONS: readonly Section[] = DashboardSectionSchema.options;

export function readRoute(hash = location.hash): { section: Section; params: URLSearchParams } {
  const [name = '', query = ''] = hash.slice(1).split('?', 2);
  const section = (SECTIONS as readonly string[]).includes(name) ? (name as Section) : 'profile';
  return { section, params: new URLSearchParams(query) };
}

/** Rewrites the section's parameters in the address without a new history entry or a hashchange. */
export function writeParams(section: Section, params: URLSearchParams): void {
  const q = params.toString();
  history.replaceState(null, '', `#${section}${q ? `?${q}` : ''}`);
}
