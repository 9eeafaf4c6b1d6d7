import { describe, expect, it } from 'vitest';
import data from '../../../lib/skills/data/taxonomy.json';
import { loadTaxonomy } from '../../../lib/skills/index';
import { TaxonomyFileSchema } from '../../../lib/skills/schema';

const t = loadTaxonomy();
const id = (q: string) => t.resolve(q)?.id;

describe('taxonomy data', () => {
  it('validates against its schema and has at least 5,000 canonical skills', () => {
    const file = TaxonomyFileSchema.parse(data);
    expect(file.s.length).toBe(t.size);
    expect(t.size).toBeGreaterThanOrEqual(5000);
  });

  it('has unique lowercase slug ids', () => {
    const ids = [...t.all()].map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of ids) expect(i).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('is cached: loading twice gives the same object', () => {
    expect(loadTaxonomy()).toBe(t);
  });

  it('covers every kind', () => {
    const kinds = new Set([...t.all()].map((s) => s.kind));
    for (const k of ['language', 'tool', 'platform', 'domain', 'method', 'soft', 'certification', 'human-language'])
      expect(kinds).toContain(k);
  });
});

describe('resolve', () => {
  it('maps job-ad spellings to canonical skills', () => {
    expect(id('JS')).toBe('javascript');
    expect(id('Postgres')).toBe('postgresql');
    expect(id('k8s')).toBe('kubernetes');
    expect(id('TS')).toBe('typescript');
    expect(id('Py')).toBe('python');
    expect(id('C#')).toBe('csharp');
    expect(id('C++')).toBe('cpp');
    expect(id('.NET')).toBe('dotnet');
    expect(id('ML')).toBe('machine-learning');
    expect(id('CI/CD')).toBe('ci-cd');
    expect(id('golang')).toBe('go');
    expect(id('Excel')).toBe('microsoft-excel');
    expect(id('MS Excel')).toBe('microsoft-excel');
  });

  it('is case- and punctuation-insensitive', () => {
    expect(id('node.js')).toBe('nodejs');
    expect(id('NodeJS')).toBe('nodejs');
    expect(id('  POSTGRESQL ')).toBe('postgresql');
    expect(id('front end')).toBe(id('front-end'));
  });

  it('resolves non-tech breadth', () => {
    for (const q of [
      'ServSafe',
      'food safety',
      'cash handling',
      'POS',
      'food prep',
      'customer service',
      'merchandising',
      'inventory',
      'CPR',
      'BLS',
      'EHR',
      'patient care',
      'medication administration',
      'forklift',
      'CDL',
      'warehouse',
      'pallet jack',
      'welding',
      'blueprint reading',
      'OSHA',
      'bookkeeping',
      'QuickBooks',
      'accounts payable',
      'accounts receivable',
      'payroll',
      'data entry',
      'scheduling',
      'Microsoft Office',
      'communication',
      'teamwork',
      'leadership',
      'problem solving',
      'time management',
      'Spanish',
      'bilingual',
    ]) {
      expect(t.resolve(q), q).toBeDefined();
    }
    expect(t.resolve('Spanish')?.kind).toBe('human-language');
    expect(t.resolve('ServSafe')?.kind).toBe('certification');
    expect(t.resolve('teamwork')?.kind).toBe('soft');
  });

  it('merges duplicates across sources', () => {
    // O*NET "Microsoft Excel", the curated "Excel" and github's "excel" are one skill.
    expect(t.resolve('Microsoft Excel')).toBe(t.resolve('excel'));
    // Linguist, github-explore and ESCO all name Haskell.
    expect([...t.all()].filter((s) => s.name.toLowerCase() === 'haskell')).toHaveLength(1);
  });

  it("keeps products listed as an ESCO concept's alternative labels apart from the concept", () => {
    // ESCO "computer programming" lists DIBOL, KnockoutJS, Subversion… as alternative labels.
    expect(id('Subversion')).toBe('subversion');
    expect(id('KnockoutJS')).not.toBe('computer-programming');
    expect(id('bash')).toBe('bash');
    expect(id('computer programming')).toBe('computer-programming');
    expect(t.get('subversion')?.related).toContain('computer-programming');
  });

  it("merges O*NET's spelled-out names into the skill of their acronym, without acronym aliases that are words", () => {
    expect(id('Structured query language SQL')).toBe('sql');
    expect(id('Amazon Web Services AWS software')).toBe('aws');
    expect(id('JavaScript Object Notation JSON')).toBe('json');
    expect(id('BASE')).toBeUndefined();
    expect(t.suggest('structured query', 3).map((s) => s.id)).toContain('sql');
  });

  it('returns undefined for unknown names and get() by id works', () => {
    expect(t.resolve('definitely not a skill xyz')).toBeUndefined();
    expect(t.get('postgresql')?.name).toBe('PostgreSQL');
    expect(t.get('nope-nope')).toBeUndefined();
  });
});

describe('edges', () => {
  const implies = (a: string) => t.get(a)?.implies ?? [];
  it('carries implies edges', () => {
    expect(implies('react')).toContain('javascript');
    expect(implies('typescript')).toContain('javascript');
    expect(implies('postgresql')).toContain('sql');
    expect(implies('django')).toContain('python');
    expect(implies('kubernetes')).toContain('containers');
    expect(implies('servsafe')).toContain('food-safety');
    expect(implies('spring-boot')).toContain('java');
  });

  it('edges point at existing skills and never at the skill itself', () => {
    for (const s of t.all()) {
      for (const e of [...s.implies, ...s.related]) {
        expect(t.get(e), `${s.id} -> ${e}`).toBeDefined();
        expect(e).not.toBe(s.id);
      }
    }
  });

  it('has related edges from github-explore', () => {
    expect(t.get('postgresql')?.related.length).toBeGreaterThan(0);
  });
});

describe('suggest', () => {
  it('puts the canonical skill first', () => {
    expect(t.suggest('pyth')[0]?.id).toBe('python');
    expect(t.suggest('k8s')[0]?.id).toBe('kubernetes');
    expect(t.suggest('javascript')[0]?.id).toBe('javascript');
  });

  it('respects the limit and finds by substring', () => {
    expect(t.suggest('data', 3)).toHaveLength(3);
    expect(t.suggest('handling').map((s) => s.id)).toContain('cash-handling');
    expect(t.suggest('')).toEqual([]);
  });
});
