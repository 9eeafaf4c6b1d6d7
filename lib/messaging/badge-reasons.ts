// No schema here: the job pages' content script imports this, and a module of schemas would build
// them on every job page it is injected into.
import type { Fit } from '../fit/schema';
import type { CardScore } from './views';

/** How many skill names of each kind a badge's description carries. */
const BADGE_NAMES = 6;

/** What a badge says besides its score: the skills held and lacking, by name, and how many of how many. */
export function badgeReasons(fit: Fit | null): Pick<CardScore, 'have' | 'lack' | 'of' | 'got'> {
  if (!fit) return {};
  return {
    have: [...fit.matched, ...fit.partial].slice(0, BADGE_NAMES).map((i) => i.name),
    lack: fit.missing.slice(0, BADGE_NAMES).map((i) => i.name),
    of: fit.basis,
    got: fit.matched.length + fit.partial.length,
  };
}
