import { describe, expect, it } from 'vitest';
import { graphFromTaxonomy, scoreFit } from '../../../lib/fit/index';
import { loadTaxonomy, type Skill, type Taxonomy } from '../../../lib/skills/index';

describe('graphFromTaxonomy', () => {
  it('reads implies edges and names, and tolerates unknown ids', () => {
    const skills: Skill[] = [
      { id: 'react', name: 'React', kind: 'tool', aliases: [], implies: ['javascript'], related: [] },
      { id: 'javascript', name: 'JavaScript', kind: 'language', aliases: ['JS'], implies: [], related: [] },
    ];
    const t: Taxonomy = {
      size: 2,
      get: (id) => skills.find((s) => s.id === id),
      resolve: () => undefined,
      suggest: () => [],
      all: () => skills,
    };
    const g = graphFromTaxonomy(t);
    expect(g.implies('react')).toEqual(['javascript']);
    expect(g.name('javascript')).toBe('JavaScript');
    expect(g.implies('nope')).toEqual([]);
    expect(g.name('nope')).toBe('nope');
  });

  it('gives partial credit through the bundled taxonomy edges (PostgreSQL → SQL)', () => {
    const t = loadTaxonomy();
    const g = graphFromTaxonomy(t);
    const sql = t.resolve('SQL')!;
    const pg = t.resolve('Postgres')!;
    const fit = scoreFit(
      [{ id: sql.id, name: sql.name, requirement: 'required', years: null }],
      [{ id: pg.id, level: 4 }],
      g,
    );
    expect(fit.partial.map((p) => p.reason)).toEqual([
      `Partly covered: you know ${pg.name}, which implies ${sql.name}`,
    ]);
  });
});
