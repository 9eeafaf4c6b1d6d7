import * as z from 'zod/mini';
import { CourseSchema } from './schema';

/**
 * Where a held credential or finished course leads (its catalog entry's `stacksInto`): the next
 * entry, the user's credentials it builds on (their titles as the user holds them), the gap skills
 * of saved postings it proves, and those postings (the ones it "unlocks").
 */
export const StackStepSchema = z.object({
  course: CourseSchema,
  from: z.array(z.string()),
  skills: z.array(z.object({ id: z.string(), name: z.string() })),
  unlocks: z.array(z.object({ id: z.string(), title: z.string(), company: z.nullable(z.string()) })),
});
export type StackStep = z.infer<typeof StackStepSchema>;
