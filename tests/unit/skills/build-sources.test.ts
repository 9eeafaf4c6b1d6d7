import { describe, expect, it } from 'vitest';
import { spellsOut } from '../../../scripts/taxonomy/sources';

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
