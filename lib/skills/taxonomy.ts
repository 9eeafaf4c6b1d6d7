/**
 * The taxonomy: canonical skills from the committed data file, with exact alias lookup and
 * autocomplete. Loaded once per JS context (the background), then cached.
 */
import data from './data/taxonomy.json';
import type { Skill, SkillKind, TaxonomyFile } from './schema';
import { normalizeKey } from './tokens';

/** Read-only view of the skill taxonomy. */
export interface Taxonomy {
  readonly size: number;
  get(id: string): Skill | undefined;
  /** exact (case-insensitive, normalised) lookup by display name or alias: "k8s" -> Kubernetes */
  resolve(nameOrAlias: string): Skill | undefined;
  /** autocomplete: best skills whose name or alias starts with / contains the query, canonical first */
  suggest(query: string, limit?: number): Skill[];
  all(): Iterable<Skill>;
}

/** Internal extras the extractor needs; not part of the public contract. */
export interface TaxonomyData extends Taxonomy {
  /** lookup keys that are ordinary words; see schema.ts `cw` and `gw` */
  readonly commonWords: ReadonlySet<string>;
  readonly genericWords: ReadonlySet<string>;
  /** normalised keys per skill, in `all()` order */
  readonly keys: readonly { name: string; aliases: readonly string[] }[];
}

class BundledTaxonomy implements TaxonomyData {
  private readonly byId = new Map<string, Skill>();
  private readonly byKey = new Map<string, Skill>();
  private readonly list: Skill[] = [];
  /** normalised name key and alias keys per skill, same order as `list` (reused by suggest and the matcher) */
  readonly keys: { name: string; aliases: string[] }[] = [];
  readonly commonWords: ReadonlySet<string>;
  readonly genericWords: ReadonlySet<string>;

  constructor(file: TaxonomyFile) {
    const rows = file.s;
    const ids = rows.map((r) => r[0]);
    for (const [id, name, kindIdx, aliases, implies, related] of rows) {
      const skill: Skill = {
        id,
        name,
        kind: file.kinds[kindIdx] ?? ('other' as SkillKind),
        aliases,
        implies: implies.map((i) => ids[i] ?? '').filter(Boolean),
        related: related.map((i) => ids[i] ?? '').filter(Boolean),
      };
      this.list.push(skill);
      this.byId.set(id, skill);
    }
    // Names first so that a name always wins over someone else's alias.
    for (const s of this.list) {
      const name = normalizeKey(s.name);
      this.keys.push({ name, aliases: s.aliases.map(normalizeKey) });
      this.byKey.set(name, s);
    }
    this.list.forEach((s, i) => {
      for (const k of this.keys[i]?.aliases ?? []) if (!this.byKey.has(k)) this.byKey.set(k, s);
    });
    this.commonWords = new Set(file.cw);
    this.genericWords = new Set(file.gw);
  }

  get size(): number {
    return this.list.length;
  }

  get(id: string): Skill | undefined {
    return this.byId.get(id);
  }

  resolve(nameOrAlias: string): Skill | undefined {
    return this.byId.get(nameOrAlias) ?? this.byKey.get(normalizeKey(nameOrAlias));
  }

  suggest(query: string, limit = 10): Skill[] {
    const q = normalizeKey(query);
    if (!q) return [];
    // Rank: exact name/alias, then name prefix, alias prefix, name contains, alias contains;
    // shorter names first inside a rank (the canonical "Python" before "Python for Data Science").
    const ranked: { s: Skill; rank: number }[] = [];
    for (let i = 0; i < this.list.length; i++) {
      const s = this.list[i] as Skill;
      const keys = this.keys[i] ?? { name: '', aliases: [] };
      const name = keys.name;
      let rank = name === q ? 0 : name.startsWith(q) ? 2 : name.includes(q) ? 4 : 9;
      if (rank > 1) {
        for (const k of keys.aliases) {
          const r = k === q ? 1 : k.startsWith(q) ? 3 : k.includes(q) ? 5 : 9;
          if (r < rank) rank = r;
        }
      }
      if (rank < 9) ranked.push({ s, rank });
    }
    ranked.sort((a, b) => a.rank - b.rank || a.s.name.length - b.s.name.length || a.s.name.localeCompare(b.s.name));
    return ranked.slice(0, limit).map((r) => r.s);
  }

  all(): Iterable<Skill> {
    return this.list;
  }
}

let cached: BundledTaxonomy | undefined;

/** The bundled taxonomy, built on first call and cached for the life of the module. */
export function loadTaxonomy(): Taxonomy {
  cached ??= new BundledTaxonomy(data as unknown as TaxonomyFile);
  return cached;
}

/** Taxonomy built from a data file (tests, tools). */
export function taxonomyFromFile(file: TaxonomyFile): Taxonomy {
  return new BundledTaxonomy(file);
}

/** What the matcher indexes: skills in order, their keys and the ordinary-word keys. */
export interface IndexSource {
  skills: readonly Skill[];
  keys: readonly { name: string; aliases: readonly string[] }[];
  commonWords: ReadonlySet<string>;
  genericWords: ReadonlySet<string>;
}

/** The matcher's view of a taxonomy; computes keys for a foreign implementation (tests, fakes). */
export function indexSource(t: Taxonomy): IndexSource {
  const skills = [...t.all()];
  const d = t as Partial<TaxonomyData>;
  if (d.commonWords && d.genericWords && d.keys) return { skills, keys: d.keys, commonWords: d.commonWords, genericWords: d.genericWords };
  const keys = skills.map((s) => ({ name: normalizeKey(s.name), aliases: s.aliases.map(normalizeKey) }));
  return { skills, keys, commonWords: new Set(), genericWords: new Set() };
}
