/**
 * The taxonomy: canonical skills from the committed data file, with exact alias lookup and
 * autocomplete. Loaded once per JS context (the background), then cached.
 */
import data from './data/taxonomy.json';
import type { ContextRule, Skill, SkillKind, TaxonomyFile } from './schema';
import { slugify } from './ids';
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
  /** context rules by skill id; see schema.ts `cx` */
  readonly contextRules: ReadonlyMap<string, ContextRule>;
  /** normalised keys per skill, in `all()` order */
  readonly keys: readonly { name: string; aliases: readonly string[] }[];
}

const NO_STRINGS: readonly string[] = [];
const NO_EDGES: readonly number[] = [];

class BundledTaxonomy implements TaxonomyData {
  private readonly file: TaxonomyFile;
  /** id -> position, built on the first lookup by id (extraction never needs it) */
  private byIdMap: Map<string, number> | undefined;
  private readonly byKey = new Map<string, number>();
  /** Skill objects, made on first use: most of the 18k are never looked at in a session. */
  private readonly made: (Skill | undefined)[];
  /** normalised name key and alias keys per skill, in data order (reused by suggest and the matcher) */
  readonly keys: { name: string; aliases: string[] }[] = [];
  readonly commonWords: ReadonlySet<string>;
  readonly genericWords: ReadonlySet<string>;
  readonly contextRules: ReadonlyMap<string, ContextRule>;

  constructor(file: TaxonomyFile) {
    this.file = file;
    const rows = file.s;
    this.made = new Array<Skill | undefined>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as TaxonomyFile['s'][number];
      const name = normalizeKey(r[0]);
      this.keys.push({ name, aliases: r[2] ? r[2].map(normalizeKey) : [] });
      // Names first so that a name always wins over someone else's alias.
      this.byKey.set(name, i);
    }
    for (let i = 0; i < rows.length; i++) {
      for (const k of this.keys[i]?.aliases ?? []) if (!this.byKey.has(k)) this.byKey.set(k, i);
    }
    this.commonWords = new Set(file.cw);
    this.genericWords = new Set(file.gw);
    this.contextRules = new Map(Object.entries(file.cx));
  }

  private idAt(i: number): string {
    return this.file.ids[String(i)] ?? slugify(this.file.s[i]?.[0] ?? '');
  }

  private get byId(): Map<string, number> {
    if (!this.byIdMap) {
      this.byIdMap = new Map();
      for (let i = 0; i < this.file.s.length; i++) this.byIdMap.set(this.idAt(i), i);
    }
    return this.byIdMap;
  }

  /** Display spelling of the name (j = -1) or alias j of the skill at position i. */
  displayAt(i: number, j: number): string {
    const r = this.file.s[i];
    return (j < 0 ? r?.[0] : r?.[2]?.[j]) ?? '';
  }

  /** The skill at a data position (for the matcher). */
  skillAt(i: number): Skill {
    return this.at(i) as Skill;
  }

  private at(i: number | undefined): Skill | undefined {
    if (i === undefined) return undefined;
    let s = this.made[i];
    if (s) return s;
    const r = this.file.s[i];
    if (!r) return undefined;
    const [name, kindIdx, aliases = NO_STRINGS, implies = NO_EDGES, related = NO_EDGES] = r;
    s = {
      id: this.idAt(i),
      name,
      kind: this.file.kinds[kindIdx] ?? ('other' as SkillKind),
      aliases,
      implies: implies.map((j: number) => this.idAt(j)),
      related: related.map((j: number) => this.idAt(j)),
    };
    this.made[i] = s;
    return s;
  }

  get size(): number {
    return this.file.s.length;
  }

  get(id: string): Skill | undefined {
    return this.at(this.byId.get(id));
  }

  resolve(nameOrAlias: string): Skill | undefined {
    return this.at(this.byId.get(nameOrAlias) ?? this.byKey.get(normalizeKey(nameOrAlias)));
  }

  suggest(query: string, limit = 10): Skill[] {
    const q = normalizeKey(query);
    if (!q) return [];
    // Rank: exact name/alias, then name prefix, alias prefix, name contains, alias contains.
    // Inside a rank, well-known skills first (more aliases and edges: "customer service" before
    // "customs law"), then shorter names (the canonical "Python" before "Python for Data Science").
    const ranked: { i: number; rank: number; name: string; known: number }[] = [];
    for (let i = 0; i < this.file.s.length; i++) {
      const keys = this.keys[i] ?? { name: '', aliases: [] };
      const name = keys.name;
      let rank = name === q ? 0 : name.startsWith(q) ? 2 : name.includes(q) ? 4 : 9;
      if (rank > 1) {
        for (const k of keys.aliases) {
          const r = k === q ? 1 : k.startsWith(q) ? 3 : k.includes(q) ? 5 : 9;
          if (r < rank) rank = r;
        }
      }
      if (rank < 9) {
        const row = this.file.s[i];
        const known = Math.min(4, (row?.[2]?.length ?? 0) + (row?.[3]?.length ?? 0) + (row?.[4]?.length ?? 0));
        ranked.push({ i, rank, name: row?.[0] ?? '', known });
      }
    }
    ranked.sort(
      (a, b) => a.rank - b.rank || b.known - a.known || a.name.length - b.name.length || a.name.localeCompare(b.name),
    );
    return ranked.slice(0, limit).map((r) => this.at(r.i) as Skill);
  }

  *all(): Iterable<Skill> {
    for (let i = 0; i < this.file.s.length; i++) yield this.at(i) as Skill;
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

/** What the matcher indexes: skills by position, their keys, the ordinary-word keys and their rules. */
export interface IndexSource {
  count: number;
  skill(i: number): Skill;
  /** display spelling of skill i's name (j = -1) or alias j, without building the Skill */
  display(i: number, j: number): string;
  keys: readonly { name: string; aliases: readonly string[] }[];
  commonWords: ReadonlySet<string>;
  genericWords: ReadonlySet<string>;
  contextRules: ReadonlyMap<string, ContextRule>;
}

/** The matcher's view of a taxonomy; computes keys for a foreign implementation (tests, fakes). */
export function indexSource(t: Taxonomy): IndexSource {
  if (t instanceof BundledTaxonomy) {
    return {
      count: t.size,
      skill: (i) => t.skillAt(i),
      display: (i, j) => t.displayAt(i, j),
      keys: t.keys,
      commonWords: t.commonWords,
      genericWords: t.genericWords,
      contextRules: t.contextRules,
    };
  }
  const skills = [...t.all()];
  const keys = skills.map((s) => ({ name: normalizeKey(s.name), aliases: s.aliases.map(normalizeKey) }));
  const display = (i: number, j: number) => (j < 0 ? skills[i]?.name : skills[i]?.aliases[j]) ?? '';
  return {
    count: skills.length,
    skill: (i) => skills[i] as Skill,
    display,
    keys,
    commonWords: new Set(),
    genericWords: new Set(),
    contextRules: new Map(),
  };
}
