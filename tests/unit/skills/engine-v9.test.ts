/**
 * Issue 10, ninth round: what British ads for drivers, kitchens, offices, bookkeepers, social
 * workers and salons ask, the company forms and job titles read as tools, and one-line Spanish
 * ads. Sentences written here (none taken from SkillSpan or captured pages), with the exact
 * skills expected.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage, extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);
const PLC = 'programmable-logic-controller-plc-software';

describe('names that are a company or a job title', () => {
  it('reads a company\'s "PLC" or "plc" as no controller, and PLC where a trade asks for it', () => {
    expect(ids('Barrow & Finch Group PLC is hiring an office administrator.')).toEqual([]);
    expect(ids('We are Acme plc, a FTSE 100 company.')).toEqual([]);
    expect(ids('Experience with PLC and SCADA systems')).toEqual([PLC, 'scada']);
    expect(ids('Strong PLC programming skills')).toEqual([PLC]);
  });

  it('reads a chef in a kitchen as no configuration tool, and Chef among such tools as one', () => {
    expect(ids('Previous experience as a Sous Chef or Chef de Partie.')).toEqual([]);
    expect(ids('You automate servers with Chef, Puppet or Ansible.')).toEqual(['chef', 'puppet', 'ansible']);
  });

  it("reads a driver's CPC as the qualification, and CPC alone as cost per click", () => {
    expect(ids('Requirements:\n- Valid C+E licence and Driver CPC card\n- Digital tachograph card')).toEqual([
      'hgv-licence',
      'driver-cpc',
      'tachograph',
    ]);
    expect(ids('Track CPC and CTR for our paid campaigns')).toEqual(['pay-per-click']);
  });

  it('reads "diary management" as the office task, and Power Diary by its full name only', () => {
    expect(ids('You will look after diary management and minute taking for the directors.')).toEqual([
      'diary-management',
      'minute-taking',
    ]);
    expect(ids('We book clients in with Power Diary')).toEqual(['power-diary']);
  });
});

describe('what British trade and office ads ask', () => {
  it("reads a kitchen's knife skills, menu planning and food costs", () => {
    expect(
      ids('What you need:\n- Knife skills\n- Menu planning and manage food costs\n- Manual handling training'),
    ).toEqual(['knife-skills', 'menu-planning', 'food-cost-control', 'manual-handling']);
  });

  it("reads a bookkeeper's reconciliations, VAT returns, management accounts and AAT", () => {
    expect(
      ids('Duties:\n- Bank reconciliations and VAT returns\n- Preparing management accounts\n- AAT Level 3 qualified'),
    ).toEqual(['bank-reconciliation', 'vat-returns', 'management-accounts', 'aat-qualification']);
  });

  it("reads a social worker's safeguarding, care planning, report writing and multi-agency working", () => {
    expect(
      ids(
        'Essential criteria:\n- Knowledge of safeguarding\n- Care planning and report writing\n- Multi-agency working',
      ),
    ).toEqual(['safeguarding', 'care-planning', 'report-writing', 'multi-agency-working']);
  });

  it("reads an office's GCSEs and telephone manner, and a salon's balayage and hair cutting", () => {
    expect(ids('You have:\n- GCSEs in English and Maths\n- A confident telephone manner')).toEqual([
      'gcses',
      'english',
      'mathematics',
      'telephone-manner',
    ]);
    expect(ids('You must have:\n- Balayage and foils\n- Hair cutting for men and women')).toEqual([
      'balayage',
      'hair-cutting',
    ]);
  });
});

describe('a one-line Spanish ad', () => {
  it('is read as Spanish with two Spanish stop words and no word of another language', () => {
    const text = 'Buscamos técnico con experiencia en gestión de proyectos y trabajo en equipo.';
    expect(detectLanguage(text)).toBe('es');
    expect(ids(text)).toEqual(['project-management', 'teamwork']);
    // An English line with one such word stays English.
    expect(detectLanguage('Experience with Python y Django is a plus.')).toBe('en');
  });
});

describe('what American pharmacy, garage, plumbing, security and HR ads ask', () => {
  it("reads a pharmacy technician's tasks, an insurance word inside a task making no perk", () => {
    expect(
      ids(
        'Qualifications:\n- Fill and label prescriptions\n- Process insurance claims\n- Compound medications\n- PTCB certification (CPhT)',
      ),
    ).toEqual([
      'prescription-filling',
      'insurance-claims-processing',
      'medication-compounding',
      'certified-pharmacy-technician',
    ]);
    expect(ids('We offer health insurance, a pension and paid time off.')).toEqual([]);
  });

  it("reads a mechanic's and a plumber's work and papers", () => {
    expect(
      ids('You bring:\n- Brake jobs, oil changes and wheel alignments\n- ASE certified\n- Mitchell1 or ALLDATA'),
    ).toEqual(['brake-repair', 'oil-changes', 'wheel-alignment', 'ase-certification', 'mitchell-1', 'alldata']);
    expect(
      ids('Requirements:\n- Solder and braze copper fittings\n- Install PEX and water heaters\n- Journeyman license'),
    ).toEqual(['soldering', 'brazing', 'pex-piping', 'water-heater-installation', 'journeyman-license']);
  });

  it("reads an HR generalist's tools and certifications, and no skill in the company's hiring", () => {
    expect(
      ids(
        'Key responsibilities:\n- Manage new hire onboarding and employee relations\n- Administer benefits enrollment and FMLA\n- Maintain employee records in Workday\n- SHRM-CP or PHR certification preferred',
      ),
    ).toEqual([
      'employee-onboarding',
      'employee-relations',
      'benefits-administration',
      'fmla',
      'workday',
      'shrm-certification',
      'phr-certification',
    ]);
    expect(ids('We are recruiting a qualified Social Worker to join our team.')).toEqual([]);
    expect(ids('You have experience in candidate sourcing.')).toEqual(['full-cycle-recruiting']);
  });

  it('reads a guard card and access control, and a job title or a task order as no skill', () => {
    expect(ids('Requirements:\n- Guard card\n- Monitor access control systems')).toEqual([
      'security-licence',
      'access-control-systems',
    ]);
    expect(ids('Security Officer - Corporate Campus')).toEqual([]);
    expect(ids('Responsibilities:\n- Plan and schedule our events calendar')).toEqual([]);
    expect(ids('Write case studies with our content lead. Familiarity with Canva.')).toEqual(['canva']);
  });
});

describe('Spanish and French office and trade ads', () => {
  it('read invoicing and telephone work in Spanish, blueprints and the electrical clearance in French', () => {
    expect(
      ids('Buscamos auxiliar para nuestra empresa.\nFunciones:\n- Facturación y atención telefónica a clientes'),
    ).toEqual(['invoicing', 'telephone-manner']);
    expect(
      ids(
        'Nous recherchons un électricien pour nos chantiers.\nProfil :\n- Habilitation électrique B1V\n- Lecture de plans',
      ),
    ).toEqual(['electrical-work-clearance', 'blueprint-reading']);
  });
});

describe('what web, data and platform ads name', () => {
  it('reads accessibility, Core Web Vitals and A/B tests, and a customer-facing app as no customer service', () => {
    expect(ids('You have:\n- Accessibility (WCAG 2.1)\n- Core Web Vitals\n- Running A/B tests')).toEqual([
      'web-accessibility',
      'core-web-vitals',
      'a-b-testing',
    ]);
    expect(ids('You will own our customer-facing web app built with React.')).toEqual(['web-development', 'react']);
    expect(ids('Previous call centre or customer-facing experience')).toEqual(['contact-centre', 'customer-service']);
  });

  it('reads Looker Studio as one tool, and a warehouse of a data tool as no warehouse work', () => {
    expect(ids('Requirements:\n- Dashboards in Looker Studio\n- SQL against our Snowflake warehouse')).toEqual([
      'looker-studio',
      'sql',
      'snowflake',
    ]);
    expect(ids('Requirements:\n- Two years of warehouse experience')).toEqual(['warehouse']);
  });

  it('reads the certificates, P&L and KPIs, and a list of verbs as no skill', () => {
    expect(
      ids('Nice to have:\n- AWS Certified Solutions Architect\n- Google Data Analytics Certificate\n- P&L and KPIs'),
    ).toEqual(['aws-certification', 'google-data-analytics-certificate', 'profit-and-loss-management', 'kpi-tracking']);
    expect(ids('Responsibilities:\n- Assess, plan and evaluate patient care')).toEqual(['patient-care']);
  });

  it('reads no skill in "(H/F)" or in time zones', () => {
    expect(ids('Développeur Full Stack JavaScript (H/F)')).toEqual(['full-stack-development', 'javascript']);
    expect(ids('Senior Frontend Engineer (React)\nRemote (EU time zones)')).toEqual(['react']);
  });
});

describe('Spanish and French data and developer ads', () => {
  it('read SQL queries, pivot tables and dashboards in Spanish, code reviews and unit tests in French', () => {
    expect(
      ids(
        'Buscamos analista para nuestra empresa.\nRequisitos:\n- Consultas SQL y cuadros de mando\n- Excel avanzado (tablas dinámicas)',
      ),
    ).toEqual(['sql', 'data-visualization', 'microsoft-excel']);
    expect(
      ids(
        'Nous recherchons un développeur pour notre équipe.\nVos missions :\n- Écrire des tests unitaires\n- Participer aux revues de code',
      ),
    ).toEqual(['unit-testing', 'code-review']);
  });
});

describe("an ad's boilerplate", () => {
  it('reads a post after "Head of", teams in a list, and VCs as no skill; Design as the field, VCS as version control', () => {
    expect(ids('Requirements:\n- Reporting to the Head of Finance')).toEqual([]);
    expect(ids("You'll work closely with our Product, Design and Engineering teams.")).toEqual([]);
    expect(ids('Join a fast-growing fintech scale-up backed by top VCs.')).toEqual(['fintech']);
    expect(ids('Requirements:\n- Experience with a VCS such as Git\n- Design skills')).toEqual([
      'version-control',
      'git',
      'design',
    ]);
  });
});

describe('a list under "… you will:"', () => {
  it("reads the duties' phrases as under a duties heading", () => {
    expect(ids('As a nurse you will:\n- Manage IV therapy\n- Monitor vital signs')).toEqual([
      'intravenous-infusion',
      'vital-signs',
    ]);
  });
});

describe('Spanish and French kitchen and shop ads', () => {
  it('read food preparation, cleaning and stock control in Spanish, shelf stocking and inventories in French', () => {
    expect(
      ids(
        'Buscamos ayudante de cocina para nuestro restaurante y bar.\nFunciones:\n- Preparación de alimentos\n- Limpieza de la cocina\n- Control de stock',
      ),
    ).toEqual(['food-preparation', 'cleaning', 'inventory-management']);
    expect(
      ids(
        'Nous recherchons un conseiller pour notre boutique.\nVos missions :\n- Assurer la mise en rayon\n- Participer aux inventaires',
      ),
    ).toEqual(['stocking-shelves', 'inventory-management']);
  });
});
