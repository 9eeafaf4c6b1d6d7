import { describe, expect, it } from 'vitest';
import { inferLevel, type FoundInText } from '../../../lib/dashboard/resume-levels';

const found = (name: string, sentence: string, extra: Partial<FoundInText> = {}): FoundInText => ({
  name,
  mention: name,
  sentence,
  kind: 'tool',
  mentions: 1,
  years: null,
  ...extra,
});

describe('levels read from a résumé', () => {
  it.each([
    ['SQL', 'Skills: SQL (basic), Microsoft Excel (advanced).', 2, 'basic'],
    ['Microsoft Excel', 'Skills: SQL (basic), Microsoft Excel (advanced).', 4, 'advanced'],
    ['Spanish', 'Languages: Spanish (native), French (B1).', 5, 'native'],
    ['French', 'Languages: Spanish (native), French (B1).', 3, 'B1'],
    ['Python', 'Currently learning Python.', 1, 'learning'],
    // Years map as a posting's do (lib/fit/policy.ts): 5 years held meets "5+ years" asked.
    ['Customer service', 'Five years of customer service in a busy restaurant.', 5, 'Five years'],
  ])('%s in “%s” → level %i from “%s”', (name, sentence, level, cue) => {
    const g = inferLevel(found(name, sentence, { mention: name === 'Customer service' ? 'customer service' : name }));
    expect(g.level).toBe(level);
    expect(g.cue?.toLowerCase()).toBe(cue.toLowerCase());
    expect(g.confidence).toBe('high');
  });

  it('takes a lead-in for a whole list with medium confidence', () => {
    const g = inferLevel(found('Outlook', 'Proficient in Excel, Word and Outlook.'));
    expect(g).toEqual({ level: 4, confidence: 'medium', cue: 'proficient' });
  });

  it('reads nothing from the skill’s own name ("Basic Life Support" is not basic)', () => {
    const g = inferLevel(
      found('Basic Life Support', 'Basic Life Support (BLS), renewed 2025.', { kind: 'certification' }),
    );
    expect(g.level).toBeNull();
    expect(g.confidence).toBe('medium');
  });

  it('leaves a denied skill, or a lone lower-case word, unsure', () => {
    expect(inferLevel(found('Forklift', 'No experience with forklift work.', { mention: 'forklift' })).confidence).toBe(
      'low',
    );
    expect(inferLevel(found('Baking', 'I like baking.', { mention: 'baking' })).confidence).toBe('low');
  });

  it('gives licences no level, whatever the words say', () => {
    const g = inferLevel(
      found('Registered Nurse', 'Registered Nurse licence, 8 years on a surgical ward.', { kind: 'certification' }),
    );
    expect(g.level).toBeNull();
  });
});
