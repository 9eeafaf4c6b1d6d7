/**
 * Issue 10, eleventh round: what office, sales, marketing, clinic and dispatch ads ask (the jobs a
 * shift lead or a career changer moves to), Spanish and French office ads, a vendor's products in
 * brackets, and ordinary words read as skills (shift coverage, spreadsheet formulas, senior
 * leadership). Sentences written here (none taken from SkillSpan or captured pages), with the
 * exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage, extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);

describe("a vendor's products in brackets", () => {
  it('reads "Google Workspace (Docs, Sheets, Calendar)" as Google products, not custom skills', () => {
    expect(ids('What you bring:\n- Proficient in Google Workspace (Docs, Sheets, Calendar)')).toEqual([
      'google-workspace',
      'google-calendar',
    ]);
    expect(ids('What you bring:\n- Microsoft 365 (SharePoint, Power Automate)')).toEqual([
      'microsoft-office',
      'microsoft-sharepoint',
      'microsoft-power-automate',
    ]);
  });

  it('reads no product in the examples of a skill that is no tool', () => {
    expect(ids('What you bring:\n- Two years of data entry (Sheets, Calendar)')).toEqual([
      'data-entry',
      'custom:sheets',
      'custom:calendar',
    ]);
  });
});

describe('ordinary words read as skills', () => {
  it('reads the people at the top as no leadership, and leadership asked for as the skill', () => {
    expect(
      ids('You will:\n- Present findings to senior leadership every quarter\n- Report to the leadership team'),
      // presenting findings is the skill (ESCO's present reports); the people presented to are not
    ).toEqual(['present-reports']);
    expect(ids('Strong leadership and communication skills')).toEqual(['leadership', 'communication']);
  });

  it("reads a rota's shift coverage as no test coverage, and the code's coverage as test coverage", () => {
    expect(ids('Keep shift coverage up to date in the rota.')).toEqual([]);
    expect(ids('Experience with code coverage and unit tests')).toEqual(['test-coverage', 'unit-testing']);
  });

  it('reads spreadsheet formulas as no algorithm and no mathematical equipment', () => {
    expect(ids('Use spreadsheet formulas to total the till.')).toEqual(['cash-handling']);
  });

  it('reads LinkedIn Sales Navigator as no Bentley Navigator', () => {
    expect(
      ids('You will:\n- Make 60 cold calls a day and qualify leads\n- Use LinkedIn Sales Navigator and Salesforce'),
    ).toEqual(['cold-calling', 'lead-generation', 'linkedin-sales-navigator', 'salesforce']);
  });

  it("reads a clinic's point-of-care testing and prior authorizations as no software testing or access rights", () => {
    expect(
      ids(
        'Duties:\n- Perform EKGs and point-of-care testing\n- Give immunizations and handle prior authorizations\n' +
          'Requirements:\n- CCMA or RMA certification',
      ),
    ).toEqual([
      'electrocardiography',
      'point-of-care-testing',
      'immunizations',
      'prior-authorization',
      'medical-assistant-certification',
    ]);
  });
});

describe('what office, marketing and dispatch ads ask', () => {
  it("reads an operations coordinator's purchase orders, travel and expense reports", () => {
    expect(ids('You will:\n- Process purchase orders\n- Book travel and reconcile expense reports')).toEqual([
      'purchase-orders',
      'travel-arrangements',
      'expense-reports',
    ]);
  });

  it("reads a business analyst's user stories, process mapping and Miro", () => {
    expect(ids('You will:\n- Write user stories and acceptance criteria\n- Process mapping in Miro')).toEqual([
      'user-stories',
      'process-mapping',
      'miro',
    ]);
  });

  it("reads a social media coordinator's content calendar, copy, paid social and tools", () => {
    expect(
      ids(
        'Responsibilities:\n- Plan posts in a content calendar\n- Write copy and run paid social in Meta Ads Manager\n' +
          '- Edit videos in CapCut',
      ),
    ).toEqual(['content-calendar', 'copywriting', 'social-media-marketing', 'meta-ads-manager', 'capcut']);
  });

  it("reads a dispatcher's routes, TMS, telematics, hours of service, ELDs and DOT rules", () => {
    expect(
      ids(
        'Responsibilities:\n- Build routes in our TMS and track trucks with Samsara\n' +
          '- Monitor hours of service and ELD compliance under DOT rules',
      ),
    ).toEqual([
      'route-planning',
      'transportation-management-system',
      'samsara',
      'hours-of-service',
      'electronic-logging-devices',
      'dot-regulations',
    ]);
  });
});

describe('Spanish and French office ads', () => {
  it("reads a French assistant's reception, data entry and diaries (no physics, no seizure)", () => {
    expect(
      ids(
        'Missions :\n- Accueil physique et téléphonique\n- Saisie de données et gestion des agendas\n' +
          "Profil :\n- Maîtrise du Pack Office\n- Rigueur et sens de l'organisation",
      ),
    ).toEqual([
      'telephone-manner',
      'reception',
      'data-entry',
      'diary-management',
      'microsoft-office',
      'attention-to-detail',
      'time-management',
    ]);
  });

  it('reads a short Spanish office ad as Spanish, with its diary, data entry and reports', () => {
    const ad =
      'Funciones:\n- Gestión de la agenda de la dirección\n- Introducción de datos y elaboración de informes\n' +
      'Requisitos:\n- Capacidad de organización';
    expect(detectLanguage(ad)).toBe('es');
    expect(ids(ad)).toEqual(['diary-management', 'data-entry', 'report-writing', 'time-management']);
  });
});
