// zod/mini: answered by the content script.
import * as z from 'zod/mini';
import { siteSchemas } from '../sites/schema';

function buildTabProtocol() {
  return {
    /** What the page holds: a posting (or a list page's open posting), a list of cards, or nothing. */
    'tab.reading': {
      req: z.strictObject({}),
      res: z.object({
        kind: z.enum(['posting', 'list', 'none']),
        posting: z.nullable(siteSchemas().posting),
        cards: z.number(),
        /** The site whose reader failed on this page ("LinkedIn"), when nothing was read. */
        failed: z.optional(z.string()),
      }),
    },
  } as const;
}

let built: ReturnType<typeof buildTabProtocol> | undefined;
/**
 * What extension pages (the popup) ask the content script of a tab. Built on first use: the
 * content script answers it only when the popup asks, and starts on every page of the job sites.
 */
export function tabProtocol(): ReturnType<typeof buildTabProtocol> {
  return (built ??= buildTabProtocol());
}

export type TabProtocol = ReturnType<typeof tabProtocol>;
