/**
 * Issue 10, twenty-eighth round: a hospital pharmacy, a payroll office, a special-needs classroom,
 * a kitchen's costs, an automation line; a Spanish intensive-care ad and a French maintenance ad
 * (ventilación mecánica, historia clínica electrónica, soporte vital avanzado, valoración del
 * paciente; maintenance préventive et curative, dossier patient informatisé).
 * Sentences written here (none taken from SkillSpan or captured pages), with the exact skills
 * expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);
const asked = (line: string) => ids(`Requirements:\n- ${line}`);

describe('pharmacies, payroll offices, classrooms, kitchens and automation lines', () => {
  it("reads a pharmacy technician's dispensing and aseptic work", () => {
    expect(asked('Dispense and check prescriptions; experience with aseptic preparation.')).toEqual([
      'prescription-filling',
      'aseptic-technique',
    ]);
  });

  it("reads a payroll administrator's pensions and statutory payments", () => {
    expect(asked('Process payroll, pensions auto-enrolment and statutory payments (SSP, SMP).')).toEqual([
      'payroll',
      'pension-auto-enrolment',
      'statutory-payments',
    ]);
  });

  it('reads Excel, not a phrase the taxonomy lacks, from its plural functions in brackets', () => {
    expect(asked('Advanced Excel (VLOOKUPs, pivot tables).')).toEqual(['microsoft-excel']);
  });

  it("reads a teaching assistant's de-escalation training", () => {
    expect(asked('Team Teach or de-escalation training and knowledge of phonics.')).toEqual([
      'de-escalation',
      'phonics',
    ]);
  });

  it("reads an automation engineer's Siemens PLCs", () => {
    expect(asked('Siemens S7 PLCs and TIA Portal.')).toEqual([
      'siemens-s7',
      'programmable-logic-controller-plc-software',
      'tia-portal',
    ]);
  });

  it("reads a chef's gross-profit control as food cost control", () => {
    expect(asked('GP control and allergen awareness.')).toEqual(['food-cost-control', 'allergen-awareness']);
  });
});

describe('Spanish and French ward and workshop ads', () => {
  it('reads an intensive-care nurse in Spanish, with no mechanics, history or electronics', () => {
    const ad = [
      'Enfermero/a para UCI',
      'Funciones: valoración del paciente, manejo de ventilación mecánica y registro en la historia clínica electrónica.',
      'Requisitos:',
      '- Experiencia en cuidados intensivos',
      '- Soporte vital avanzado',
    ].join('\n');
    expect(ids(ad)).toEqual(['patient-assessment', 'ventilator-management', 'ehr', 'intensive-care-medicine', 'acls']);
  });

  it('reads preventive and corrective maintenance in French, and a ward ad in French', () => {
    expect(ids('Profil :\n- Vous maîtrisez la maintenance préventive et curative.')).toEqual([
      'maintenance-operations',
      'preventive-maintenance',
    ]);
    expect(ids('Profil :\n- Vous connaissez le dossier patient informatisé et la ventilation mécanique.')).toEqual([
      'ehr',
      'ventilator-management',
    ]);
  });
});
