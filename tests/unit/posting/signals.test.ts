import { describe, expect, it } from 'vitest';
import { readSignals, type HiringSignals } from '@/lib/posting/signals';

type Expect = Partial<Omit<HiringSignals, 'degree'>> & { degree?: HiringSignals['degree'] | null };

const none = { level: null, need: 'not-mentioned' } as const;

/** Hand-written snippets across sectors and languages, with what a recruiter reads in each. */
const CASES: [sector: string, text: string, expected: Expect][] = [
  // food service
  [
    'food',
    'Line cook, full-time. No experience needed — we train you. Food handler card within 30 days.',
    { degree: none, workTypes: ['full-time'], training: true, experienceYears: null },
  ],
  [
    'food',
    'Barista (part-time, weekends). 1+ year of cafe experience preferred. High school diploma or equivalent.',
    { degree: { level: 'high-school', need: 'or-equivalent' }, workTypes: ['part-time'], experienceYears: 1 },
  ],
  [
    'food',
    'Seasonal kitchen porter for the summer season. Paid training provided.',
    { workTypes: ['seasonal'], training: true },
  ],
  [
    'food',
    'Ayudante de cocina a media jornada. Te formamos. No se requiere experiencia.',
    { workTypes: ['part-time'], training: true, degree: none },
  ],
  [
    'food',
    'Commis de cuisine en CDD saisonnier, temps plein. Formation assurée en interne.',
    { workTypes: ['full-time', 'contract', 'seasonal'], training: true },
  ],
  [
    'food',
    'Restaurant shift lead: 2-3 years of supervisory experience in food service. Tuition assistance after 90 days.',
    { experienceYears: 2, tuition: true, degree: none },
  ],
  // retail
  [
    'retail',
    'Sales associate, part-time or full-time. No degree required. On-the-job training.',
    { degree: { level: null, need: 'not-required' }, workTypes: ['full-time', 'part-time'], training: true },
  ],
  [
    'retail',
    'Temporary holiday cashier (temp-to-hire). Must be 18 or older.',
    { workTypes: ['temporary'], experienceYears: null },
  ],
  [
    'retail',
    'Dependiente/a de tienda, contrato temporal de temporada. Bachillerato.',
    { workTypes: ['temporary', 'seasonal'], degree: { level: 'high-school', need: 'required' } },
  ],
  [
    'retail',
    'Vendeur en alternance (apprentissage), préparation d’un BTS MCO.',
    { workTypes: ['apprenticeship'], degree: { level: 'associate', need: 'required' } },
  ],
  [
    'retail',
    'Store manager. Minimum of 3 years retail management experience. Bachelor’s degree a plus.',
    { experienceYears: 3, degree: { level: 'bachelor', need: 'preferred' } },
  ],
  // warehouse / logistics
  [
    'warehouse',
    'Warehouse associate, on-site, full-time, all shifts. Forklift experience a plus.',
    { remote: 'on-site', workTypes: ['full-time'], degree: none },
  ],
  [
    'warehouse',
    'Delivery driver, independent contractor. 2+ years of driving experience.',
    { workTypes: ['freelance'], experienceYears: 2 },
  ],
  [
    'warehouse',
    'Preparador de pedidos, jornada completa, presencial. Experiencia mínimo de 1 año.',
    { workTypes: ['full-time'], remote: 'on-site' },
  ],
  [
    'warehouse',
    'Cariste en intérim, 6 mois. Au moins 2 ans d’expérience en entrepôt.',
    { workTypes: ['temporary'], experienceYears: 2 },
  ],
  [
    'warehouse',
    'Logistics coordinator: 3-5 years experience; associate degree or equivalent experience.',
    { experienceYears: 3, degree: { level: 'associate', need: 'or-equivalent' } },
  ],
  // trades
  [
    'trades',
    'Electrician apprentice — earn while you learn. High school diploma or GED required.',
    { workTypes: ['apprenticeship'], degree: { level: 'high-school', need: 'required' } },
  ],
  [
    'trades',
    'Journeyman plumber, 5+ years of experience. Company pays for your tuition at the trade school.',
    { experienceYears: 5, tuition: true, degree: none },
  ],
  [
    'trades',
    'HVAC technician, full-time. 4 years of field experience or 2 years with an associate degree.',
    { experienceYears: 2, degree: { level: 'associate', need: 'required' } },
  ],
  [
    'trades',
    'Soldador/a con 3 años de experiencia. Formación pagada en nuevos equipos.',
    { experienceYears: 3, training: true },
  ],
  [
    'trades',
    'Menuisier H/F, CDI temps plein, 2 ans d’expérience minimum. Sans diplôme accepté si expérience.',
    { workTypes: ['full-time'], experienceYears: 2, degree: { level: null, need: 'not-required' } },
  ],
  // care / health
  [
    'care',
    'Registered nurse, part-time nights. BSN required, 1 year of acute care experience.',
    { workTypes: ['part-time'], experienceYears: 1 },
  ],
  [
    'care',
    'Caregiver — no experience necessary, paid training and flexible part-time hours.',
    { training: true, workTypes: ['part-time'] },
  ],
  [
    'care',
    'Home health aide, volunteer opportunities also available. Tuition reimbursement for CNA classes.',
    { workTypes: ['volunteer'], tuition: true },
  ],
  [
    'care',
    'Auxiliar de enfermería, turno de noche, contrato temporal. Se valorará experiencia en geriatría.',
    { workTypes: ['temporary'] },
  ],
  [
    'care',
    'Aide-soignant(e) en CDI, temps partiel. Diplôme d’État exigé. Au moins 1 an d’expérience.',
    { workTypes: ['part-time'], experienceYears: 1 },
  ],
  [
    'care',
    'Medical assistant. Associate’s degree preferred; 2 years clinical experience.',
    { experienceYears: 2, degree: { level: 'associate', need: 'preferred' } },
  ],
  // office / finance
  [
    'office',
    'Office coordinator, hybrid (3 days in office). 2+ years administrative experience.',
    { remote: 'hybrid', experienceYears: 2 },
  ],
  [
    'office',
    'Accounts payable clerk, contract role, 6 months. Bachelor’s degree in accounting or equivalent experience.',
    { workTypes: ['contract'], degree: { level: 'bachelor', need: 'or-equivalent' } },
  ],
  [
    'office',
    'Receptionist, entry level, full-time. High school diploma.',
    { workTypes: ['full-time'], degree: { level: 'high-school', need: 'required' } },
  ],
  [
    'office',
    'Administrativo/a contable, teletrabajo. Licenciatura en Administración o experiencia equivalente.',
    { remote: 'remote', degree: { level: 'bachelor', need: 'or-equivalent' } },
  ],
  [
    'office',
    'Assistant comptable en télétravail partiel (hybride). Bac+2 souhaité.',
    { remote: 'hybrid', degree: { level: 'associate', need: 'preferred' } },
  ],
  [
    'office',
    'Financial analyst. MBA preferred. 3-5 years of experience in FP&A. Education assistance program.',
    { degree: { level: 'master', need: 'preferred' }, experienceYears: 3, tuition: true },
  ],
  // tech
  [
    'tech',
    'Senior software engineer, fully remote. 5+ years of experience with TypeScript. No degree required.',
    { remote: 'remote', experienceYears: 5, degree: { level: null, need: 'not-required' } },
  ],
  [
    'tech',
    'Data analyst intern (summer internship). Pursuing a bachelor’s degree in statistics.',
    { workTypes: ['internship'] },
  ],
  [
    'tech',
    'Machine learning scientist: PhD in computer science or a related field required.',
    { degree: { level: 'doctorate', need: 'required' } },
  ],
  [
    'tech',
    'Junior developer. BS in Computer Science or equivalent practical experience. 0-2 years of experience.',
    { degree: { level: 'bachelor', need: 'or-equivalent' }, experienceYears: null },
  ],
  [
    'tech',
    'Desarrollador/a backend en remoto, freelance. 4 años de experiencia con Python.',
    { remote: 'remote', workTypes: ['freelance'], experienceYears: 4 },
  ],
  [
    'tech',
    'Développeur full stack, stage de 6 mois, bac+5 en informatique. Télétravail possible.',
    { workTypes: ['internship'], degree: { level: 'master', need: 'required' }, remote: 'remote' },
  ],
  [
    'tech',
    'IT support technician, on-site. CompTIA A+ or 1+ years help desk experience.',
    { remote: 'on-site', experienceYears: 1 },
  ],
  // government
  [
    'government',
    'Administrative specialist (full-time, permanent). Qualifying experience may be substituted for education.',
    { workTypes: ['full-time'], degree: none },
  ],
  [
    'government',
    'Park ranger, seasonal position. Bachelor’s degree in natural resources, or 4 years of related experience.',
    { workTypes: ['seasonal'], degree: { level: 'bachelor', need: 'or-equivalent' }, experienceYears: 4 },
  ],
  [
    'government',
    'Agente administrativo. Título de bachillerato o equivalente.',
    { degree: { level: 'high-school', need: 'or-equivalent' } },
  ],
];

describe('hiring signals', () => {
  it(`reads ${CASES.length} hand-written snippets as a recruiter would`, () => {
    const wrong: string[] = [];
    for (const [sector, text, expected] of CASES) {
      const got = readSignals(text);
      for (const [key, value] of Object.entries(expected)) {
        const actual = got[key as keyof HiringSignals];
        const want = key === 'workTypes' ? [...(value as string[])].sort() : value;
        const have = key === 'workTypes' ? [...(actual as string[])].sort() : actual;
        if (JSON.stringify(have) !== JSON.stringify(want))
          wrong.push(
            `${sector}: "${text.slice(0, 70)}…" ${key}: got ${JSON.stringify(have)}, want ${JSON.stringify(want)}`,
          );
      }
    }
    expect(wrong).toEqual([]);
  });

  it('covers every sector in English, Spanish and French', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map(([s]) => s))).toEqual(
      new Set(['food', 'retail', 'warehouse', 'trades', 'care', 'office', 'tech', 'government']),
    );
  });

  it('is quiet on a text with no signals', () => {
    expect(readSignals('We make robots. Apply below.')).toEqual({
      degree: { level: null, need: 'not-mentioned' },
      experienceYears: null,
      workTypes: [],
      training: false,
      tuition: false,
      remote: null,
    });
  });
});
