import { describe, expect, it } from 'vitest';
import {
  isInPerson,
  loadCatalog,
  nextSteps,
  parseUserCatalog,
  recommendForPosting,
  stacksFrom,
} from '../../../lib/courses/index';
import { graphFromMap, graphFromTaxonomy, type ScoredSkill } from '../../../lib/fit/index';
import { loadTaxonomy } from '../../../lib/skills/index';
import { courseEntry } from './course-entry';

const entry = courseEntry;

describe('nextSteps', () => {
  const catalog = [
    entry('handler', { stacksInto: ['manager', 'allergens'] }),
    entry('allergens', { minutes: 90 }),
    entry('manager', { minutes: 480, stacksInto: ['missing'] }),
    entry('cpr', { stacksInto: ['bls', 'manager'] }),
    entry('bls', { minutes: 240 }),
  ];

  it('returns what held entries stack into, most routes first, then fewer hours', () => {
    expect(nextSteps(['handler'], catalog).map((s) => s.course.id)).toEqual(['allergens', 'manager']);
    const both = nextSteps(['handler', 'cpr'], catalog);
    expect(both.map((s) => [s.course.id, s.from])).toEqual([
      ['manager', ['cpr', 'handler']],
      ['allergens', ['handler']],
      ['bls', ['cpr']],
    ]);
  });

  it('skips what is held, unknown held ids, and targets missing from the catalog', () => {
    expect(nextSteps(['handler', 'manager'], catalog).map((s) => s.course.id)).toEqual(['allergens']);
    expect(nextSteps(['nope'], catalog)).toEqual([]);
    expect(nextSteps([], catalog)).toEqual([]);
  });

  it('lists what leads to an entry', () => {
    expect(stacksFrom('manager', catalog).map((c) => c.id)).toEqual(['handler', 'cpr']);
  });

  it('follows the bundled stacks: food handler → ServSafe Manager, Google IT Support → CompTIA A+', () => {
    const bundled = loadCatalog();
    expect(nextSteps(['cred:servsafe-food-handler'], bundled).map((s) => s.course.id)).toContain(
      'cred:servsafe-manager',
    );
    expect(nextSteps(['cred:google-it-support'], bundled).map((s) => s.course.id)).toEqual(['cred:comptia-a-plus']);
  });

  it('works on an imported catalog that declares its own stacks', () => {
    const csv =
      'title,url,skills,hours,format,stacks into\n' +
      'Pallet jack basics,https://lms.example.com/pj,forklift,1,online,reach-truck\n' +
      'Reach truck,https://lms.example.com/rt,forklift,6,blended,\n';
    const { courses, errors } = parseUserCatalog(csv.replace('reach-truck', 'rt'), 'csv', () => 'forklift');
    expect(errors).toEqual([]);
    const ids = courses.map((c) => c.id);
    expect(ids).toEqual(['user:lms-example-com-pj', 'user:lms-example-com-rt']);
    // Bare ids in "stacks into" name rows by their own id column; these rows have none, so the link is dangling.
    expect(nextSteps([ids[0]!], courses)).toEqual([]);
    const withIds = parseUserCatalog(
      'id,title,url,skills,stacks into\npj,Pallet jack,https://lms.example.com/pj,forklift,rt\nrt,Reach truck,https://lms.example.com/rt,forklift,\n',
      'csv',
      () => 'forklift',
    );
    expect(nextSteps(['user:pj'], withIds.courses).map((s) => s.course.id)).toEqual(['user:rt']);
  });
});

describe('in-person entries in recommendations', () => {
  const graph = graphFromMap({}, { a: 'A', b: 'B', c: 'C' });
  const posting: ScoredSkill[] = ['a', 'b', 'c'].map((id) => ({
    id,
    name: graph.name(id),
    requirement: 'required',
    years: null,
  }));

  it('marks in-person and blended courses, never online ones or search links', () => {
    const recs = recommendForPosting(posting, [], graph, [
      entry('class', { skills: ['a'], format: 'in-person' }),
      entry('mixed', { skills: ['b'], format: 'blended' }),
    ]);
    const by = (id: string) => recs.find((r) => r.course.id === id || r.closes.includes(id))!;
    expect(by('class').inPerson).toBe(true);
    expect(by('mixed').inPerson).toBe(true);
    const search = recs.find((r) => r.course.source === 'search')!;
    // A search closes nothing (it may find a course, or not); the skill it looks for is its course's.
    expect(search.closes).toEqual([]);
    expect(search.course.skills).toEqual(['c']);
    expect(search.inPerson).toBe(false);
    expect(isInPerson({ format: 'online' })).toBe(false);
    expect(isInPerson({})).toBe(false);
  });

  it('puts every real course before any search link', () => {
    const recs = recommendForPosting(posting, [], graph, [entry('slow', { skills: ['a'], minutes: 6000 })]);
    const firstSearch = recs.findIndex((r) => r.course.source === 'search');
    expect(firstSearch).toBeGreaterThan(0);
    expect(recs.slice(firstSearch).every((r) => r.course.source === 'search')).toBe(true);
  });

  it('meets a warehouse posting missing forklift and OSHA with credentials that carry hours and cost, no search link first', () => {
    const taxonomy = loadTaxonomy();
    const skills: ScoredSkill[] = ['forklift', 'osha'].map((id) => ({
      id,
      name: taxonomy.get(id)!.name,
      requirement: 'required',
      years: null,
    }));
    const recs = recommendForPosting(skills, [], graphFromTaxonomy(taxonomy), loadCatalog());
    expect(recs[0]!.course.source).not.toBe('search');
    const forklift = recs.find((r) => r.closes.includes('forklift'))!;
    const osha = recs.find((r) => r.closes.includes('osha'))!;
    for (const r of [forklift, osha]) {
      expect(r.course.source).not.toBe('search');
      expect(r.course.minutes).toBeGreaterThan(0);
      expect(r.course.cost).not.toBe('unknown');
      expect(r.course.recognised).toBe(true);
    }
    expect(forklift.course.id).toBe('cred:forklift-operator');
    expect(forklift.inPerson).toBe(true);
    // General industry and construction cards tie (same hours and cost): the warehouse's forklift picks general industry.
    expect(osha.course.id).toBe('cred:osha-10-general-industry');
    expect(osha.course.minutes).toBe(600);
  });
});
