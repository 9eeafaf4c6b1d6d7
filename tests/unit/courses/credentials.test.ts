import { describe, expect, it } from 'vitest';
import { CatalogFileSchema, CourseSchema, loadCatalog, type Course } from '../../../lib/courses/index';
import { loadTaxonomy } from '../../../lib/skills/index';
import { CREDENTIALS, credentialCourse, credentialId, entryProblems } from '../../../scripts/courses/credentials';
import { SECTORS, SECTOR_OCCUPATIONS, shared } from '../../../scripts/courses/demand';

const catalog = loadCatalog();
const credentials = catalog.filter((c) => c.id.startsWith('cred:'));

const complete: Course = {
  id: 'cred:x',
  title: 'X',
  provider: 'P',
  url: 'https://example.org/',
  skills: ['cpr'],
  minutes: 60,
  level: 'beginner',
  cost: 'paid',
  credential: 'certificate',
  source: 'curated',
  format: 'online',
  provenance: { source: 'provider page', page: 'course', checked: 'unchecked' },
};

describe('catalog v2 credentials', () => {
  it('entryProblems names each missing piece, and nothing for a complete entry', () => {
    expect(entryProblems(complete)).toEqual([]);
    expect(entryProblems({ ...complete, provider: ' ' })).toEqual(['no provider']);
    expect(entryProblems({ ...complete, provenance: undefined })).toEqual(['no URL provenance']);
    expect(entryProblems({ ...complete, minutes: null })).toEqual(['no duration']);
    expect(entryProblems({ ...complete, cost: 'unknown' })).toEqual(['no cost class']);
    expect(entryProblems({ ...complete, format: undefined })).toEqual(['no format']);
  });

  it('every bundled credential has a provider, URL provenance, a duration and a cost class', () => {
    expect(credentials.length).toBe(CREDENTIALS.length);
    expect(credentials.map((c) => ({ id: c.id, problems: entryProblems(c) })).filter((c) => c.problems.length)).toEqual(
      [],
    );
  });

  it('every bundled entry has a provider and says where its URL comes from', () => {
    const missing = catalog.filter((c) => !c.provider.trim() || !c.provenance?.source.trim()).map((c) => c.id);
    expect(missing).toEqual([]);
  });

  it('keeps every taxonomy id the source lists (a lost id fails here: regenerate and fix the source)', () => {
    const taxonomy = loadTaxonomy();
    const lost = CREDENTIALS.flatMap((e) => e.skills.filter((id) => !taxonomy.get(id)).map((id) => `${e.id}: ${id}`));
    expect(lost).toEqual([]);
    for (const e of CREDENTIALS) {
      const c = credentials.find((x) => x.id === credentialId(e.id))!;
      for (const id of e.skills) expect(c.skills, e.id).toContain(id);
    }
  });

  it('stacks only into entries that exist, never into itself, and without cycles', () => {
    const ids = new Set(catalog.map((c) => c.id));
    const next = new Map(credentials.map((c) => [c.id, c.stacksInto ?? []]));
    for (const [id, to] of next) {
      for (const t of to) {
        expect(ids.has(t), `${id} → ${t}`).toBe(true);
        expect(t).not.toBe(id);
      }
    }
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (id: string): void => {
      if (done.has(id)) return;
      expect(visiting.has(id), `cycle through ${id}`).toBe(false);
      visiting.add(id);
      for (const t of next.get(id) ?? []) visit(t);
      visiting.delete(id);
      done.add(id);
    };
    for (const id of next.keys()) visit(id);
  });

  it('covers every sector, with the stacks the issue names', () => {
    for (const s of SECTORS)
      expect(
        credentials.some((c) => c.sectors?.includes(s)),
        s,
      ).toBe(true);
    const stacks = (from: string) => catalog.find((c) => c.id === credentialId(from))?.stacksInto ?? [];
    expect(stacks('servsafe-food-handler')).toContain(credentialId('servsafe-manager'));
    expect(stacks('google-it-support')).toContain(credentialId('comptia-a-plus'));
    expect(stacks('osha-10-general-industry')).toContain(credentialId('osha-30-general-industry'));
  });

  it('names in-person programmes as such (a CNA programme is not a video)', () => {
    const format = (id: string) => catalog.find((c) => c.id === credentialId(id))?.format;
    expect(format('cna')).toBe('in-person');
    expect(format('forklift-operator')).toBe('blended');
    expect(format('servsafe-food-handler')).toBe('online');
  });

  it('puts college credit only where a provider statement is recorded', () => {
    for (const e of CREDENTIALS) if (e.collegeCredit) expect(e.provenance.source, e.id).toMatch(/credit/i);
  });

  it('converts an entry to a valid course with minutes and prefixed stack ids', () => {
    const e = CREDENTIALS.find((x) => x.id === 'servsafe-allergens')!;
    const c = CourseSchema.parse({ ...credentialCourse(e), skills: e.skills });
    expect(c.minutes).toBe(90);
    expect(c.price).toEqual({ min: 22, max: 25, currency: 'USD' });
    expect(credentialCourse(CREDENTIALS.find((x) => x.id === 'servsafe-food-handler')!).stacksInto).toContain(
      'cred:servsafe-manager',
    );
  });
});

describe('schema compatibility', () => {
  it('still accepts a catalog written before v2 (no optional fields)', () => {
    const old = { version: 1, courses: [{ ...complete, format: undefined, provenance: undefined }] };
    const parsed = CatalogFileSchema.parse(JSON.parse(JSON.stringify(old)));
    expect(parsed.courses[0]!.format).toBeUndefined();
  });

  it('refuses a bad optional field rather than dropping it', () => {
    expect(CourseSchema.safeParse({ ...complete, format: 'video' }).success).toBe(false);
    expect(
      CourseSchema.safeParse({ ...complete, provenance: { source: 'x', page: 'guess', checked: 'unchecked' } }).success,
    ).toBe(false);
  });
});

describe('in-demand skills per sector (build report)', () => {
  it('keeps keys shared by enough groups, most shared first, then by weight, then by key', () => {
    const groups = [['a', 'b', 'c'], ['b', 'c', 'd'], ['c', 'd', 'x'], ['x']];
    expect(shared(groups, 2, 10)).toEqual(['c', 'b', 'd', 'x']);
    expect(shared(groups, 2, 10, (k) => (k === 'x' ? 5 : 0))).toEqual(['c', 'x', 'b', 'd']);
    expect(shared(groups, 3, 10)).toEqual(['c']);
    expect(shared(groups, 2, 2)).toEqual(['c', 'b']);
    // A group naming a key twice counts once.
    expect(shared([['a', 'a'], ['b']], 2, 10)).toEqual([]);
  });

  it('lists several common occupations, in ESCO and in O*NET, for every sector', () => {
    for (const s of SECTORS) {
      expect(SECTOR_OCCUPATIONS[s].esco.length, s).toBeGreaterThanOrEqual(5);
      for (const code of SECTOR_OCCUPATIONS[s].onet) expect(code, s).toMatch(/^\d\d-\d{4}\.\d\d$/);
    }
  });
});
