/**
 * The skill engine's public surface: taxonomy, schemas and the extractor.
 * Pure TypeScript: no DOM, no browser APIs (runs in the background and in Node).
 */
export {
  MentionSchema,
  PostingSkillSchema,
  RequirementSchema,
  SkillKindSchema,
  SkillSchema,
  type Mention,
  type PostingSkill,
  type Requirement,
  type Skill,
  type SkillKind,
} from './schema';
export { loadTaxonomy, skillName, type DisplayLanguage, type LocalizedTaxonomy, type Taxonomy } from './taxonomy';
export { detectLanguage, type PostingLanguage } from './language';
export { extractSkills } from './extract';
export { customSkillId, customSkillName, isCustomSkillId, skillNameOf, withCustomSkills } from './custom';
export { strongest } from './requirements';
