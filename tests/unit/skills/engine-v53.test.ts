/**
 * Issue 10, fifty-third round: the company's own praise is no clause about the candidate. "We
 * specialise in", "we are specialists in", "we're a leading expert in" held skill-context words
 * ("specialise", "specialist", "expert"), so the company's fields read as asks. A context word
 * right after "we" (over "are", "a", "leading"…) no longer opens a skill clause; "we need someone
 * experienced in" and "we are looking for strong … skills" still do. Sentences written here (none
 * taken from SkillSpan or captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const read = (text: string) => extractSkills(text).map((s) => s.id);

describe('the company speaking of itself', () => {
  it.each([
    ['We specialise in urogynaecology.'],
    ['We are specialists in oil and gas.'],
    ['We are a leading specialist in retail banking.'],
  ])('reads no skill in "%s"', (line) => {
    expect(read(line)).toEqual([]);
  });

  it('still reads the fields a sentence with "we" asks of the candidate', () => {
    expect(read('We need someone experienced in oil and gas.')).toEqual(['oil-and-gas']);
    expect(read('We are looking for strong Excel skills.')).toEqual(['microsoft-excel']);
  });
});
