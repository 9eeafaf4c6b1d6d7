/**
 * The taxonomy: canonical skills from the committed data file, with lookup by id (old ids of
 * merged skills included), by name or alias, autocomplete, and Spanish and French display names.
 * Loaded once per JS context (the background); everything beyond the rows is built on first use,
 * because the service worker loads it again each time it wakes. The data file is not bundled into
 * any script (it is several megabytes): the background fetches it from the package
 * (`/taxonomy.json`), Node reads it from disk (`node-data.ts`); either hands it to
 * `provideTaxonomyData` before the first `loadTaxonomy`.
 */
import type { ContextRule, Skill, SkillKind, TaxonomyFile } from './schema';
import { slugify } from './ids';
import { exactKey, conceptKey } from './keys';
import { normalizeKey } from './tokens';

/** Read-only view of the skill taxonomy. */
export interface Taxonomy {
  readonly size: number;
  /** by id; the id of a skill merged into another one gives that one */
  get(id: string): Skill | undefined;
  /** exact (case-insensitive, normalised) lookup by display name or alias: "k8s" -> Kubernetes */
  resolve(nameOrAlias: string): Skill | undefined;
  /** autocomplete: best skills whose name or alias starts with / contains the query, canonical first */
  suggest(query: string, limit?: number): Skill[];
  all(): Iterable<Skill>;
}

/** Languages with their own display names (ESCO's Spanish and French labels). */
export type DisplayLanguage = 'en' | 'es' | 'fr';

/** The bundled taxonomy: also names skills in the user's language. */
export interface LocalizedTaxonomy extends Taxonomy {
  /** display name of skill `id` in `language` (its English name when there is none), undefined for an unknown id */
  name(id: string, language?: DisplayLanguage | string): string | undefined;
}

const NO_STRINGS: readonly string[] = [];
const NO_EDGES: readonly number[] = [];

/** Popularity digits (base 36) per skill; unknown = 0. */
const popularityAt = (pop: string, i: number) => parseInt(pop[i] ?? '0', 36) || 0;

export class BundledTaxonomy implements LocalizedTaxonomy {
  readonly file: TaxonomyFile;
  private byIdMap: Map<string, number> | undefined;
  private byKeyMap: Map<string, number> | undefined;
  private suggestKeys: { name: string; aliases: string[] }[] | undefined;
  private names: Partial<Record<string, string[]>> = {};
  /** Skill objects, made on first use: most are never looked at in a session. */
  private readonly made: (Skill | undefined)[];
  readonly contextRules: ReadonlyMap<string, ContextRule>;

  constructor(file: TaxonomyFile) {
    this.file = file;
    this.made = new Array<Skill | undefined>(file.s.length);
    this.contextRules = new Map(Object.entries(file.cx));
  }

  idAt(i: number): string {
    return this.file.ids[String(i)] ?? slugify(this.file.s[i]?.[0] ?? '');
  }

  private get byId(): Map<string, number> {
    if (!this.byIdMap) {
      this.byIdMap = new Map();
      for (let i = 0; i < this.file.s.length; i++) this.byIdMap.set(this.idAt(i), i);
    }
    return this.byIdMap;
  }

  /** The skill at a data position (for the matcher). */
  skillAt(i: number): Skill {
    return this.at(i) as Skill;
  }

  private at(i: number | undefined): Skill | undefined {
    if (i === undefined) return undefined;
    // The extractor asks for a skill several times a mention: this path allocates nothing (the
    // closures that make a skill live in `make`, so no context is created per call here).
    return this.made[i] ?? this.make(i);
  }

  /** Makes the skill at a data position the first time it is asked for. */
  private make(i: number): Skill | undefined {
    const r = this.file.s[i];
    if (!r) return undefined;
    const [name, kindIdx, aliases = NO_STRINGS, implies = NO_EDGES, related = NO_EDGES] = r;
    const s: Skill = {
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

  /** Position of a skill by id, following the id of a skill merged into another. */
  positionOf(id: string): number | undefined {
    return this.byId.get(id) ?? this.byId.get(this.file.moved[id] ?? '');
  }

  get(id: string): Skill | undefined {
    return this.at(this.positionOf(id));
  }

  /**
   * Keys of the English match index and of display names and aliases, to positions: built on the
   * first lookup (the extractor never needs it). Index keys come first, as the extractor reads them.
   */
  private get byKey(): Map<string, number> {
    if (this.byKeyMap) return this.byKeyMap;
    const map = new Map<string, number>();
    for (const line of this.file.m.en.split('\n')) {
      const tab = line.indexOf('\t');
      const rest = line.slice(tab + 1);
      const tab2 = rest.indexOf('\t');
      map.set(line.slice(0, tab), parseInt(tab2 === -1 ? rest : rest.slice(0, tab2), 36));
    }
    this.file.s.forEach((r, i) => {
      for (const label of [r[0], ...(r[2] ?? NO_STRINGS)]) {
        const k = normalizeKey(label);
        if (!map.has(k)) map.set(k, i);
      }
    });
    this.byKeyMap = map;
    return map;
  }

  resolve(nameOrAlias: string): Skill | undefined {
    const byId = this.positionOf(nameOrAlias);
    if (byId !== undefined) return this.at(byId);
    const keys = this.byKey;
    return this.at(keys.get(exactKey(nameOrAlias)) ?? keys.get(conceptKey(nameOrAlias)));
  }

  name(id: string, language?: string): string | undefined {
    const i = this.positionOf(id);
    if (i === undefined) return undefined;
    const english = this.file.s[i]?.[0];
    if (language !== 'es' && language !== 'fr') return english;
    const list = (this.names[language] ??= this.file.names[language].split('\n'));
    return list[i] || english;
  }

  suggest(query: string, limit = 10): Skill[] {
    const q = normalizeKey(query);
    if (!q) return [];
    this.suggestKeys ??= this.file.s.map((r) => ({
      name: normalizeKey(r[0]),
      aliases: (r[2] ?? NO_STRINGS).map(normalizeKey),
    }));
    // Rank: exact name/alias, then name prefix, alias prefix, name contains, alias contains.
    // Inside a rank, common skills first (ESCO occupations and O*NET asking for them, curated
    // rows: "customer service" before "customs law"), then shorter names ("Python" before
    // "Python for Data Science").
    const ranked: { i: number; rank: number; name: string; known: number }[] = [];
    const pop = this.file.pop;
    this.suggestKeys.forEach((keys, i) => {
      const name = keys.name;
      let rank = name === q ? 0 : name.startsWith(q) ? 2 : name.includes(q) ? 4 : 9;
      if (rank > 1) {
        for (const k of keys.aliases) {
          const r = k === q ? 1 : k.startsWith(q) ? 3 : k.includes(q) ? 5 : 9;
          if (r < rank) rank = r;
        }
      }
      if (rank < 9) ranked.push({ i, rank, name: this.file.s[i]?.[0] ?? '', known: popularityAt(pop, i) });
    });
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
let provided: TaxonomyFile | undefined;

/** Hands over the committed data file (read from disk in Node, fetched from the package in the browser). */
export function provideTaxonomyData(file: unknown): void {
  const f = file as Partial<TaxonomyFile> | null;
  if (!f || typeof f !== 'object' || !Array.isArray(f.s)) throw new Error('taxonomy data file: unexpected shape');
  if (provided !== f) cached = undefined;
  provided = f as TaxonomyFile;
}

/** Whether the data file was handed over. */
export const taxonomyDataProvided = (): boolean => provided !== undefined;

/** The bundled taxonomy, built on first call and cached for the life of the module. */
export function loadTaxonomy(): LocalizedTaxonomy {
  if (!provided) throw new Error('The skill taxonomy is not loaded yet (provideTaxonomyData first).');
  cached ??= new BundledTaxonomy(provided);
  return cached;
}

/** Taxonomy built from a data file (tests, tools). */
export function taxonomyFromFile(file: TaxonomyFile): LocalizedTaxonomy {
  return new BundledTaxonomy(file);
}

/** Display name of a skill in `language`, for any taxonomy (English when it has no other). */
export function skillName(t: Taxonomy, id: string, language?: string): string | undefined {
  return t instanceof BundledTaxonomy ? t.name(id, language) : t.get(id)?.name;
}
