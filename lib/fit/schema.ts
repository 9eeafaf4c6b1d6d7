import * as z from 'zod/mini';
import { PostingSkillSchema, RequirementSchema } from '../skills/schema';

/** What scoring needs of a posting's skill (its mentions are not needed). */
export const ScoredSkillSchema = z.pick(PostingSkillSchema, {
  id: true,
  name: true,
  requirement: true,
  years: true,
  anyOf: true,
});
export type ScoredSkill = z.infer<typeof ScoredSkillSchema>;

/** One skill the user holds, with a self-rated level 1 (novice) … 5 (expert). */
export const ProfileSkillSchema = z.object({
  id: z.string().check(z.minLength(1)),
  level: z.int().check(z.minimum(1), z.maximum(5)),
});
export type ProfileSkill = z.infer<typeof ProfileSkillSchema>;

/**
 * One posting skill with the credit the profile earns on it (0 = missing, 1 = fully held)
 * and a plain sentence saying why, shown to the user as is.
 */
export const FitItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  requirement: RequirementSchema,
  credit: z.number().check(z.minimum(0), z.maximum(1)),
  reason: z.string(),
});
export type FitItem = z.infer<typeof FitItemSchema>;

/**
 * Fit of one posting. `basis` is the number of distinct posting skills scored: when it is 0
 * the posting named no skills and `score` (0) means "unknown", not "no fit" — callers show
 * no score in that case.
 */
export const FitSchema = z.object({
  score: z.int().check(z.minimum(0), z.maximum(100)),
  basis: z.int().check(z.minimum(0)),
  matched: z.array(FitItemSchema),
  partial: z.array(FitItemSchema),
  missing: z.array(FitItemSchema),
});
export type Fit = z.infer<typeof FitSchema>;
