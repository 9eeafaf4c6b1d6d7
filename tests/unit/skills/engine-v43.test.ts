/**
 * Issue 10, forty-third round: a van delivery driver, a medical receptionist and a SaaS account
 * executive. Daily vehicle checks, lifting, punctuality; booking appointments, a busy switchboard,
 * confidential information; the full sales cycle and objection handling. Sentences written here
 * (none taken from SkillSpan or captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const asked = (line: string) => extractSkills(`Requirements:\n- ${line}`).map((s) => s.id);

describe("a delivery driver's asks", () => {
  it('reads vehicle checks, lifting and punctuality', () => {
    expect(asked('Carry out daily vehicle checks and report defects')).toEqual(['vehicle-checks']);
    expect(asked('Able to lift up to 25 kg and always punctual')).toEqual(['heavy-lifting', 'work-ethic']);
  });
});

describe("a medical receptionist's asks", () => {
  it('reads booking appointments, the switchboard and confidentiality', () => {
    expect(asked('Book appointments and answer a busy switchboard')).toEqual(['scheduling', 'switchboard-operation']);
    expect(asked('Handle confidential information with care')).toEqual(['confidentiality']);
  });
});

describe("an account executive's asks", () => {
  it('reads the full sales cycle and objection handling', () => {
    expect(asked('Own the full sales cycle and handle objections')).toEqual(['sales', 'objection-handling']);
  });
});
