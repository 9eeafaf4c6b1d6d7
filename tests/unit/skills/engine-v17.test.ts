/**
 * Issue 10, seventeenth round: what ads for veterinary nurses, gardeners, pharmacists, teachers,
 * UX designers, customer success managers, event coordinators, SOC analysts, lab technicians and
 * French and Spanish accountants ask, a manager's "driving adoption" read as no driving and "to
 * plan <something>" as no planning skill. Sentences written here (none taken from SkillSpan or
 * captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);

describe('verbs that are no skills', () => {
  it('reads "driving adoption" as a manager\'s verb, and a customer success manager\'s tools and tasks', () => {
    expect(
      ids(
        'Responsibilities:\n- Own 60 accounts, driving adoption, renewals and expansion\n- Run QBRs and track churn risk in Gainsight',
      ),
    ).toEqual(['account-renewals', 'quarterly-business-reviews', 'churn-reduction', 'gainsight']);
    expect(ids('Requirements:\n- Full driving licence\n- Safe driving')).toEqual(['drivers-license', 'driving']);
  });

  it('reads "to plan small-group instruction" as a verb and its object, "able to plan ahead" as the skill', () => {
    expect(ids('Requirements:\n- Able to use assessment data to plan small-group instruction')).toEqual([]);
    expect(ids('Requirements:\n- Able to plan ahead')).toEqual(['plan']);
  });
});

describe('what vets, gardeners, pharmacies and schools ask', () => {
  it("reads a veterinary nurse's registration, clinical tasks and practice software", () => {
    expect(
      ids(
        'Requirements:\n- RCVS registered veterinary nurse\n- Anaesthetic monitoring, IV catheter placement and dental scaling\n- VetIT or RxWorks',
      ),
    ).toEqual(['rcvs-registration', 'anaesthetic-monitoring', 'cannulation', 'dental-scaling', 'vetit', 'rxworks']);
  });

  it("reads a landscape gardener's tasks, machines and certificates", () => {
    expect(
      ids(
        'Duties:\n- Lawn mowing, hedge trimming and laying turf\n- Block paving with mini diggers and ride-on mowers\n' +
          '- NPTC or LANTRA certificate; RHS Level 2 desirable',
      ),
    ).toEqual([
      'lawn-care',
      'hedge-trimming',
      'turf-laying',
      'hard-landscaping',
      'mini-digger',
      'ride-on-mower',
      'nptc-certificate',
      'lantra-certificate',
      'rhs-qualification',
    ]);
  });

  it("reads a pharmacist's dispensing, services and registration (the New Medicine Service is no medicine)", () => {
    expect(
      ids(
        'Requirements:\n- Clinical screening and dispensing of prescriptions\n- Deliver the New Medicine Service and flu vaccinations\n' +
          '- MPharm degree and GPhC registration; independent prescriber desirable',
      ),
    ).toEqual([
      'clinical-screening',
      'prescription-filling',
      'new-medicine-service',
      'immunizations',
      'mpharm',
      'gphc-registration',
      'independent-prescribing',
    ]);
  });

  it("reads a teacher's licence and methods", () => {
    expect(
      ids(
        'Qualifications:\n- Valid state teaching certificate (K-6)\n- Differentiated instruction aligned with Common Core standards',
      ),
    ).toEqual(['teaching-certificate', 'differentiated-instruction', 'common-core-standards']);
  });
});

describe('what design studios, event teams, security operations and labs ask', () => {
  it("reads a UX designer's methods and tools, and WCAG's conformance level as no skill of its own", () => {
    expect(
      ids(
        "What you'll do:\n- User interviews, journey mapping and wireframes in Figma\n- Accessibility standards (WCAG 2.1 AA)\n" +
          '- Bonus: Maze or Optimal Workshop',
      ),
    ).toEqual([
      'user-research',
      'journey-mapping',
      'wireframing',
      'figma',
      'web-accessibility',
      'maze',
      'optimal-workshop',
    ]);
    expect(ids('The maze of spreadsheets is gone. Elisa will call you about the role.')).toEqual([]);
  });

  it("reads an event coordinator's tasks and tools, and a manager's budgets", () => {
    expect(
      ids('You will:\n- Plan events and manage supplier relationships in Cvent and Eventbrite\n- Manage budgets'),
    ).toEqual(['event-management', 'supplier-relationship-management', 'cvent', 'eventbrite', 'budgeting']);
  });

  it("reads a SOC analyst's certifications (Security+ is no cybersecurity field) and tools", () => {
    expect(
      ids(
        'Requirements:\n- Security+ or CySA+ certification\n- Triage alerts in Microsoft Sentinel and CrowdStrike Falcon',
      ),
    ).toEqual(['comptia-securityplus', 'comptia-cysaplus', 'alert-triage', 'microsoft-sentinel', 'crowdstrike-falcon']);
  });

  it("reads a microbiology lab's assays, techniques and standard", () => {
    expect(
      ids('Duties:\n- PCR and ELISA assays\n- Prepare culture media using aseptic technique\n- Work to ISO 17025'),
    ).toEqual(['pcr', 'elisa-assays', 'culture-media-preparation', 'aseptic-technique', 'iso-iec-17025']);
  });
});

describe('French and Spanish accounts offices', () => {
  it('reads bank reconciliations, VAT returns, the month-end close and accounts payable in French and Spanish', () => {
    expect(
      ids(
        'Missions :\n- Tenue des rapprochements bancaires et des déclarations de TVA\n' +
          "- Préparation de la clôture mensuelle avec l'expert-comptable\nProfil : vous êtes rigoureux et autonome",
      ),
    ).toEqual(['bank-reconciliation', 'vat-returns', 'month-end-close', 'attention-to-detail']);
    expect(
      ids(
        'Funciones:\n- Conciliaciones bancarias y declaraciones de IVA\n- Apoyo en el cierre mensual y en cuentas por pagar\n' +
          'Requisitos: experiencia en contabilidad',
      ),
    ).toEqual(['bank-reconciliation', 'vat-returns', 'month-end-close', 'accounts-payable', 'accounting']);
  });
});
