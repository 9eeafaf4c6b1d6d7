// zod/mini: the view carrying this ships in the content script.
import * as z from 'zod/mini';
import { MAX_DESCRIPTION } from '../sites/schema';

/**
 * Why a posting's skills were read from less than its whole text, said once in the panel and the
 * popup: `length`, its description went past MAX_DESCRIPTION and was cut where it entered (an
 * adapter, a board feed); `summary`, the page showed only the site's summary of it (a Lever
 * application form). A score read from part of a posting must say so.
 */
export const CutSchema = z.enum(['length', 'summary']);
export type Cut = z.infer<typeof CutSchema>;

/** The cut of a posting as an adapter or a feed hands it on; undefined when it is whole. */
export function cutOf(posting: { description: string; truncated?: boolean | undefined }): Cut | undefined {
  if (!posting.truncated) return undefined;
  // A description cut for length ends within a line of the limit; a site's summary is far shorter.
  return posting.description.length > MAX_DESCRIPTION / 2 ? 'length' : 'summary';
}
