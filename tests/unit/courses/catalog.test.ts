import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CatalogFileSchema,
  coursesBySkill,
  loadCatalog,
  recommendForPosting,
  searchActions,
} from '../../../lib/courses/index';
import { graphFromTaxonomy } from '../../../lib/fit/index';
import { extractSkills, loadTaxonomy } from '../../../lib/skills/index';
import {
  CATALOG_FILE,
  COURSE_REPO_INPUTS,
  COURSE_SCRIPT_FILES,
  MANIFEST_FILE,
  type CourseManifest,
} from '../../../scripts/courses/manifest';
import { INPUTS_FILE, MappingFileSchema, mapCourse } from '../../../scripts/courses/mapping';
import { SkillMapper } from '../../../scripts/courses/skills';

const root = path.resolve(__dirname, '../../..');
const sha = (file: string) =>
  createHash('sha256')
    .update(readFileSync(path.join(root, file)))
    .digest('hex');

describe('bundled catalog', () => {
  const catalog = loadCatalog();

  it('validates, is cached, and is not trivially small', () => {
    expect(CatalogFileSchema.parse(JSON.parse(readFileSync(path.join(root, CATALOG_FILE), 'utf8'))).courses).toEqual(
      catalog,
    );
    expect(loadCatalog()).toBe(catalog);
    expect(catalog.length).toBeGreaterThan(500);
  });

  // Credentials may share their provider's page (OSHA 10 and 30 on the Outreach page); any other
  // entry has a URL of its own.
  it('has only https URLs, unique ids and unique URLs (but credentials sharing a provider page), and no search entries', () => {
    const ids = new Set<string>();
    const urls = new Set<string>();
    for (const c of catalog) {
      expect(new URL(c.url).protocol).toBe('https:');
      expect(ids.has(c.id)).toBe(false);
      if (!c.id.startsWith('cred:')) expect(urls.has(c.url), c.url).toBe(false);
      ids.add(c.id);
      urls.add(c.url);
      expect(c.source).not.toBe('search');
      expect(c.skills.length).toBeGreaterThan(0);
    }
  });

  it('uses only skill ids that exist in the taxonomy', () => {
    const taxonomy = loadTaxonomy();
    const unknown = [...new Set(catalog.flatMap((c) => c.skills))].filter((id) => !taxonomy.get(id));
    expect(unknown).toEqual([]);
  });

  // A posting carries current ids: a course listed under a merged skill's old id would never match.
  it('lists each skill by its current id, not the old id of a merged skill', () => {
    const taxonomy = loadTaxonomy();
    const old = [...new Set(catalog.flatMap((c) => c.skills))].filter((id) => taxonomy.get(id)?.id !== id);
    expect(old).toEqual([]);
  });

  it('covers the non-tech skills the issue names with concrete courses', () => {
    const taxonomy = loadTaxonomy();
    const bySkill = coursesBySkill(catalog);
    for (const name of [
      'ServSafe',
      'CPR',
      'forklift',
      'Microsoft Excel',
      'QuickBooks',
      'food safety',
      // The in-demand skills of each sector's common jobs (issue 16): one per sector.
      'Take food and beverage orders from customers',
      'Operate cash point',
      'Pick orders for dispatching',
      'Interact with healthcare users',
      'Follow health and safety procedures in construction',
      'Communicate by telephone',
    ]) {
      const skill = taxonomy.resolve(name);
      expect(skill, name).toBeDefined();
      expect(bySkill.get(skill!.id)?.length ?? 0, name).toBeGreaterThan(0);
    }
  });

  it('recommends an action for every gap of a real posting, concrete where the catalog has one', () => {
    const taxonomy = loadTaxonomy();
    const ids = ['Python', 'ServSafe', 'forklift', 'Kubernetes'].map((n) => taxonomy.resolve(n)!);
    // A skill no catalog course teaches still gets a provider search.
    const taught = new Set(catalog.flatMap((c) => c.skills));
    const untaught = [...taxonomy.all()].find((sk) => !taught.has(sk.id))!;
    const posting = [...ids, untaught].map((sk) => ({
      id: sk.id,
      name: sk.name,
      requirement: 'required' as const,
      years: null,
    }));
    const recs = recommendForPosting(posting, [], graphFromTaxonomy(taxonomy), catalog);
    for (const sk of ids)
      expect(
        recs.some((r) => r.course.source !== 'search' && r.closes.includes(sk.id)),
        sk.name,
      ).toBe(true);
    // The untaught skill gets a search, which may find a course but closes nothing by itself.
    const search = recs.find((r) => r.course.skills.includes(untaught.id))!;
    expect(search.course.source).toBe('search');
    expect(search.closes).toEqual([]);
    const best = Math.max(...recs.map((r) => r.projectedScore));
    expect(best).toBeLessThan(100);
    expect(best).toBe(recs.filter((r) => r.course.source !== 'search').at(-1)!.projectedScore);
  });

  it('keeps OSSU durations (weeks × hours per week)', () => {
    const ossu = catalog.filter((c) => c.source === 'ossu');
    expect(ossu.length).toBeGreaterThan(30);
    // "The Missing Semester": 2 weeks at 12 hours/week.
    expect(ossu.find((c) => c.url === 'https://missing.csail.mit.edu/')?.minutes).toBe(2 * 12 * 60);
  });

  it('gives every taxonomy skill at least one action (catalog course or provider search)', () => {
    const bySkill = coursesBySkill(catalog);
    let count = 0;
    for (const skill of loadTaxonomy().all()) {
      const actions = [...(bySkill.get(skill.id) ?? []), ...searchActions(skill)];
      expect(actions.length).toBeGreaterThan(0);
      count++;
    }
    expect(count).toBeGreaterThan(1000);
  });
});

describe('catalog manifest', () => {
  const manifest = JSON.parse(readFileSync(path.join(root, MANIFEST_FILE), 'utf8')) as CourseManifest;

  it('matches the committed catalog and its recorded inputs (no hand edits)', () => {
    expect(Object.keys(manifest.output).sort()).toEqual([CATALOG_FILE, INPUTS_FILE].sort());
    for (const f of [CATALOG_FILE, INPUTS_FILE]) expect(manifest.output[f], f).toBe(sha(f));
  });

  it('matches the scripts that generate it (regenerate with npm run build:courses)', () => {
    expect(Object.keys(manifest.scripts).sort()).toEqual([...COURSE_SCRIPT_FILES].sort());
    for (const f of COURSE_SCRIPT_FILES) expect(manifest.scripts[f], f).toBe(sha(f));
  });

  it('matches the taxonomy it was mapped with (regenerate after npm run build:taxonomy)', () => {
    for (const f of COURSE_REPO_INPUTS) expect(manifest.repoInputs[f], f).toBe(sha(f));
  });

  // The skill engine is not hashed: its mapping of the recorded rows is rerun. A change that
  // would alter the catalog (a course's skills, or a dropped row now finding one) fails here.
  describe('mapped again with the current skill engine', () => {
    const recorded = MappingFileSchema.parse(JSON.parse(readFileSync(path.join(root, INPUTS_FILE), 'utf8')));
    const mapper = new SkillMapper(loadTaxonomy(), extractSkills);
    const catalog = loadCatalog();

    it('records the rows of every course, and only those', () => {
      expect(Object.keys(recorded.courses).sort()).toEqual(catalog.map((c) => c.id).sort());
    });

    it('gives every course the skills the catalog holds (regenerate with npm run build:courses)', () => {
      const changed = catalog
        .map((c) => ({ id: c.id, catalog: c.skills, now: mapCourse(mapper, recorded.courses[c.id] ?? []) }))
        .filter((c) => JSON.stringify(c.catalog) !== JSON.stringify(c.now));
      expect(changed).toEqual([]);
    });

    it('still maps the dropped rows to no skill', () => {
      expect(recorded.dropped.length).toBeGreaterThan(0);
      const found = recorded.dropped
        .map((r) => ({ row: r, now: mapCourse(mapper, [r]) }))
        .filter((r) => r.now.length > 0);
      expect(found).toEqual([]);
    });
  });

  it('records the shared source files it read', () => {
    expect(Object.keys(manifest.inputs).sort()).toEqual([
      'courses/free-programming-books/free-courses-en.parsed.json',
      'courses/ossu/courses.parsed.json',
    ]);
    for (const h of Object.values(manifest.inputs)) expect(h).toMatch(/^[0-9a-f]{64}$/);
  });
});
