import { describe, expect, it } from 'vitest';
import {
  FitSchema,
  HeldSkills,
  askedLevel,
  fitScoreOnly,
  graphFromMap,
  scoreFit,
  type ProfileSkill,
  type ScoredSkill,
} from '../../../lib/fit/index';

// A small readable graph: PostgreSQL → SQL, React → JavaScript, Next.js → React (so → JavaScript).
const graph = graphFromMap(
  { postgresql: ['sql'], react: ['javascript'], nextjs: ['react'], a: ['b'], b: ['a'] },
  {
    postgresql: 'PostgreSQL',
    sql: 'SQL',
    react: 'React',
    javascript: 'JavaScript',
    nextjs: 'Next.js',
    python: 'Python',
  },
);

function skill(
  id: string,
  requirement: ScoredSkill['requirement'] = 'required',
  years: number | null = null,
): ScoredSkill {
  return { id, name: graph.name(id), requirement, years };
}
const p = (id: string, level = 3): ProfileSkill => ({ id, level });

describe('scoreFit', () => {
  it('scores 100 when every skill is held at or above the asked level', () => {
    const fit = scoreFit([skill('python'), skill('sql', 'preferred')], [p('python'), p('sql', 5)], graph);
    expect(fit.score).toBe(100);
    expect(fit.basis).toBe(2);
    expect(fit.matched.map((m) => m.id)).toEqual(['python', 'sql']);
    expect(fit.partial).toEqual([]);
    expect(fit.missing).toEqual([]);
    expect(FitSchema.parse(fit)).toEqual(fit);
  });

  it('scores 0 with every skill missing, and explains requirement', () => {
    const fit = scoreFit([skill('python'), skill('sql', 'preferred'), skill('react', 'unspecified')], [], graph);
    expect(fit.score).toBe(0);
    expect(fit.missing.map((m) => m.reason)).toEqual(['Missing; required', 'Missing; preferred', 'Missing']);
  });

  it('returns basis 0 for a posting without skills so callers can hide the score', () => {
    const fit = scoreFit([], [p('python')], graph);
    expect(fit).toEqual({ score: 0, basis: 0, matched: [], partial: [], missing: [] });
  });

  it('weighs required 3, unspecified 2, preferred 1', () => {
    const skills = [skill('python', 'required'), skill('sql', 'unspecified'), skill('react', 'preferred')];
    expect(scoreFit(skills, [p('python')], graph).score).toBe(50); // 3 / 6
    expect(scoreFit(skills, [p('sql')], graph).score).toBe(33); // 2 / 6
    expect(scoreFit(skills, [p('react')], graph).score).toBe(17); // 1 / 6
  });

  it('a required gap costs more than a preferred gap', () => {
    const skills = [skill('python', 'required'), skill('sql', 'preferred'), skill('react', 'required')];
    const missingRequired = scoreFit(skills, [p('sql'), p('react')], graph).score;
    const missingPreferred = scoreFit(skills, [p('python'), p('react')], graph).score;
    expect(missingPreferred).toBeGreaterThan(missingRequired);
  });

  it('maps stated years to an asked level', () => {
    expect([null, 0, 1, 2, 3, 4, 5, 10].map(askedLevel)).toEqual([2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('gives partial credit for a lower level than asked, with the reason', () => {
    const fit = scoreFit([skill('python', 'required', 5)], [p('python', 3)], graph);
    expect(fit.partial).toHaveLength(1);
    expect(fit.partial[0]!.credit).toBeCloseTo(0.6);
    expect(fit.partial[0]!.reason).toBe('You rated yourself 3 · Comfortable; asked: 5+ years ≈ 5 · Expert');
    expect(fit.score).toBe(60);
  });

  it('says the asked years when a held skill meets them', () => {
    const fit = scoreFit([skill('python', 'required', 3)], [p('python', 4)], graph);
    expect(fit.matched[0]!.reason).toBe('You rated yourself 4 · Strong; asked: 3+ years ≈ 4 · Strong');
  });

  it('gives partial credit through an implies edge, transitively', () => {
    const direct = scoreFit([skill('sql')], [p('postgresql', 4)], graph);
    expect(direct.partial.map((x) => x.reason)).toEqual(['Partly covered: you know PostgreSQL, which implies SQL']);
    const twoHops = scoreFit([skill('javascript')], [p('nextjs', 4)], graph);
    expect(twoHops.partial[0]!.reason).toBe('Partly covered: you know Next.js, which implies JavaScript');
    expect(twoHops.score).toBeGreaterThan(0);
    expect(twoHops.score).toBeLessThan(100);
  });

  it('does not follow implies backwards (knowing SQL says nothing about PostgreSQL)', () => {
    expect(scoreFit([skill('postgresql')], [p('sql', 5)], graph).score).toBe(0);
  });

  it('survives cycles in the graph', () => {
    const fit = scoreFit([skill('b')], [p('a')], graph);
    expect(fit.partial).toHaveLength(1);
  });

  it('ranks partial between matched and missing', () => {
    const asked = [skill('sql')];
    const matched = scoreFit(asked, [p('sql')], graph).score;
    const partial = scoreFit(asked, [p('postgresql')], graph).score;
    const missing = scoreFit(asked, [], graph).score;
    expect(matched).toBeGreaterThan(partial);
    expect(partial).toBeGreaterThan(missing);
  });

  it('puts every posting skill in exactly one list, once, even when the posting repeats it', () => {
    const skills = [skill('python', 'preferred'), skill('sql'), skill('python', 'required', 4), skill('react')];
    const fit = scoreFit(skills, [p('python', 3), p('postgresql')], graph);
    const ids = [...fit.matched, ...fit.partial, ...fit.missing].map((x) => x.id).sort();
    expect(ids).toEqual(['python', 'react', 'sql']);
    // The repeat keeps the strongest requirement and the most years.
    const py = fit.partial.find((x) => x.id === 'python')!;
    expect(py.requirement).toBe('required');
    expect(py.reason).toContain('4+ years');
  });

  it('takes the best of a direct lower level and an implied cover', () => {
    // SQL asked at 5+ years: level 1 direct gives 0.2; PostgreSQL at 5 gives 0.6 through the edge.
    const fit = scoreFit([skill('sql', 'required', 5)], [p('sql', 1), p('postgresql', 5)], graph);
    expect(fit.partial[0]!.credit).toBeCloseTo(0.6);
    expect(fit.partial[0]!.reason).toContain('PostgreSQL');
  });

  it('is monotonic: adding a held skill never lowers the score', () => {
    const skills = [
      skill('python', 'required', 3),
      skill('sql', 'preferred'),
      skill('javascript'),
      skill('react', 'unspecified', 1),
    ];
    const pool: ProfileSkill[] = [
      p('python', 2),
      p('python', 5),
      p('postgresql', 4),
      p('nextjs', 2),
      p('sql', 1),
      p('react', 5),
      p('javascript', 3),
    ];
    // Deterministic pseudo-random orders of additions.
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let run = 0; run < 50; run++) {
      const order = [...pool].sort(() => rand() - 0.5);
      const profile: ProfileSkill[] = [];
      let last = scoreFit(skills, profile, graph).score;
      for (const add of order) {
        profile.push(add);
        const next = scoreFit(skills, profile, graph).score;
        expect(next).toBeGreaterThanOrEqual(last);
        last = next;
      }
    }
  });
});

describe('fitScoreOnly', () => {
  it("is scoreFit's score for one profile indexed once, and null where scoreFit has no basis", () => {
    const ids = ['python', 'sql', 'postgresql', 'react', 'javascript', 'nextjs', 'a', 'b', 'rust'];
    const requirements = ['required', 'preferred', 'unspecified', 'mentioned'] as const;
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const profile = [p('postgresql', 2), p('nextjs', 4), p('python', 5), p('a', 1)];
    const held = new HeldSkills(profile, graph);
    let compared = 0;
    for (let n = 0; n < 500; n++) {
      const skills = Array.from({ length: Math.floor(rnd() * 6) }, () => ({
        ...skill(pick(ids), pick(requirements), rnd() < 0.3 ? 1 + Math.floor(rnd() * 8) : null),
        anyOf: rnd() < 0.2 ? 'g1' : null,
      }));
      const fit = scoreFit(skills, profile, graph);
      expect(fitScoreOnly(skills, held)).toBe(fit.basis > 0 ? fit.score : null);
      if (fit.basis > 0 && fit.score > 0 && fit.score < 100) compared++;
    }
    // Partial scores (not just 0 and 100) were compared.
    expect(compared).toBeGreaterThan(50);
  });
});
