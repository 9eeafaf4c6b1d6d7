/**
 * Issue 10, fifty-second round: an IT support technician, a payroll administrator, a food lab
 * technician, a UX designer, a bus driver and a French accounts payable clerk. Entra ID and
 * two-factor authentication, a generic LIMS; statutory pay beside "holiday pay" (a payroll task
 * there, not a perk), RTI and PAYE; "tight" and "strict" deadlines; card sorting, user personas,
 * storytelling; driving buses; "saisie des factures" (no repossession). And the company's words
 * that read as skills: "till 6pm", "full time work", "people working", "highlighting risks",
 * "use this data", "complete the application form", a "Training Network", "prediction".
 * Sentences written here (none taken from SkillSpan or captured pages), with the exact skills
 * expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const asked = (line: string) => extractSkills(`Requirements:\n- ${line}`).map((s) => s.id);
const read = (text: string) => extractSkills(text).map((s) => s.id);

describe("a payroll administrator's asks", () => {
  it('reads statutory pay in a line that also names holiday pay', () => {
    expect(asked('Calculate statutory payments: SSP, SMP and holiday pay')).toEqual(['statutory-payments']);
  });
  it('reads RTI returns and PAYE', () => {
    expect(asked('Submit RTI returns to HMRC and apply PAYE rules')).toEqual(['rti-submissions', 'paye']);
  });
  it('still reads holiday pay among the perks as no skill', () => {
    expect(asked('Benefits: holiday pay and a pension')).toEqual([]);
    expect(asked('Weekly pay and holiday pay')).toEqual([]);
  });
});

describe('deadlines', () => {
  it('steps over "tight" and "strict" inside the key', () => {
    expect(asked('Able to meet tight deadlines')).toEqual(['meet-deadlines']);
    expect(asked('Happy to work to strict deadlines')).toEqual(['meet-deadlines']);
  });
});

describe("an IT support technician's and a lab technician's asks", () => {
  it('reads Entra ID and two-factor authentication', () => {
    expect(asked('Manage users in Entra ID and enforce two-factor authentication')).toEqual([
      'microsoft-entra-id',
      'multi-factor-authentication',
    ]);
  });
  it('reads a LIMS as the kind of system, not one vendor’s product', () => {
    expect(asked('Record results in the LIMS')).toEqual(['laboratory-information-management-systems']);
  });
});

describe("a UX designer's and a bus driver's asks", () => {
  it('reads card sorting, user personas and storytelling', () => {
    expect(asked('Run card sorting sessions and build user personas')).toEqual(['card-sorting', 'user-personas']);
    expect(asked('Strong storytelling skills')).toEqual(['storytelling']);
  });
  it('reads driving buses', () => {
    expect(asked('Drive buses on scheduled routes')).toEqual(['bus-driving']);
  });
});

describe('the company’s words, which are no skills', () => {
  it.each([
    ['You will work till 6pm on Fridays'],
    ['Full time work, Monday to Friday'],
    ['Lead people working on the shop floor'],
    ['Highlighting risks to the team'],
    ['We use this data to improve our products'],
    ['Please complete the application form'],
    ['Join our Training Network of partners'],
    ['Prediction of demand'],
  ])('reads nothing in "%s"', (line) => {
    expect(asked(line)).toEqual([]);
  });
  it('reads no physics in a degree in natural sciences', () => {
    expect(asked('A degree in natural sciences')).not.toContain('physics');
  });
  it('still reads the till as a noun, and highlighting beside hair colouring', () => {
    expect(asked('Experience working on the till')).toEqual(['cash-handling']);
    expect(asked('Hair colouring and highlighting')).toEqual(['hair-colouring']);
  });
});

describe("a French accounts payable clerk's posting", () => {
  it('reads entering invoices and confidentiality, and no repossession', () => {
    const posting = [
      'Comptable fournisseurs H/F',
      '',
      'Vos missions :',
      '- Saisie et contrôle des factures fournisseurs',
      '- Rapprochements bancaires',
      '',
      'Votre profil :',
      '- Vous avez le sens de la confidentialité',
    ].join('\n');
    expect(read(posting)).toEqual(['invoicing', 'bank-reconciliation', 'confidentiality']);
  });
});
