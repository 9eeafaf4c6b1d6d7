// zod/mini: PostingSkillSchema is part of the protocol, which the content script bundles.
import * as z from 'zod/mini';

/** What sort of thing a skill is; drives context rules and the UI grouping. */
export const SkillKindSchema = z.enum([
  'language',
  'tool',
  'platform',
  'domain',
  'method',
  'soft',
  'certification',
  /** a licence a job demands (driver's licence, CDL, RN licence): listed apart from skills */
  'licence',
  'human-language',
  'other',
]);
export type SkillKind = z.infer<typeof SkillKindSchema>;

/** Canonical skill as the rest of the extension sees it. Edges hold skill ids. */
export const SkillSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  kind: SkillKindSchema,
  aliases: z.readonly(z.array(z.string())),
  implies: z.readonly(z.array(z.string())),
  related: z.readonly(z.array(z.string())),
});
export type Skill = z.infer<typeof SkillSchema>;

/** How strongly a posting asks for a skill. */
/**
 * How a posting asks for a skill. `unspecified`: named where the posting asks for things, with no
 * cue either way (it counts, a little less than `required`). `mentioned`: named only where the
 * posting talks about itself (its title, the company blurb, benefits, legal text): shown, never
 * counted for or against the fit (lib/posting/read.ts decides it).
 */
export const RequirementSchema = z.enum(['required', 'preferred', 'unspecified', 'mentioned']);
export type Requirement = z.infer<typeof RequirementSchema>;

/** One occurrence of a skill in the text; `start`/`end` are UTF-16 offsets (`text.slice(start, end)`). */
export const MentionSchema = z
  .object({ start: z.int().check(z.minimum(0)), end: z.int(), text: z.string() })
  .check(z.refine((m) => m.end > m.start, { message: 'end must be after start' }));
export type Mention = z.infer<typeof MentionSchema>;

/** One distinct skill found in a posting, with every mention in order. */
export const PostingSkillSchema = z.object({
  id: z.string(),
  name: z.string(),
  requirement: RequirementSchema,
  years: z.nullable(z.number()),
  mentions: z.array(MentionSchema),
  /** Alternatives: skills of a posting sharing this value ("power-bi+tableau") are satisfied by any one. */
  anyOf: z.optional(z.nullable(z.string())),
  /** The sentence of the first mention that counts (of the first mention, for a `mentioned` skill). */
  evidence: z.optional(z.string()),
});
export type PostingSkill = z.infer<typeof PostingSkillSchema>;

/**
 * Context rule for a skill whose name is also an ordinary word or a letter ("Go", "Excel", "R"):
 * the extractor rejects a mention by the tokens around it (lowercased). Declared with the curated
 * rows (scripts/taxonomy/curated.ts); names without one get lexicon.ts `DEFAULT_RULE`.
 */
export const ContextRuleSchema = z.object({
  /** rejected when the next token is one of these ("go the", "excel in") */
  notBefore: z.optional(z.array(z.string())),
  /** rejected when the previous token is one of these ("to go", "grade C") */
  notAfter: z.optional(z.array(z.string())),
  /** needs evidence (a nearby tech skill or a cue) even when capitalised mid-sentence */
  needEvidence: z.optional(z.boolean()),
  /** rejected when followed by one of these token sequences ("R and D") */
  notPhrases: z.optional(z.array(z.array(z.string()))),
  /**
   * a verb's objects: when a determiner follows the name ("driving a", "driving our"), one of
   * these must stand in the next four tokens ("driving a van", "driving the company's vehicles"),
   * or the verb has another object ("driving a culture of learning", "driving our strategy")
   */
  objects: z.optional(z.array(z.string())),
  /**
   * set by the build when the skill has a name that is an ordinary word: the rule is for its
   * one-word names ("Teams", "surgeries"), and its longer names ("Microsoft Teams") are read without it
   */
  wordOnly: z.optional(z.boolean()),
});
export type ContextRule = z.infer<typeof ContextRuleSchema>;

/** Bits of a match key's flags in the data file's index (`m`): how the extractor treats a hit. */
export const KEY_FLAGS = {
  /** the alias is an acronym ("IT", "AP", "CV"): the text must be upper case too */
  NEED_UPPER: 1,
  /** an ordinary word naming a tool ("go", "swift", "access"): capitalisation and context decide */
  COMMON_WORD: 2,
  /** a generic one-word skill ("plan", "finance"): counts only where the clause talks about skills */
  GENERIC_WORD: 4,
  /** a phrase of ordinary words (soft skills, ESCO phrases, physical tools): counts only where the text talks about skills */
  GATED: 8,
  /** a one-word product name ("Colleague", "Levels"): only its own spelling matches, never another form ("colleagues") */
  EXACT: 16,
  /** a product named by a phrase of ordinary words ("After the Deadline"): only with its capitals */
  CASED: 32,
} as const;

/**
 * The committed data file (lib/skills/data/taxonomy.json), kept compact because the background
 * loads it each time the service worker wakes: one array per skill, trailing empty parts left
 * out, edges as indexes into `s`.
 * `s[i] = [name, kindIndex, aliases?, impliesIdx?, relatedIdx?]`; the id is `slugify(name)`
 * (ids.ts) unless `ids` names another for that index ("cpp" for C++, "go-2" after a clash);
 * `moved` = ids of skills merged into another one (old id -> current id): ids never vanish;
 * `cw` = one-word keys naming a tool or language that are also ordinary English words ("go",
 * "swift"), `gw` = other one-word keys that are ordinary words ("plan"): see context.ts;
 * `cx` = context rules by skill id, for the skills whose names need more than the default;
 * `m` = the prebuilt match index of each language: one line per key, `key\tskill\tflags`
 * (skill position and KEY_FLAGS in base 36, flags left out when 0), sorted, so that the lines of
 * one first token are together and are read only when the text holds that token (matcher.ts);
 * `names` = Spanish and French display names, one line per skill position ("" when none);
 * `pop` = one base-36 digit per skill: how common it is (ESCO occupations, O*NET), for ranking.
 */
export const TaxonomyFileSchema = z.object({
  v: z.literal(4),
  kinds: z.array(SkillKindSchema),
  s: z.array(
    z.tuple([
      z.string().check(z.minLength(1)),
      z.int().check(z.minimum(0)),
      z.optional(z.array(z.string())),
      z.optional(z.array(z.int().check(z.minimum(0)))),
      z.optional(z.array(z.int().check(z.minimum(0)))),
    ]),
  ),
  ids: z.record(z.string(), z.string()),
  moved: z.record(z.string(), z.string()),
  cw: z.array(z.string()),
  gw: z.array(z.string()),
  cx: z.record(z.string(), ContextRuleSchema),
  m: z.object({ en: z.string(), es: z.string(), fr: z.string() }),
  names: z.object({ es: z.string(), fr: z.string() }),
  pop: z.string(),
});
export type TaxonomyFile = z.infer<typeof TaxonomyFileSchema>;
