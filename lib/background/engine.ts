import { extractSkills, loadTaxonomy, withCustomSkills, type PostingSkill, type Taxonomy } from '../skills';
import {
  HeldSkills,
  fitScoreOnly,
  graphFromTaxonomy,
  scoreFit,
  type Fit,
  type ProfileSkill,
  type SkillGraph,
} from '../fit';
import { loadCatalog, recommendForPosting, type Course, type Recommendation } from '../courses';
import type { ProfileRecord, StoredSkill } from '../db/records';
import { readPosting, type PostingReading, type PostingSignals } from '../posting/read';

/**
 * The skill engine as the background uses it: taxonomy, graph and catalog load once, on first use,
 * so that a service-worker wake-up that only lists postings pays nothing for them.
 */
export class Engine {
  #taxonomy?: Taxonomy;
  /** The taxonomy with the user's custom skills, and the label set it was built from. */
  #custom?: { key: string; taxonomy: Taxonomy };
  #graph?: { of: Taxonomy; graph: SkillGraph };
  #catalog?: Course[];
  #userCourses: Course[] = [];
  userCoursesLoaded = false;

  /** The taxonomy the engine reads with: the bundled one, plus the user's custom skills when there are any. */
  get taxonomy(): Taxonomy {
    return this.#custom?.taxonomy ?? this.baseTaxonomy;
  }
  /** The bundled taxonomy alone. */
  get baseTaxonomy(): Taxonomy {
    return (this.#taxonomy ??= loadTaxonomy());
  }
  get graph(): SkillGraph {
    const of = this.taxonomy;
    if (this.#graph?.of !== of) this.#graph = { of, graph: graphFromTaxonomy(of) };
    return this.#graph.graph;
  }

  /**
   * Reads postings with these custom skills (the user's own labels) from now on. Cheap when the set
   * is the one already in use (the matcher is rebuilt only when it changes). Returns the set's key:
   * the labels, sorted, one a line ('' for none).
   */
  useCustomSkills(labels: readonly string[]): string {
    const key = customSkillsKey(labels);
    if (key === (this.#custom?.key ?? '')) return key;
    this.#custom = key
      ? { key, taxonomy: withCustomSkills(this.baseTaxonomy, key.split('\n'), { checked: true }) }
      : undefined;
    return key;
  }

  /** The key of the custom skill set in use ('' for none). */
  get customSkillsKey(): string {
    return this.#custom?.key ?? '';
  }
  get catalog(): Course[] {
    this.#catalog ??= loadCatalog();
    return this.#userCourses.length ? [...this.#userCourses, ...this.#catalog] : this.#catalog;
  }
  setUserCourses(courses: Course[]): void {
    this.#userCourses = courses;
    this.userCoursesLoaded = true;
  }

  /**
   * Builds now what the first score would otherwise build on the way: the taxonomy's id index
   * behind the skill graph, and the matcher (a few hundred milliseconds together on a slow machine).
   * The background calls it once a job page is open, so that the page's badges do not wait for it.
   */
  warm(): void {
    this.graph.implies('');
    this.extract('');
  }

  extract(text: string): PostingSkill[] {
    return extractSkills(text, this.taxonomy);
  }

  /** Fit of a posting, or null when it cannot mean anything (no skills held, none asked). */
  fit(skills: readonly (PostingSkill | StoredSkill)[], profile: readonly ProfileSkill[]): Fit | null {
    if (profile.length === 0 || skills.length === 0) return null;
    const full = skills.map((s) => ('name' in s ? s : { ...s, name: this.graph.name(s.id), mentions: [] }));
    const fit = scoreFit(full, [...profile], this.graph);
    return fit.basis > 0 ? fit : null;
  }

  /**
   * `fit(skills, profile)?.score ?? null` for many postings and one profile (a re-score): the
   * profile's held and implied skills are indexed once, and only the number is computed.
   */
  scorer(profile: readonly ProfileSkill[]): (skills: readonly StoredSkill[]) => number | null {
    if (profile.length === 0) return () => null;
    const held = new HeldSkills(profile, this.graph);
    return (skills) => (skills.length === 0 ? null : fitScoreOnly(skills, held));
  }

  recommend(skills: PostingSkill[], profile: readonly ProfileSkill[]): Recommendation[] {
    return recommendForPosting(skills, [...profile], this.graph, this.catalog);
  }

  /**
   * The whole pipeline for one posting, as the background, the popup and `npm run scan` all run
   * it: the skills its text asks for, the fit to a profile, and the courses that close the gaps.
   */
  analyze(
    posting: { title: string; description: string },
    profile: readonly ProfileSkill[],
  ): { skills: PostingSkill[]; signals: PostingSignals; fit: Fit | null; recommendations: Recommendation[] } {
    const { skills, signals } = this.read(posting);
    return { skills, signals, fit: this.fit(skills, profile), recommendations: this.recommend(skills, profile) };
  }

  /** A posting's skills as its structure asks for them (mentioned, alternatives, evidence), and its hiring signals. */
  read(posting: { title: string; description: string }): PostingReading {
    return this.readText(postingText(posting), true);
  }

  /** `read` on a text as it is (`titleFirst`: its first line is the posting's title). */
  readText(text: string, titleFirst: boolean): PostingReading {
    return readPosting(text, this.extract(text), { titleFirst, kindOf: (id) => this.taxonomy.get(id)?.kind });
  }
}

/** The text the skills of a posting are read from: its title, then its description. */
export function postingText(posting: { title: string; description: string }): string {
  return `${posting.title}\n${posting.description}`;
}

/** A set of custom labels as one string: trimmed, spaces collapsed, sorted, unique, one a line. */
export function customSkillsKey(labels: readonly string[]): string {
  const clean = labels.map((l) => l.trim().replace(/\s+/g, ' ')).filter(Boolean);
  return [...new Set(clean)].sort().join('\n');
}

export function toProfileSkills(records: readonly ProfileRecord[]): ProfileSkill[] {
  return records.map((r) => ({ id: r.skillId, level: r.level }));
}
