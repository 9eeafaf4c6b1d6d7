/**
 * Issue 10, forty-ninth round: a vehicle technician, a cyber security analyst and a nursery
 * practitioner. MOTs, diagnostic work, tracing electrical faults, light vehicle maintenance, IMI
 * and F-Gas; NIST CSF, Cyber Essentials, EDR, threat hunting, phishing analysis, vulnerability
 * scans; the EYFS, early years, paediatric first aid, learning through play, nappy changing, and
 * a nursery's observations, which are no vital signs. "Build strong relationships" is building
 * relationships: a qualifying word such as "strong" or "positive" is stepped over inside a key.
 * Sentences written here (none taken from SkillSpan or captured pages), with the exact skills
 * expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const asked = (line: string) => extractSkills(`Requirements:\n- ${line}`).map((s) => s.id);

describe("a vehicle technician's asks", () => {
  it('reads MOTs, diagnostic work, tracing faults, IMI and F-Gas', () => {
    expect(asked('Carry out MOTs and diagnostic work, and trace electrical faults')).toEqual([
      'mot-testing',
      'vehicle-diagnostics',
      'fault-finding',
    ]);
    expect(asked('IMI accredited, with an F-Gas certificate')).toEqual(['imi-accreditation', 'f-gas-certification']);
  });
});

describe("a security analyst's asks", () => {
  it('reads the frameworks, EDR, threat hunting, phishing analysis and vulnerability scans', () => {
    expect(asked('Knowledge of NIST CSF and Cyber Essentials')).toEqual([
      'nist-cybersecurity-framework',
      'cyber-essentials',
    ]);
    expect(asked('Use EDR tools for threat hunting, phishing analysis and vulnerability scans')).toEqual([
      'edr',
      'threat-hunting',
      'phishing-analysis',
      'vulnerability-scanning',
    ]);
  });
});

describe("a nursery practitioner's asks", () => {
  it('reads the EYFS, early years, paediatric first aid, learning through play and nappy changing', () => {
    expect(asked('Follow the EYFS; Level 3 in early years; paediatric first aid')).toEqual([
      'eyfs',
      'early-years-education',
      'paediatric-first-aid',
    ]);
    expect(asked('Support learning through play and help with changing nappies')).toEqual([
      'play-based-learning',
      'nappy-changing',
    ]);
  });

  it("reads a nursery's observations as no vital signs, and a ward's still as them", () => {
    expect(asked('Record observations on the learning journal app')).toEqual([]);
    expect(asked('Take and record observations every four hours')).toEqual(['vital-signs']);
  });

  it('reads building strong relationships with parents', () => {
    expect(asked('Build strong relationships with parents and carers')).toEqual(['interpersonal-skills']);
  });
});
