import { describe, expect, it } from 'vitest';
import { countedSkills, toggled } from '@/lib/fit/ignore';

const skills = [{ id: 'sql' }, { id: 'python' }, { id: 'go' }, { id: 'excel' }];

describe('countedSkills', () => {
  it('keeps every skill when nothing is ignored, as a new list', () => {
    const out = countedSkills(skills, { never: [] });
    expect(out).toEqual(skills);
    expect(out).not.toBe(skills);
  });

  it('drops the skills never counted, in any posting, and keeps the order', () => {
    expect(countedSkills(skills, { never: new Set(['go']) }).map((s) => s.id)).toEqual(['sql', 'python', 'excel']);
    expect(countedSkills(skills, { never: ['python', 'sql'] }).map((s) => s.id)).toEqual(['go', 'excel']);
  });

  it('drops the skills set aside for this posting, and both lists together', () => {
    expect(countedSkills(skills, { never: [], here: ['excel'] }).map((s) => s.id)).toEqual(['sql', 'python', 'go']);
    expect(countedSkills(skills, { never: ['go'], here: ['sql'] }).map((s) => s.id)).toEqual(['python', 'excel']);
  });

  it('ignores ids the posting does not ask for', () => {
    expect(countedSkills(skills, { never: ['rust'], here: ['java'] })).toEqual(skills);
  });
});

describe('toggled', () => {
  it('adds an id once and removes it', () => {
    expect(toggled(undefined, 'go', true)).toEqual(['go']);
    expect(toggled(['go', 'sql'], 'go', true)).toEqual(['sql', 'go']);
    expect(toggled(['go', 'sql'], 'go', false)).toEqual(['sql']);
    expect(toggled([], 'go', false)).toEqual([]);
  });
});
