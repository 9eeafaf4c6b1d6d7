/**
 * Issue 10, sixty-third round: a painter and decorator (no Corel Painter), a bookkeeper, a housing
 * officer, a quantity surveyor, a Spanish welder, a French nurse, a German warehouse operative
 * and a youth worker; "confidence with Excel" is ease with a tool, not assertiveness. Sentences
 * written here (none taken from SkillSpan or captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const read = (text: string) => extractSkills(text).map((s) => s.id);
const asked = (line: string) => read(`Requirements:\n- ${line}`);
const duty = (line: string) => read(`Duties:\n- ${line}`);

describe("a painter and decorator's asks", () => {
  it('reads the trade, not the painting program', () => {
    expect(asked('At least 3 years of experience as a painter and decorator')).toEqual(['painting-and-decorating']);
    expect(asked('Digital illustration in Corel Painter')).toEqual(['corel-painter']);
  });

  it('reads surface preparation, airless spraying and lining paper', () => {
    expect(duty('Prepare surfaces and use airless spray equipment')).toEqual(['surface-preparation', 'spray-painting']);
    expect(duty('Hang lining paper to a high standard')).toEqual(['wallpapering']);
  });
});

describe("a bookkeeper's asks", () => {
  it('reads sales invoices, Making Tax Digital and cloud accounting', () => {
    expect(duty('Process purchase and sales invoices in Xero')).toEqual(['invoicing', 'xero']);
    expect(duty('Submit quarterly VAT returns under Making Tax Digital')).toEqual([
      'vat-returns',
      'making-tax-digital',
    ]);
    expect(asked('Confidence with Excel and cloud accounting software')).toEqual([
      'microsoft-excel',
      'cloud-accounting-software',
    ]);
  });
});

describe("a housing officer's asks", () => {
  it('reads rent arrears, anti-social behaviour, tenancy work and housing law', () => {
    expect(duty('Manage rent arrears and tackle anti-social behaviour')).toEqual([
      'rent-arrears-management',
      'anti-social-behaviour',
    ]);
    expect(duty('Carry out tenancy audits and prepare possession proceedings')).toEqual([
      'tenancy-management',
      'possession-proceedings',
    ]);
    expect(asked('Good knowledge of housing law and the Housing Act 1988')).toEqual(['housing-law']);
    expect(asked('CIH Level 3 qualification desirable')).toEqual(['cih-qualification']);
  });
});

describe("a quantity surveyor's asks", () => {
  it('reads cost plans, valuations, contract forms, CVRs and final accounts', () => {
    expect(duty('Prepare monthly valuations and CVRs')).toEqual(['interim-valuations', 'cost-value-reconciliation']);
    expect(duty('Manage change under NEC4 and JCT contracts')).toEqual(['nec-contracts', 'jct-contracts']);
    expect(duty('Agree final accounts with subcontractors')).toEqual(['final-accounts']);
    expect(asked('Working towards MRICS, with experience of CostX')).toEqual(['mrics', 'costx']);
  });
});

describe("a Spanish welder's posting", () => {
  it('reads MIG-MAG welding, plasma cutting and the welder qualification', () => {
    const posting = [
      'Soldador/a',
      'Funciones:',
      '- Soldadura MIG-MAG de acero al carbono',
      '- Corte con plasma',
      'Requisitos:',
      '- Homologación de soldadura (EN ISO 9606-1) valorable',
    ].join('\n');
    expect(read(posting)).toEqual(['mig-welding', 'plasma-cutting', 'welder-qualification']);
  });
});

describe("a French nurse's posting", () => {
  it('reads medicines, dressings, blood tests, pain care, listening and the nursing diploma', () => {
    const posting = [
      'Infirmier / Infirmière H/F',
      'Missions :',
      '- Préparer et distribuer les médicaments',
      '- Réaliser les pansements et les prises de sang',
      '- Participer à la prise en charge de la douleur',
      'Profil :',
      "- Diplôme d'État d'Infirmier exigé",
      "- Sens de l'écoute",
    ].join('\n');
    expect(read(posting)).toEqual([
      'medication-administration',
      'wound-care',
      'phlebotomy',
      'pain-management',
      'registered-nurse',
      'active-listening',
    ]);
  });
});

describe("a German warehouse operative's posting", () => {
  it('reads the forklift licence and SAP EWM by name', () => {
    const posting = [
      'Lagermitarbeiter (m/w/d)',
      'Ihre Aufgaben:',
      '- Buchungen im Lagerverwaltungssystem SAP EWM',
      'Ihr Profil:',
      '- Staplerschein erforderlich',
    ].join('\n');
    expect(read(posting)).toEqual(['sap-ewm', 'forklift']);
  });
});

describe("a youth worker's asks", () => {
  it('reads youth work, its qualification, CPOMS and online safety', () => {
    expect(duty('Carry out detached youth work in parks')).toEqual(['youth-work']);
    expect(asked('JNC-recognised youth work qualification')).toEqual(['jnc-youth-work-qualification']);
    expect(duty('Record concerns on CPOMS and run sessions on online safety')).toEqual(['cpoms', 'online-safety']);
  });
});

describe("a youth club's open sessions", () => {
  it('reads open-access youth sessions as youth work, not open-access publishing', () => {
    expect(duty('Run open-access youth sessions on weekday evenings')).toEqual(['youth-work']);
    expect(asked('A record of publishing in open access journals')).toEqual(['open-access']);
  });
});
