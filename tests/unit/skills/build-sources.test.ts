import { describe, expect, it } from 'vitest';
import { spellsOut } from '../../../scripts/taxonomy/sources';
import { readSkillSpanPhrases } from '../../../scripts/taxonomy/skillspan';

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
  // Sentences written here in SkillSpan's format: tokens with BIO knowledge tags.
  const row = (tokens: string, tags: string) =>
    JSON.stringify({
      tokens: tokens.split(' '),
      tags_knowledge: tags.split(' '),
      tags_skill: tags.split(' ').map(() => 'O'),
    });
  const lines = [
    row('You know CQRS well', 'O O B O'),
    row('CQRS and event sourcing', 'B O B I'),
    row('event sourcing is a plus', 'B I O O O'),
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

  it('keeps phrases marked twice or more and inside a span at least half the times they are written', () => {
    expect(readSkillSpanPhrases(lines)).toEqual([
      { name: 'CQRS', kind: 'tool', aliases: [], related: [] },
      { name: 'event sourcing', kind: 'domain', aliases: [], related: [] },
    ]);
  });
});
