/**
 * Skill engine v2 (issue 10): hand-written sentences for each class of what real postings ask,
 * with the exact skills expected. None is taken from SkillSpan or any other data set.
 */
import { describe, expect, it } from 'vitest';
import {
  customSkillId,
  detectLanguage,
  extractSkills,
  loadTaxonomy,
  skillName,
  withCustomSkills,
} from '../../../lib/skills/index';
import { englishStemmer, spanishStemmer, frenchStemmer } from '../../../lib/skills/stem';

const ids = (text: string) => extractSkills(text).map((s) => s.id);
const mentions = (text: string) =>
  extractSkills(text).map((s) => `${s.id}: ${s.mentions.map((m) => m.text).join(' | ')}`);

describe('vocabulary', () => {
  it('knows the tools, certifications and methods ads name', () => {
    expect(ids('We use dbt and GitHub Actions; PMP certification is a plus.')).toEqual([
      'dbt',
      'github-actions',
      'pmp',
    ]);
    expect(ids('Experience with SCADA, LiDAR and ISO 26262 required.')).toEqual(['scada', 'lidar', 'iso-26262']);
    expect(ids('Our teams follow 5S on the shop floor; JVM tuning experience needed.')).toEqual(['5s', 'jvm']);
  });

  it('shortens O*NET product names the way ads write them', () => {
    expect(ids('Knowledge of SPSS and Looker required.')).toEqual(['ibm-spss-statistics', 'google-looker-analytics']);
    expect(ids('Experience with Microsoft Office Excel.')).toEqual(['microsoft-excel']);
  });

  it('tells a licence from a skill', () => {
    expect(ids("Delivery drivers need a valid driver's license and must pass a background check.")).toEqual([
      'drivers-license',
    ]);
    expect(loadTaxonomy().get('drivers-license')?.kind).toBe('licence');
  });

  it('reads skills of care, trades and office work', () => {
    expect(ids('Skills: conflict resolution, stakeholder management, quality control.')).toEqual([
      'conflict-management',
      'stakeholder-management',
      'quality-control',
    ]);
    expect(ids('Nurses must have wound care and patient assessment skills.')).toEqual([
      'wound-care',
      'patient-assessment',
    ]);
  });
});

describe('phrasing', () => {
  it('meets inflected and British forms', () => {
    expect(mentions('Strong statistical modelling and data modelling skills.')).toEqual([
      'statistical-modeling: statistical modelling',
      'data-modeling: data modelling',
    ]);
    expect(mentions('Experience operating a forklift.')).toEqual(['operate-forklift: operating a forklift']);
    expect(mentions('Shell scripts on Linux')).toEqual(['shell-scripting: Shell scripts', 'linux: Linux']);
  });

  it('splits coordinations into each skill', () => {
    expect(mentions('MIG/TIG welding required.')).toEqual(['mig-welding: MIG/TIG welding', 'tig-welding: TIG welding']);
    expect(ids('MIG and TIG welding experience required.')).toEqual(['mig-welding', 'tig-welding']);
    expect(ids('Accounts payable and receivable experience required.')).toEqual([
      'accounts-payable',
      'accounts-receivable',
    ]);
    // Not a coordination: the second part is no skill of the same head.
    expect(ids('Swift response to Jira tickets and GitHub issues is expected.')).not.toContain(
      'ticket-issuing-software',
    );
  });

  it('reads a comma list and a lower-case tool after a skill phrase', () => {
    expect(ids('Strong cash handling, team leadership skills')).toEqual(['cash-handling', 'leadership']);
    expect(ids('Knowledge of excel is required.')).toEqual(['microsoft-excel']);
  });

  it('keeps the forms of each language apart from ordinary words', () => {
    expect(englishStemmer.full('operating')).toBe(englishStemmer.full('operate'));
    expect(englishStemmer.full('modelling')).toBe(englishStemmer.full('modeling'));
    expect(englishStemmer.light('economics')).toBe('economics');
    expect(englishStemmer.full('shell')).toBe('shell');
    expect(englishStemmer.light('vitae')).toBe('vitae');
    expect(spanishStemmer.light('gestiones')).toBe(spanishStemmer.light('gestión'));
    expect(frenchStemmer.light('stocks')).toBe('stock');
  });
});

describe('false positives', () => {
  it('reads no skill in titles, names, nationalities, links and markup', () => {
    expect(ids('Senior Designer wanted. Please call Emma.')).toEqual([]);
    expect(ids('Great Design matters to us.')).toEqual([]);
    expect(ids('Contact Director John Smith.')).toEqual([]);
    expect(ids('Danish citizens only.')).toEqual([]);
    expect(ids('Visit http://example.com &amp; apply')).toEqual([]);
    expect(ids('Next steps: we will call you.')).toEqual([]);
  });

  it('reads no skill in a plural or a field that is an ordinary word', () => {
    expect(ids('Experience with HACCP plans and temperature logs is required.')).not.toContain('plan');
    expect(ids('Cashiers must balance their drawer.')).toEqual([]);
    expect(ids('You will work with friendly colleagues.')).toEqual([]);
    expect(ids('Follow recipes and complete work orders.')).toEqual([]);
    expect(ids('R&D engineers prototype in Python and MATLAB.')).toEqual(['python', 'matlab']);
  });
});

describe('Spanish', () => {
  it('detects the language and reads its labels as the same skills', () => {
    const text = 'Buscamos técnico con experiencia en gestión de proyectos y conocimientos de contabilidad.';
    expect(detectLanguage(text)).toBe('es');
    expect(mentions(text)).toEqual(['project-management: gestión de proyectos', 'accounting: contabilidad']);
    expect(ids('Se valorará experiencia con SAP y Excel.')).toEqual(['sap', 'microsoft-excel']);
  });

  it('names skills in Spanish for the user', () => {
    expect(skillName(loadTaxonomy(), 'accounting', 'es')).toBe('Contabilidad');
  });
});

describe('French', () => {
  it('detects the language and reads its labels as the same skills', () => {
    const text =
      'Vous avez des compétences en gestion de projet et en service client. La maîtrise d’Excel est un atout.';
    expect(detectLanguage(text)).toBe('fr');
    expect(mentions(text)).toEqual([
      'project-management: gestion de projet',
      'customer-service: service client',
      'microsoft-excel: Excel',
    ]);
  });

  it('reads no French word as an acronym', () => {
    expect(ids('Nous recherchons un comptable avec une expérience en comptabilité.')).toEqual(['accounting']);
  });
});

describe('other languages', () => {
  it('still finds tool names in an Italian posting', () => {
    const text = 'Cerchiamo un magazziniere con esperienza e conoscenza di SAP ed Excel, uso di AutoCAD.';
    expect(detectLanguage(text)).toBe('other');
    expect(ids(text)).toEqual(['sap', 'microsoft-excel', 'autodesk-autocad']);
  });
});

describe('custom skills', () => {
  const taxonomy = withCustomSkills(loadTaxonomy(), [
    'Hyster reach stacker',
    'Accounting',
    '  ',
    'hyster reach stacker',
  ]);

  it('matches a custom skill literally, with the same normalisation', () => {
    const found = extractSkills('Requirements: 2 years on Hyster reach stackers; accounting a plus.', taxonomy);
    expect(found.map((s) => [s.id, s.name, s.mentions.map((m) => m.text)])).toEqual([
      ['custom:hyster-reach-stacker', 'Hyster reach stacker', ['Hyster reach stackers']],
      ['accounting', 'Accounting', ['accounting']],
    ]);
  });

  it('leaves out blanks, duplicates and names the taxonomy already has', () => {
    expect(customSkillId('Hyster reach stacker')).toBe('custom:hyster-reach-stacker');
    expect(taxonomy.get('custom:hyster-reach-stacker')?.name).toBe('Hyster reach stacker');
    expect(taxonomy.get('custom:accounting')).toBeUndefined();
    expect(taxonomy.size).toBe(loadTaxonomy().size + 1);
    expect(withCustomSkills(loadTaxonomy(), [])).toBe(loadTaxonomy());
  });
});
