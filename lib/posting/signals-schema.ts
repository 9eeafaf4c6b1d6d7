// zod/mini: the signals travel in the posting view, which the content script bundles.
import * as z from 'zod/mini';
import { DEGREE_LEVELS, WORK_TYPES } from './signals';

/** The skills-based hiring signals of a posting (see signals.ts and read.ts), as stored and sent. */
export const PostingSignalsSchema = z.object({
  degree: z.object({
    level: z.nullable(z.enum(DEGREE_LEVELS)),
    need: z.enum(['required', 'preferred', 'or-equivalent', 'not-required', 'not-mentioned']),
  }),
  experienceYears: z.nullable(z.number()),
  workTypes: z.array(z.enum(WORK_TYPES)),
  licences: z.array(z.object({ id: z.string(), name: z.string() })),
  training: z.boolean(),
  tuition: z.boolean(),
  remote: z.nullable(z.enum(['remote', 'hybrid', 'on-site'])),
});
