// zod/mini: answered by the content script.
import * as z from 'zod/mini';
import { PostingSchema } from '../sites/schema';

/** What extension pages (the popup) ask the content script of a tab. */
export const tabProtocol = {
  /** What the page holds: a posting (or a list page's open posting), a list of cards, or nothing. */
  'tab.reading': {
    req: z.strictObject({}),
    res: z.object({
      kind: z.enum(['posting', 'list', 'none']),
      posting: z.nullable(PostingSchema),
      cards: z.number(),
      /** The site whose reader failed on this page ("LinkedIn"), when nothing was read. */
      failed: z.optional(z.string()),
    }),
  },
} as const;

export type TabProtocol = typeof tabProtocol;
