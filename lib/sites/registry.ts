/** The adapter registry: adding a site is one file plus one line here (and its fixtures). */
import type { SiteAdapter } from './schema';
import ashby from './ashby';
import generic from './generic';
import greenhouse from './greenhouse';
import indeed from './indeed';
import lever from './lever';
import linkedin from './linkedin';
import smartrecruiters from './smartrecruiters';
import usajobs from './usajobs';
import workday from './workday';

/** Every adapter; the runner orders them by priority, generic (matching every URL) runs last. */
export const adapters: readonly SiteAdapter[] = [
  greenhouse,
  lever,
  ashby,
  workday,
  smartrecruiters,
  linkedin,
  indeed,
  usajobs,
  generic,
];
