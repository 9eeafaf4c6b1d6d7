/**
 * Issue 10, sixty-second round: a veterinary nurse, a contact centre advisor, a forklift driver, an
 * HR coordinator, a French electrician, a Spanish cleaner, a copywriter and a finance data
 * analyst; "non-finance colleagues" ask for no finance; a company word in a duty line ("the payroll
 * provider") is a third party there, not the company describing itself. Sentences written here
 * (none taken from SkillSpan or captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const read = (text: string) => extractSkills(text).map((s) => s.id);
const asked = (line: string) => read(`Requirements:\n- ${line}`);
const duty = (line: string) => read(`Key responsibilities:\n- ${line}`);

describe("a veterinary nurse's asks", () => {
  it('reads monitoring anaesthesia, nurse clinics and parasite control', () => {
    expect(duty('Monitor anaesthesia and run nurse clinics')).toEqual(['anaesthetic-monitoring', 'nurse-clinics']);
    expect(duty('Advise clients on parasite control')).toEqual(['parasite-control']);
  });
});

describe("a contact centre advisor's asks", () => {
  it('reads call handling, webchats and logging complaints', () => {
    expect(duty('Handle inbound calls, emails and webchats from customers')).toEqual([
      'call-handling',
      'live-chat-support',
    ]);
    expect(duty('Log complaints and follow them through to resolution')).toEqual(['handle-customer-complaints']);
  });

  it('reads a call centre, typing, using a computer and challenging customers', () => {
    expect(asked('Experience in a call centre')).toEqual(['contact-centre']);
    expect(asked('Confident using a computer and able to type accurately')).toEqual([
      'computer-literacy',
      'data-entry',
    ]);
    expect(asked('Able to stay calm with challenging customers')).toEqual(['handling-challenging-customers']);
  });
});

describe("a forklift driver's asks", () => {
  it('reads putaway, replenishment and pre-use checks', () => {
    expect(duty('Put away pallets to racking locations and replenish pick faces')).toEqual([
      'putaway',
      'stock-replenishment',
    ]);
    expect(duty('Carry out pre-use checks on the truck and report defects')).toEqual(['vehicle-checks']);
  });
});

describe("an HR coordinator's asks", () => {
  it('reads offer letters, onboarding and induction, and note taking', () => {
    expect(duty('Prepare offer letters and contract variations')).toEqual(['employment-contracts']);
    expect(duty('Coordinate onboarding and induction for new starters')).toEqual(['employee-onboarding']);
    expect(duty('Note taking at disciplinary meetings')).toEqual([
      'minute-taking',
      'disciplinary-and-grievance-procedures',
    ]);
  });

  it('reads payroll where a duty line names the payroll provider', () => {
    expect(duty('Support monthly payroll by sending changes to the payroll provider')).toEqual(['payroll']);
    expect(read('We are a leading payroll provider in the North West.')).toEqual([]);
  });
});

describe('colleagues without a field', () => {
  it('reads "non-finance colleagues" as no finance', () => {
    expect(asked('Able to explain numbers to non-finance colleagues')).toEqual([]);
    expect(asked('Background in finance')).toEqual(['finance']);
  });
});

describe("a copywriter's asks", () => {
  it('reads tone of voice, landing pages and B2C, and no tone of voice on the phone', () => {
    expect(duty('Develop tone of voice guidelines and write landing pages')).toEqual([
      'tone-of-voice',
      'landing-pages',
    ]);
    expect(asked('Experience writing for B2B and B2C brands')).toEqual([
      'business-to-business',
      'business-to-consumer',
    ]);
    expect(asked('A friendly tone of voice on the phone')).toEqual([]);
  });
});

describe("a French electrician's posting", () => {
  it('reads installations, cable pulling, boards, commissioning, NF C 15-100 and the diplomas', () => {
    const posting = [
      'Électricien du bâtiment H/F',
      'Missions :',
      '- Réaliser les installations électriques neuves et en rénovation',
      '- Tirer les câbles et raccorder les tableaux électriques',
      '- Effectuer les mises en service',
      '- Respecter la norme NF C 15-100',
      'Profil :',
      '- CAP ou BAC PRO électricien',
    ].join('\n');
    expect(read(posting)).toEqual([
      'electrical-wiring',
      'cable-pulling',
      'distribution-boards',
      'commissioning',
      'nf-c-15-100',
      'cap-electricien',
      'bac-pro-melec',
    ]);
  });
});

describe("a Spanish cleaner's posting", () => {
  it('reads cleaning machinery and occupational risk prevention', () => {
    const posting = [
      'Personal de limpieza',
      'Funciones:',
      '- Limpieza de oficinas y zonas comunes',
      '- Uso de maquinaria de limpieza (fregadora, aspiradora)',
      '- Cumplimiento de las normas de prevención de riesgos laborales',
    ].join('\n');
    expect(read(posting)).toEqual(['cleaning', 'floor-cleaning-machines', 'workplace-safety']);
  });
});
