/**
 * Issue 10, seventh round: classes of misses found by the two-fold cross-validation inside the
 * SkillSpan train split (scripts/skillspan-cv.ts). Sentences written here (none taken from
 * SkillSpan or captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);

describe('a perks label inside a line', () => {
  it('covers only the words after "Benefits:", not the skills before it on the merged line', () => {
    expect(ids('Kubernetes and Terraform on AWS Job benefits: a gym and LinkedIn Learning')).toEqual([
      'kubernetes',
      'terraform',
      'aws',
    ]);
  });

  it('still makes a whole clause about perks when the offer word is no label', () => {
    expect(ids('We offer a gym, Apple hardware and LinkedIn Learning')).toEqual([]);
    expect(ids('Docker Kubernetes Terraform and a gym')).toEqual([]);
  });
});
