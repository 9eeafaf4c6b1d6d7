// No schema here: the panel in the job pages' content script imports this, and a module of schemas
// would build them on every job page.
import { MAX_DESCRIPTION } from '../sites/schema';
import type { Cut } from './cut';

/** The plain sentence the panel and the popup show for a cut. */
export function cutSentence(cut: Cut): string {
  return cut === 'length'
    ? `Only the first ${MAX_DESCRIPTION.toLocaleString('en-US')} characters of this posting were read.`
    : 'This page shows only a summary of the posting, so its skills were read from the summary.';
}
