import { describe, expect, it } from 'vitest';
import { graphFromMap, scoreFit, type ProfileSkill, type ScoredSkill } from '../../../lib/fit/index';
import { DEFAULT_MINUTES, recommendForPosting, recommendForPostings, type Course } from '../../../lib/courses/index';

const graph = graphFromMap(
  { postgresql: ['sql'], react: ['javascript'] },
  {
    postgresql: 'PostgreSQL',
    sql: 'SQL',
    react: 'React',
    javascript: 'JavaScript',
    python: 'Python',
    excel: 'Microsoft Excel',
    docker: 'Docker',
    forklift: 'Forklift operation',
  },
);
const s = (
  id: string,
  requirement: ScoredSkill['requirement'] = 'required',
  years: number | null = null,
): ScoredSkill => ({
  id,
  name: graph.name(id),
  requirement,
  years,
});
function course(id: string, skills: string[], minutes: number | null, cost: Course['cost'] = 'free'): Course {
  return {
    id,
    title: id,
    provider: 'Test',
    url: `https://example.org/${id}`,
    skills,
    minutes,
    level: null,
    cost,
    credential: 'none',
    source: 'curated',
  };
}

describe('recommendForPosting', () => {
  it('picks the fewest hours for the most gain (greedy set cover)', () => {
    const posting = [s('python'), s('sql'), s('docker')];
    const catalog = [
      course('python-long', ['python'], 6000),
      course('python-short', ['python'], 120),
      course('bundle', ['python', 'sql', 'docker'], 240), // closes everything at 80 min per skill
      course('sql-only', ['sql'], 180),
    ];
    const recs = recommendForPosting(posting, [], graph, catalog);
    expect(recs.map((r) => r.course.id)).toEqual(['bundle']);
    expect(recs[0]!.closes).toEqual(['docker', 'python', 'sql']);
    expect(recs[0]!.projectedScore).toBe(100);
  });

  it('prefers two short courses to one long bundle when they cost fewer hours', () => {
    const posting = [s('python'), s('sql')];
    const catalog = [
      course('bundle', ['python', 'sql'], 900),
      course('py', ['python'], 120),
      course('sql', ['sql'], 120),
    ];
    const recs = recommendForPosting(posting, [], graph, catalog);
    expect(recs.map((r) => r.course.id).sort()).toEqual(['py', 'sql']);
    expect(recs.at(-1)!.projectedScore).toBe(100);
  });

  it('keeps choosing while gaps remain, and projected scores rise', () => {
    const posting = [s('python'), s('sql'), s('excel', 'preferred')];
    const catalog = [
      course('py', ['python'], 60),
      course('sql', ['sql'], 120),
      course('xl', ['excel'], 60),
      course('unrelated', ['docker'], 10),
    ];
    const recs = recommendForPosting(posting, [], graph, catalog);
    expect(recs.map((r) => r.course.id)).toEqual(['py', 'sql', 'xl']);
    const scores = recs.map((r) => r.projectedScore);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(new Set(scores).size).toBe(3);
    expect(scores.at(-1)).toBe(100);
  });

  it('projects exactly what scoreFit gives with the course skills at level 3', () => {
    const posting = [s('python', 'required', 5), s('sql'), s('postgresql', 'preferred')];
    const profile: ProfileSkill[] = [{ id: 'python', level: 2 }];
    const recs = recommendForPosting(posting, profile, graph, [course('pg', ['postgresql'], 60)]);
    const expected = scoreFit(posting, [...profile, { id: 'postgresql', level: 3 }], graph).score;
    expect(recs[0]!.course.id).toBe('pg');
    expect(recs[0]!.closes).toEqual(['postgresql', 'sql']); // SQL partly, through PostgreSQL → SQL
    expect(recs[0]!.projectedScore).toBe(expected);
  });

  it('does not pick a course only for what its skills imply', () => {
    // React implies JavaScript, but a React course is not how to close a JavaScript gap.
    const recs = recommendForPosting([s('javascript')], [], graph, [course('react', ['react'], 30)]);
    expect(recs.map((r) => r.course.source)).toEqual(['search']);
    expect(recs[0]!.course.skills).toEqual(['javascript']);
    expect(recs[0]!.closes).toEqual([]);
  });

  it('prefers free on a near tie, but not when the paid course is clearly better per hour', () => {
    const posting = [s('python')];
    const nearTie = recommendForPosting(posting, [], graph, [
      course('paid', ['python'], 100, 'paid'),
      course('free', ['python'], 105, 'free'),
    ]);
    expect(nearTie[0]!.course.id).toBe('free');
    const clear = recommendForPosting(posting, [], graph, [
      course('paid', ['python'], 60, 'paid'),
      course('free', ['python'], 600, 'free'),
    ]);
    expect(clear[0]!.course.id).toBe('paid');
  });

  it('treats unknown length as DEFAULT_MINUTES', () => {
    const posting = [s('python')];
    const shorter = recommendForPosting(posting, [], graph, [
      course('unknown', ['python'], null),
      course('known', ['python'], DEFAULT_MINUTES - 60),
    ]);
    expect(shorter[0]!.course.id).toBe('known');
    const longer = recommendForPosting(posting, [], graph, [
      course('unknown', ['python'], null),
      course('known', ['python'], DEFAULT_MINUTES * 2),
    ]);
    expect(longer[0]!.course.id).toBe('unknown');
  });

  it('gives every gap without a course a provider search action, which closes nothing and raises no score', () => {
    const posting = [s('python'), s('forklift')];
    const recs = recommendForPosting(posting, [], graph, [course('py', ['python'], 60)]);
    expect(recs.map((r) => r.course.source)).toEqual(['curated', 'search']);
    expect(recs[1]!.course.skills).toEqual(['forklift']);
    expect(recs[1]!.closes).toEqual([]);
    expect(recs[1]!.course.url).toMatch(/^https:\/\//);
    expect(recs[1]!.course.url).toContain('Forklift%20operation');
    // The score the Python course reaches, not a forklift the search may never teach.
    const withPython = scoreFit(posting, [{ id: 'python', level: 3 }], graph).score;
    expect(recs[0]!.projectedScore).toBe(withPython);
    expect(recs[1]!.projectedScore).toBe(withPython);
    expect(withPython).toBeLessThan(100);
  });

  it('counts only real courses toward the projected average of a plan', () => {
    const onlySearches = recommendForPostings([{ skills: [s('forklift')] }, { skills: [s('docker')] }], [], graph, []);
    expect(onlySearches.recommendations.map((r) => r.course.source)).toEqual(['search', 'search']);
    expect(onlySearches.recommendations.every((r) => r.closes.length === 0 && r.projectedScore === 0)).toBe(true);
    expect(onlySearches.projectedAverage).toBe(onlySearches.currentAverage);
  });

  it('recommends nothing when the profile already covers the posting', () => {
    expect(
      recommendForPosting([s('python')], [{ id: 'python', level: 5 }], graph, [course('py', ['python'], 60)]),
    ).toEqual([]);
  });

  it('also improves partial skills (held below the asked level)', () => {
    const recs = recommendForPosting([s('python', 'required', 2)], [{ id: 'python', level: 1 }], graph, [
      course('py', ['python'], 60),
    ]);
    expect(recs).toHaveLength(1);
    expect(recs[0]!.projectedScore).toBe(100);
  });
});

describe('recommendForPostings', () => {
  const postings = [
    { skills: [s('python'), s('sql')] },
    { skills: [s('python'), s('excel', 'preferred')] },
    { skills: [s('python', 'preferred'), s('docker')] },
    { skills: [] }, // no skills: left out of the averages
  ];

  it('weighs gaps by frequency and requirement strength', () => {
    const plan = recommendForPostings(postings, [], graph, []);
    expect(plan.gaps[0]!.id).toBe('python');
    expect(plan.gaps[0]!.postings).toBe(3);
    const excel = plan.gaps.find((g) => g.id === 'excel')!;
    const sql = plan.gaps.find((g) => g.id === 'sql')!;
    expect(sql.weight).toBeGreaterThan(excel.weight); // required vs preferred, same frequency
    expect(plan.currentAverage).toBe(0);
  });

  it('picks the most frequent gap first and raises the average', () => {
    const catalog = [course('xl', ['excel'], 60), course('py', ['python'], 60), course('sql', ['sql'], 60)];
    const plan = recommendForPostings(postings, [{ id: 'docker', level: 4 }], graph, catalog);
    expect(plan.recommendations[0]!.course.id).toBe('py');
    expect(plan.projectedAverage).toBeGreaterThan(plan.currentAverage);
    const scores = plan.recommendations.map((r) => r.projectedScore);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(plan.projectedAverage).toBe(scores.at(-1));
    // All three scored postings reach 100: average 100.
    expect(plan.projectedAverage).toBe(100);
  });

  it('matches the mean of scoreFit over the postings with skills', () => {
    const profile: ProfileSkill[] = [{ id: 'python', level: 3 }];
    const plan = recommendForPostings(postings, profile, graph, []);
    const scored = postings.filter((p) => p.skills.length > 0).map((p) => scoreFit(p.skills, profile, graph).score);
    expect(plan.currentAverage).toBe(Math.round(scored.reduce((a, b) => a + b, 0) / scored.length));
  });
});

describe('alternatives and sectors', () => {
  const alt = (id: string, group: string): ScoredSkill => ({ ...s(id), anyOf: group });

  it('lists no course for an alternative once another member of its group is held', () => {
    const posting = [s('python'), alt('power-bi', 'bi'), alt('tableau', 'bi')];
    const catalog = [course('py', ['python'], 600), course('tab', ['tableau'], 60)];
    const recs = recommendForPosting(posting, [{ id: 'power-bi', level: 3 }], graph, catalog);
    expect(recs.map((r) => r.course.id)).toEqual(['py']);
    const plan = recommendForPostings([{ skills: posting }], [{ id: 'power-bi', level: 3 }], graph, catalog);
    expect(plan.gaps.map((g) => g.id)).toEqual(['python']);
    expect(plan.recommendations.map((r) => r.course.id)).toEqual(['py']);
  });

  it('closes a group of alternatives with one course, and sends no search for the other member', () => {
    const posting = [alt('power-bi', 'bi'), alt('tableau', 'bi')];
    const recs = recommendForPosting(posting, [], graph, [course('tab', ['tableau'], 60)]);
    expect(recs.map((r) => [r.course.id, r.closes, r.projectedScore])).toEqual([['tab', ['tableau'], 100]]);
  });

  it('on an exact tie, prefers the entry of the sector the postings belong to (OSHA 10 general industry for a warehouse)', () => {
    const sectors = (c: Course, list: string[]): Course => ({ ...c, sectors: list });
    const catalog = [
      sectors(course('osha-construction', ['osha'], 600, 'paid'), ['trades']),
      sectors(course('osha-general', ['osha'], 600, 'paid'), ['warehouse/logistics']),
      sectors(course('forklift-card', ['forklift'], 480, 'paid'), ['warehouse/logistics']),
    ];
    const warehouse = recommendForPosting([s('forklift'), s('osha')], [], graph, catalog);
    expect(warehouse.find((r) => r.closes.includes('osha'))!.course.id).toBe('osha-general');
    // A posting that says nothing of its sector keeps the stable order (by id).
    const bare = recommendForPosting([s('osha')], [], graph, catalog);
    expect(bare[0]!.course.id).toBe('osha-construction');
    // The forklift skill is held, not a gap: the posting still belongs to the warehouse.
    const held = recommendForPosting([s('forklift'), s('osha')], [{ id: 'forklift', level: 3 }], graph, catalog);
    expect(held[0]!.course.id).toBe('osha-general');
  });
});

describe('gap weights of alternatives', () => {
  it('weighs each member of an open group as the group, once per posting, and the plan reaches 100', () => {
    const alt = (id: string): ScoredSkill => ({ ...s(id), anyOf: 'bi' });
    const plan = recommendForPostings([{ skills: [s('python'), alt('power-bi'), alt('tableau')] }], [], graph, [
      course('tab', ['tableau'], 60),
      course('py', ['python'], 60),
    ]);
    // Two units (Python; Power BI or Tableau), each half the fit.
    expect(plan.gaps.map((g) => [g.id, g.weight])).toEqual([
      ['power-bi', 50],
      ['python', 50],
      ['tableau', 50],
    ]);
    expect(plan.projectedAverage).toBe(100);
  });
});
