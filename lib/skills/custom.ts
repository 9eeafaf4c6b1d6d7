/**
 * Custom skills: text a user adds that the taxonomy lacks ("IV therapy", a trade's niche
 * machine). Each becomes a skill with id `custom:<slug>`, matched literally in every posting
 * with the same normalisation as the taxonomy's own labels (keys.ts: "IV therapy" also meets
 * "IV therapies"), before the taxonomy's keys, so a custom skill wins the words it names.
 * Kept in the profile by the caller; this file only tells the matcher about them.
 */
import { slugify } from './ids';
import { exactKey, matchKey } from './keys';
import { GAP_WORDS } from './stem';
import type { Skill } from './schema';
import type { Taxonomy } from './taxonomy';
import { indexFor, type IndexedTaxonomy, type SkillIndex } from './matcher';
import { tableOfKeys } from './trie';
import { normalizeKey } from './tokens';

export const CUSTOM_PREFIX = 'custom:';

/** The id of a custom skill named `label` ("IV therapy" -> "custom:iv-therapy"); '' when the label has no word. */
export function customSkillId(label: string): string {
  const name = label.trim();
  const slug = normalizeKey(name) ? slugify(name) : '';
  return slug ? `${CUSTOM_PREFIX}${slug}` : '';
}

export const isCustomSkillId = (id: string): boolean => id.startsWith(CUSTOM_PREFIX);

/**
 * A name for a `custom:` id that no custom skill of the user's names: a phrase the extractor read
 * where an ad names a skill (slots.ts) keeps only its id once stored, so it is named from its slug
 * ("custom:zeolite-catalysis" → "zeolite catalysis"). Undefined for any other id.
 */
export function customSkillName(id: string): string | undefined {
  if (!isCustomSkillId(id)) return undefined;
  const words = id.slice(CUSTOM_PREFIX.length).split('-').filter(Boolean).join(' ');
  return words || undefined;
}

/** A skill's name: the taxonomy's (with the user's custom skills), else a `custom:` id's own, else the id. */
export function skillNameOf(taxonomy: Pick<Taxonomy, 'get'>, id: string): string {
  return taxonomy.get(id)?.name ?? customSkillName(id) ?? id;
}

class CustomTaxonomy implements IndexedTaxonomy {
  private readonly byId = new Map<string, Skill>();
  private readonly byKey = new Map<string, Skill>();
  readonly customs: Skill[] = [];

  constructor(
    private readonly base: Taxonomy,
    labels: readonly string[],
    checked: boolean,
  ) {
    for (const raw of labels) {
      const name = raw.trim().replace(/\s+/g, ' ');
      const id = customSkillId(name);
      // A label the taxonomy already names is that skill, not a custom one.
      if (!id || this.byId.has(id) || (!checked && base.resolve(name))) continue;
      const skill: Skill = { id, name, kind: 'other', aliases: [], implies: [], related: [] };
      this.customs.push(skill);
      this.byId.set(id, skill);
      this.byKey.set(normalizeKey(name), skill);
    }
  }

  get size(): number {
    return this.base.size + this.customs.length;
  }

  get(id: string): Skill | undefined {
    return this.byId.get(id) ?? this.base.get(id);
  }

  resolve(nameOrAlias: string): Skill | undefined {
    return this.base.resolve(nameOrAlias) ?? this.byId.get(nameOrAlias) ?? this.byKey.get(normalizeKey(nameOrAlias));
  }

  suggest(query: string, limit?: number): Skill[] {
    const q = normalizeKey(query);
    const own = q ? this.customs.filter((s) => normalizeKey(s.name).includes(q)) : [];
    return [...own, ...this.base.suggest(query, limit)].slice(0, limit ?? 10);
  }

  *all(): Iterable<Skill> {
    yield* this.base.all();
    yield* this.customs;
  }

  buildIndex(): SkillIndex {
    const idx = indexFor(this.base);
    const offset = this.base.size;
    const keys = new Map<string, { skill: number; flags: number }>();
    this.customs.forEach((s, k) => {
      // Its normalised key, and its exact spelling (an acronym or product name is already exact).
      for (const key of [matchKey(s.name, false), exactKey(s.name)])
        if (key && !keys.has(key)) keys.set(key, { skill: k, flags: 0 });
    });
    const custom = { table: tableOfKeys(keys), base: offset, lang: 'en' as const, gaps: new Set(GAP_WORDS.en) };
    return {
      skill: (i) => (i < offset ? idx.skill(i) : (this.customs[i - offset] as Skill)),
      table: idx.table,
      layer: (lang) => idx.layer(lang),
      custom,
      contextRules: idx.contextRules,
    };
  }
}

/**
 * The taxonomy plus custom skills named by `labels` (the user's own text; blank ones, duplicates
 * and names the taxonomy already has are left out). Pass the result to `extractSkills`; build it
 * again when the labels change (the taxonomy's own index is reused). `checked`: the labels were
 * looked up in the taxonomy when they were stored (the profile's custom skills), so the look-up,
 * whose name table costs about a second to build on first use, is skipped.
 */
export function withCustomSkills(
  base: Taxonomy,
  labels: readonly string[],
  { checked = false }: { checked?: boolean } = {},
): Taxonomy {
  return labels.length ? new CustomTaxonomy(base, labels, checked) : base;
}
