/**
 * Fit score: how well a user's skill profile covers a posting's skills, 0–100, with a reason
 * for every skill. Pure: no DOM, no browser APIs. Policy (weights, partial credit) lives in
 * ./policy.ts.
 */
export { type SkillGraph, graphFromTaxonomy, graphFromMap, impliedClosure } from './graph';
export { ProfileSkillSchema, FitItemSchema, FitSchema, ScoredSkillSchema } from './schema';
export type { ProfileSkill, FitItem, Fit, ScoredSkill } from './schema';
export { scoreFit, scoreWith, fitScoreOnly, askedSkills, scoreOf, unitsOf, type AskedSkill } from './score';
export { HeldSkills, type Cover } from './held';
export { REQUIREMENT_WEIGHT, IMPLIED_FACTOR, COURSE_LEVEL, askedLevel } from './policy';
