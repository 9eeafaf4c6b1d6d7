/**
 * Issue 10, thirty-seventh round: a process safety engineer, an HR partner, an offshore-wind and a
 * biotech line. HAZOP, HAZID, safety cases, management of change, QRA, ATEX, functional safety and
 * SIL, DNV's Phast (not the O*NET process-heating tool of the same acronym); collective
 * agreements, employment contracts, sick leave, offboarding; offshore wind, phage display, PTC
 * Creo and Pro/ENGINEER, the Scaled Agile Framework (no longer an alias of Scrum).
 * Sentences written here (none taken from SkillSpan or captured pages), with the exact skills
 * expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const read = (text: string) => extractSkills(text).map((s) => s.id);
const asked = (line: string) => read(`Requirements:\n- ${line}`);

describe('process safety', () => {
  it('reads the studies and documents of a process safety engineer', () => {
    expect(asked('Facilitate HAZOP and HAZID workshops and maintain the safety case')).toEqual([
      'hazop',
      'hazid',
      'safety-case',
    ]);
    expect(asked('Review management of change requests and perform quantitative risk assessments (QRA)')).toEqual([
      'management-of-change',
      'quantitative-risk-assessment',
    ]);
  });

  it('reads the standards, SIL and consequence modelling in Phast', () => {
    expect(asked('Knowledge of ATEX, IEC 61511 and SIL assessments')).toEqual([
      'atex',
      'functional-safety',
      'safety-integrity-level',
    ]);
    expect(asked('Experience with PHAST or similar consequence modelling tools')).toEqual([
      'dnv-phast',
      'consequence-modelling',
    ]);
  });
});

describe("an HR partner's casework", () => {
  it('reads collective agreements, employment contracts and sick leave', () => {
    expect(read('Your tasks:\n- Advising managers on Danish labour law and collective agreements')).toEqual([
      'labour-law',
      'collective-bargaining',
    ]);
    expect(read('Your tasks:\n- Handling employment contracts, sick leave and dismissals')).toEqual([
      'employment-contracts',
      'absence-management',
    ]);
  });
});

describe('engineering and biotech names', () => {
  it('reads offshore wind as its own field and phage display as a method', () => {
    expect(asked('Experience from the offshore wind industry')).toEqual(['offshore-wind']);
    expect(asked('Hands-on experience with phage display and ELISA assays')).toEqual(['phage-display', 'elisa-assays']);
  });

  it("reads PTC Creo by its older names, and no Spanish 'creo' as the tool", () => {
    expect(asked('CAD work in ProE/Creo or SolidWorks')).toEqual([
      'cad-software',
      'ptc-creo',
      'dassault-systemes-solidworks',
    ]);
    expect(read('Requisitos:\n- Creo que es importante tener experiencia con SolidWorks.')).toEqual([
      'dassault-systemes-solidworks',
    ]);
  });

  it('reads the Scaled Agile Framework as its own method, not Scrum', () => {
    expect(asked('Experience with the Scaled Agile Framework and Scrum')).toEqual(['scaled-agile-framework', 'scrum']);
  });
});
