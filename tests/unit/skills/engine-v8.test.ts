/**
 * Issue 10, eighth round: abbreviations every ad writes that a source gave to a skill, and slot
 * phrases that are clauses. Sentences written here (none taken from SkillSpan or captured pages),
 * with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);

describe('abbreviations that name no skill', () => {
  it('reads a company suffix as no language ("inc" is a Linguist alias of PHP)', () => {
    expect(ids('Acme Inc is hiring a cashier for its downtown store.')).toEqual([]);
    expect(ids("Named one of Inc's best workplaces. You know PHP and Laravel.")).toEqual(['php', 'laravel']);
  });

  it('reads a time zone, a state and a scan as no skill', () => {
    expect(ids('Shift hours are 9am to 5pm CST, Monday to Friday.')).toEqual([]);
    expect(ids('Location: Hartford, CT. Experience with MRI.')).toEqual(['magnetic-resonance-imaging']);
  });

  it('reads the imaging an ad names by its everyday names', () => {
    expect(ids('You will perform MRI and CT scans and take X-rays.')).toEqual([
      'magnetic-resonance-imaging',
      'computed-tomography',
      'radiography',
    ]);
  });

  it("reads a hotel's spa as no web application, and SPA in capitals as one", () => {
    expect(ids('Our hotel spa team welcomes guests to the spa every morning.')).toEqual([]);
    expect(ids('Requirements:\n- Experience building a SPA in React')).toEqual([
      'single-page-application-spa',
      'react',
    ]);
    expect(ids('You have built single-page applications with Vue.js.')).toEqual([
      'single-page-application-spa',
      'vuejs',
    ]);
  });
});

describe('an address, a company, a verb', () => {
  it("reads a state's code after a place as no skill, and the same letters elsewhere as one", () => {
    expect(ids('Locations: Little Rock, AR; Nashville, TN; Austin, TX 78701.')).toEqual([]);
    expect(ids('Experience with AR and AP in a finance team.')).toEqual(['accounts-receivable', 'accounts-payable']);
  });

  it('reads a "fast casual" restaurant as no game, and a bare company in brackets as no skill', () => {
    expect(ids('Shift Lead - Fast Casual Restaurant')).toEqual([]);
    // (the certificate by its short name since engine-v11; never custom:google)
    expect(ids('A certificate in data analytics (e.g. Google Data Analytics).')).toEqual([
      'data-analysis',
      'google-data-analytics-certificate',
    ]);
  });

  it('reads "Clean and join data" as the verb, and a word between two lines as no listed name', () => {
    expect(ids('- Clean and join data from our POS systems with SQL')).toEqual(['pos', 'sql']);
    // (patient records are a skill since walkthrough 67)
    expect(ids('Maintain patient records in Dentrix\nRequirements\n- Microsoft Excel')).toEqual([
      'patient-records',
      'henry-schein-dentrix',
      'microsoft-excel',
    ]);
  });
});

describe('words of every ad that sources give to a tool', () => {
  it('reads "flex time", "we promise" and a phone extension as no skill, and the tools where they are', () => {
    expect(ids('We offer flex time. We promise growth. Call extension 204.')).toEqual([]);
    expect(ids('Experience with JavaScript Promise chains and a browser Extension in TypeScript.')).toEqual([
      'javascript',
      'promise',
      'browser-extension',
      'typescript',
    ]);
  });
});

describe('what ads in trades, warehouses, restaurants and care ask, by their everyday names', () => {
  it('reads them', () => {
    expect(ids('Requirements:\n- Load and unload trucks\n- Basic computer skills')).toEqual([
      'load-cargo',
      'unload-cargo',
      'computer-literacy',
    ]);
    expect(ids('Follow the NEC and lockout/tagout procedures.')).toEqual([
      'national-electrical-code',
      'lockout-tagout',
    ]);
    expect(ids('Requirements:\n- Handle guest complaints with a smile\n- BSN preferred')).toEqual([
      'handle-customer-complaints',
      'bachelor-of-science-in-nursing',
    ]);
  });
});

describe('what accountants and teachers are asked', () => {
  it('reads both ledgers after "manage", GAAP, and a teacher\'s planning, classroom and IEPs', () => {
    expect(ids('Responsibilities:\n- Manage accounts payable and receivable under GAAP')).toEqual([
      'accounts-payable',
      'accounts-receivable',
      'gaap',
    ]);
    expect(ids('Duties:\n- Plan lessons\n- Classroom management and IEPs')).toEqual([
      'lesson-planning',
      'classroom-management',
      'individualized-education-programs',
    ]);
  });
});

describe('Spanish and French ads', () => {
  it('read the everyday names under their own headings, with the adjective after the language', () => {
    const es =
      'Camarero/a\nBuscamos un camarero para nuestro restaurante en Madrid.\nRequisitos:\n' +
      '- Experiencia en atención al cliente\n- Manejo de caja\n- Trabajo en equipo\n- Nivel de inglés alto\n' +
      '- Carnet de conducir';
    expect(ids(es)).toEqual(['customer-service', 'cash-handling', 'teamwork', 'english', 'drivers-license']);
    const fr =
      'Vendeur H/F\nNous recherchons un vendeur pour notre magasin de Lyon.\nProfil :\n' +
      '- Sens de la relation client\n- Travail en équipe\n- Tenue de caisse\n- Anglais courant\n- Permis B';
    expect(ids(fr)).toEqual(['customer-service', 'teamwork', 'cash-handling', 'english', 'drivers-license']);
  });

  it('read a word whose other form only Spanish or French has ("trabajo" of "trabajar en equipo")', () => {
    expect(ids('Buscamos técnico con experiencia en trabajo en equipo y conocimientos de contabilidad.')).toEqual([
      'teamwork',
      'accounting',
    ]);
  });

  it('read a language before a lower-case word in a German ad, where every noun has a capital', () => {
    // ("Deutschkenntnisse", German skills, is read since engine-v13)
    expect(ids('Ihr Profil:\n- Erfahrung mit SAP\n- Gute Deutschkenntnisse, Englisch von Vorteil')).toEqual([
      'sap',
      'german',
      'english',
    ]);
  });

  it('read no perk under "Ofrecemos" or "Nous offrons"', () => {
    expect(ids('Buscamos camarero para el restaurante.\nOfrecemos:\n- Formación y trabajo en equipo')).toEqual([]);
    expect(ids('Nous recherchons un vendeur pour le magasin.\nNous offrons :\n- Travail en équipe')).toEqual([]);
  });
});

describe('slot phrases', () => {
  it('reads no name in a clause after "understanding of" ("what our members do")', () => {
    expect(ids('Gain a deep understanding of what Zorblax members do every day.')).toEqual([]);
    expect(ids('Knowledge of how Quillmesh pipelines work.')).toEqual([]);
    // the name right after the link is still one
    expect(ids('Gain a deep understanding of Zorblax Flow.')).toEqual(['custom:zorblax-flow']);
  });
});
