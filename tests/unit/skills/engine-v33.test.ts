/**
 * Issue 10, thirty-third round: a kitchen porter, a food microbiology lab, an HR business partner
 * and an electrical maintenance technician (pot washing, plate counts, a BSc naming its field,
 * absence management, CIPD, Allen-Bradley and Siemens PLCs, SAP PM).
 * Sentences written here (none taken from SkillSpan or captured pages), with the exact skills
 * expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);
const asked = (line: string) => ids(`Requirements:\n- ${line}`);

describe('kitchens, food labs, HR partners and maintenance technicians', () => {
  it("reads a kitchen porter's pot washing and stock rotation", () => {
    expect(asked('Wash pots, pans and crockery and rotate stock.')).toEqual(['dishwashing', 'stock-rotation']);
  });

  it("reads a food lab's plate counts, and the fields a BSc names outside an asks section", () => {
    expect(asked('Run plate counts and PCR to ISO 17025.')).toEqual(['plate-counts', 'pcr', 'iso-iec-17025']);
    expect(ids('Lab Technician\nYou hold a BSc in microbiology or food science.')).toEqual([
      'bachelors-degree',
      'microbiology-bacteriology',
      'food-science',
    ]);
  });

  it("reads an HR partner's absence management and CIPD", () => {
    expect(asked('Absence management and employee relations; CIPD Level 7.')).toEqual([
      'absence-management',
      'employee-relations',
      'cipd',
    ]);
  });

  it("reads a maintenance technician's PLC brands and SAP PM", () => {
    expect(asked('Allen-Bradley or Siemens PLCs and SAP PM.')).toEqual(['allen-bradley', 'siemens-s7', 'sap-pm']);
  });
});
