import { describe, expect, it } from 'vitest';
import { spellsOut } from '../../../scripts/taxonomy/sources';
import { readSkillSpanPhrases } from '../../../scripts/taxonomy/skillspan';
import { titleCase } from '../../../scripts/taxonomy/emit';
import { nominalisation, nominalisations, singular } from '../../../scripts/taxonomy/nominal';

describe('taxonomy build: acronyms spelled out in O*NET names', () => {
  it('accepts an acronym whose letters run through the phrase from its first letter', () => {
    expect(spellsOut('Structured query language', 'SQL')).toBe(true);
    expect(spellsOut('Hypertext markup language', 'HTML')).toBe(true);
    expect(spellsOut('JavaScript Object Notation', 'JSON')).toBe(true);
  });

  it('rejects product names in capitals that do not abbreviate the phrase', () => {
    expect(spellsOut('CaseWare International', 'IDEA')).toBe(false);
    expect(spellsOut('Symphony', 'GOLD')).toBe(false);
    expect(spellsOut('Direct Hit Systems', 'THREADS')).toBe(false);
  });
});

describe('taxonomy build: phrases from the SkillSpan train split', () => {
  // Sentences written here in SkillSpan's format: tokens with BIO knowledge tags, and the posting.
  const row = (tokens: string, tags: string, idx = 1) =>
    JSON.stringify({
      idx,
      tokens: tokens.split(' '),
      tags_knowledge: tags.split(' '),
      tags_skill: tags.split(' ').map(() => 'O'),
    });
  const lines = [
    row('You know CQRS well', 'O O B O', 1),
    row('CQRS and event sourcing', 'B O B I', 2),
    row('event sourcing is a plus', 'B I O O O', 2),
    row('the market is big', 'O B O O'),
    row('a market leader', 'O B O'),
    row('market share grows', 'O O O'),
    row('the market leads', 'O O O'),
    row('the market again', 'O O O'),
    row('C/C++ or Java', 'B O B'),
    row('C/C++ and Go', 'B O B'),
    row('skills in <ORGANIZATION>', 'O O B'),
    row('skills in <ORGANIZATION>', 'O O B'),
  ].join('\n');

  it('keeps phrases marked once or more and inside a span at least half the times they are written', () => {
    // "market": marked twice in five uses; "C/C++": two names; "<ORGANIZATION>": a placeholder.
    expect(readSkillSpanPhrases(lines)).toEqual([
      { name: 'CQRS', kind: 'tool', aliases: [], related: [] },
      { name: 'event sourcing', kind: 'domain', aliases: [], related: [] },
      { name: 'Go', kind: 'domain', aliases: [], related: [] },
      { name: 'Java', kind: 'domain', aliases: [], related: [] },
    ]);
  });

  it('asks for more votes, postings or a larger share when told to', () => {
    const t = { minVotes: 1, minPostings: 1, minShare: 0.5, maxTokens: 4 };
    expect(readSkillSpanPhrases(lines, { ...t, minVotes: 2 }).map((e) => e.name)).toEqual(['CQRS', 'event sourcing']);
    // "event sourcing" is marked twice, both times in posting 2.
    expect(readSkillSpanPhrases(lines, { ...t, minPostings: 2 }).map((e) => e.name)).toEqual(['CQRS']);
    expect(readSkillSpanPhrases(lines, { ...t, minShare: 0.3 }).map((e) => e.name)).toEqual([
      'CQRS',
      'event sourcing',
      'Go',
      'Java',
      'market',
    ]);
    expect(readSkillSpanPhrases(lines, { ...t, maxTokens: 1 }).map((e) => e.name)).toEqual(['CQRS', 'Go', 'Java']);
  });
});

describe('taxonomy build: product names written as titles', () => {
  it('tells a name in Title Case from a category in sentence case', () => {
    expect(titleCase('After the Deadline')).toBe(true);
    expect(titleCase('Amazing Charts')).toBe(true);
    expect(titleCase('Presentation software')).toBe(false);
    // one word is no title; a small word never starts one
    expect(titleCase('Designer')).toBe(false);
    expect(titleCase('the Retail Solution')).toBe(false);
  });
});

describe('taxonomy build: noun compounds of verb phrases', () => {
  const compounds = (labels: string[]) => Object.fromEntries(labels.map((l) => [l, nominalisation(l)]));

  it('writes the object, made singular, before the noun of the verb', () => {
    expect(
      compounds([
        'plan events',
        'manage stakeholders',
        'stock shelves',
        'schedule shifts',
        'handle customer complaints',
        'Rotate stock',
      ]),
    ).toEqual({
      'plan events': 'event planning',
      'manage stakeholders': 'stakeholder management',
      'stock shelves': 'shelf stocking',
      'schedule shifts': 'shift scheduling',
      'handle customer complaints': 'customer complaint handling',
      'Rotate stock': 'stock rotation',
    });
  });

  it('leaves alone what is no verb and object', () => {
    // a verb without a noun of its own, a particle, a pronoun, an adverb, four words, a product, a noun
    const none = [
      'think creatively',
      'clean up',
      'manage it',
      'plan effectively',
      'plan menus for patients',
      'operate C++',
      'management',
    ];
    expect(none.map(nominalisation)).toEqual(none.map(() => null));
  });

  it('makes regular plurals singular and keeps words that only end in s', () => {
    const words = ['shelves', 'deliveries', 'boxes', 'batches', 'orders', 'status', 'analysis', 'glass', 'data'];
    expect(words.map(singular).join(' ')).toBe('shelf delivery box batch order status analysis glass data');
  });

  it('gives each compound once and none a label already holds', () => {
    expect(nominalisations(['plan events', 'plan event', 'organise events', 'event planning'])).toEqual([]);
    expect(nominalisations(['manage vendors', 'manage vendor', 'supplier management'])).toEqual(['vendor management']);
  });
});
