/**
 * Issue 10, forty-fifth round: a sous chef, a customer success manager and a teaching assistant,
 * and two idioms of company prose. Mise en place, pastry and sauce work, butchery, running a
 * kitchen; customer onboarding and training sessions; patience and compassion; "built from
 * scratch" is no Scratch, "we build trusted brands" no building trust. Sentences written here
 * (none taken from SkillSpan or captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const asked = (line: string) => extractSkills(`Requirements:\n- ${line}`).map((s) => s.id);

describe("a sous chef's asks", () => {
  it('reads mise en place, running a kitchen, pastry and sauce work and butchery', () => {
    expect(asked('Set up mise en place; experience running a kitchen')).toEqual([
      'mise-en-place',
      'kitchen-management',
    ]);
    expect(asked('Strong pastry skills, sauce work and butchery')).toEqual([
      'pastry-making',
      'sauce-making',
      'butchery',
    ]);
  });
});

describe("a customer success manager's asks", () => {
  it('reads customer onboarding and customer training', () => {
    expect(asked('Lead onboarding sessions and product training for customers')).toEqual([
      'customer-onboarding',
      'customer-training',
    ]);
  });
});

describe("a teaching assistant's asks", () => {
  it('reads patience and compassion', () => {
    expect(asked('A calm and patient manner and a compassionate approach')).toEqual(['patience', 'empathy']);
  });
});

describe('building trust', () => {
  it('is read where an ad asks for it, not in "we build trusted brands"', () => {
    expect(asked('Build trust with customers and colleagues')).toEqual(['build-trust']);
    expect(asked('Join us as we build trusted brands for retailers')).toEqual([]);
  });
});

describe('the Scratch language', () => {
  it('is not read in "from scratch"', () => {
    expect(asked('Build new services from scratch in Go and Python')).toEqual(['go', 'python']);
  });

  it('is still read where a coding club asks for it', () => {
    expect(asked('Teach Scratch and Python to children')).toEqual(['scratch-computer-programming', 'python']);
  });
});
