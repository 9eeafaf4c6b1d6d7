/**
 * Issue 10, twenty-second round: the asks of research, pharma, energy, HR, maternity, logistics
 * and field-service ads that read nothing (or the wrong skill) before: recruitment, tendering,
 * GMP quality work, lab methods, power systems, midwifery, econometrics and teaching, social
 * media, anaesthesiology, freight and customs, credit risk; and the company's own units and
 * hiring words that are no skills. Sentences written here (none taken from SkillSpan or captured
 * pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);

describe("an HR partner's and a buyer's asks", () => {
  it('reads recruitment, onboarding, organisational change and contract negotiations', () => {
    expect(
      ids(
        'Requirements:\n- Experience from recruitment, employee onboarding and organisational change\n' +
          '- Knowledge of employment law and contract negotiations',
      ),
    ).toEqual(['recruitment', 'employee-onboarding', 'change-management', 'employment-law', 'contract-negotiation']);
    expect(ids('Experience in recruiting and onboarding.')).toEqual(['recruitment']);
  });

  it("reads nothing from the company's own hiring: its process, agencies, team or 'we are recruiting'", () => {
    expect(
      ids(
        'As part of our recruitment process we may ask for references. No recruitment agencies, please. ' +
          'We are recruiting two HR partners to join our recruitment team.',
      ),
    ).toEqual([]);
    expect(ids("We're recruiting two nurses. Acme is recruiting a driver.")).toEqual([]);
  });

  it('reads tendering, Navision and annual reporting, but no tendering in a kitchen', () => {
    expect(
      ids('Requirements:\n- Tendering and public tenders for hospitals\n- Navision or Dynamics NAV, annual reporting'),
    ).toEqual(['tendering', 'microsoft-dynamics-nav', 'financial-reporting']);
    expect(ids('Prepare chicken tenders and fries to order.')).toEqual([]);
  });
});

describe("a pharma QA specialist's and a researcher's methods", () => {
  it('reads deviations, CAPA, change control, aseptic production, ICH Q9 and validation', () => {
    expect(
      ids(
        'You have experience with deviation handling, CAPAs and change control in aseptic production, ' +
          'and know ICH Q9 and process validation.',
      ),
    ).toEqual([
      'deviation-management',
      'capa',
      'change-control',
      'aseptic-technique',
      'ich-guidelines',
      'process-validation',
    ]);
  });

  it('reads lab methods and the FELASA certificate', () => {
    expect(
      ids(
        'Qualifications:\n- Hands-on flow cytometry, CRISPR/Cas9 gene editing and sample preparation\n' +
          '- FELASA category C or similar\n' +
          '- Transmission electron microscopy, thin film deposition and cleanroom fabrication',
      ),
    ).toEqual([
      'flow-cytometry',
      'crispr-gene-editing',
      'sample-preparation',
      'felasa-certification',
      'electron-microscopy',
      'thin-film-deposition',
      'cleanroom-work',
    ]);
  });

  it('reads electron microscopy as no Electron, and Electron beside React as the framework', () => {
    expect(
      ids(
        'The project uses transmission electron microscopy. We build desktop apps with Electron, React and TypeScript.',
      ),
    ).toEqual(['electron-microscopy', 'electron', 'react', 'typescript']);
    expect(ids('Experience with electron microscopy.')).toEqual(['electron-microscopy']);
  });

  it('reads econometrics, teaching and pedagogy, but no teaching from a teaching hospital', () => {
    expect(ids('Experience with econometrics, teaching and pedagogical skills is required.')).toEqual([
      'econometrics',
      'teaching',
      'pedagogy',
    ]);
    expect(ids('The clinic is part of a large teaching hospital.')).toEqual([]);
    expect(ids('Experience supporting pupils and teaching phonics to small groups.')).toEqual(['phonics']);
  });
});

describe("an electrical engineer's, a midwife's and a doctor's asks", () => {
  it('reads power system studies, their tools, high voltage, switchgear, grid codes and commissioning', () => {
    expect(
      ids(
        'Requirements:\n- Power systems background: load flow and short circuit studies in PowerFactory or PSS/E\n' +
          '- Experience with high voltage switchgear, grid code compliance and commissioning',
      ),
    ).toEqual([
      'power-engineering',
      'power-system-studies',
      'digsilent-powerfactory',
      'pss-e',
      'high-voltage-systems',
      'switchgear',
      'grid-codes',
      'commissioning',
    ]);
  });

  it('reads "the project management process" as project management, not commissioning', () => {
    expect(ids('Knowledge of the project management process.')).toEqual(['project-management']);
  });

  it("reads a midwife's registration, foetal monitoring, obstetrics and the electronic patient record", () => {
    expect(
      ids(
        'You are an authorised midwife with experience in foetal monitoring (CTG) and obstetrics, ' +
          'and you document in the electronic patient record.',
      ),
    ).toEqual(['midwifery', 'fetal-monitoring', 'obstetrics-and-gynaecology', 'ehr']);
  });

  it("reads an anaesthetist's specialty, ultrasound and pain management", () => {
    expect(
      ids('Requirements:\n- Specialist in anaesthesiology; ultrasound-guided regional anaesthesia and pain management'),
    ).toEqual(['anaesthesiology', 'ultrasound', 'pain-management']);
  });
});

describe("a logistics planner's, a marketer's, a risk modeller's and a technician's asks", () => {
  it('reads freight forwarding, customs, Incoterms, credit risk and regulatory requirements; FSA is no state machine', () => {
    expect(
      ids(
        'Requirements:\n- Freight forwarding and customs procedures; Incoterms 2020\n' +
          '- Credit risk models and regulatory requirements from the FSA',
      ),
    ).toEqual(['freight-forwarding', 'customs-clearance', 'incoterms', 'credit-risk', 'regulatory-compliance']);
  });

  it('reads social media work and marketing automation, but not where the company posts', () => {
    expect(
      ids(
        'You will create social media posts, run our social media channels and set up marketing automation in HubSpot.',
      ),
    ).toEqual(['social-media-management', 'marketing-automation', 'hubspot-software']);
    expect(ids('Follow us on social media and search Acme across social media.')).toEqual([]);
  });

  it('reads service and maintenance work', () => {
    expect(ids('Requirements:\n- Service, maintenance and repair of compressors; corrective maintenance')).toEqual([
      'maintenance-operations',
    ]);
  });
});
