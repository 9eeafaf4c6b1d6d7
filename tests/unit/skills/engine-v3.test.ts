/**
 * Issue 10, second round: the error classes left after engine v2, each with hand-written
 * sentences (none taken from SkillSpan or the captured pages) and the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage, extractSkills, loadTaxonomy, skillName } from '../../../lib/skills/index';
import { displayName, upperFirst } from '../../../scripts/taxonomy/emit';

const mentions = (text: string) =>
  extractSkills(text).map((s) => `${s.id}: ${s.mentions.map((m) => m.text).join(' | ')}`);
const ids = (text: string) => extractSkills(text).map((s) => s.id);

describe('vocabulary', () => {
  it('reads a plural concept that shares its first word with a product name', () => {
    // "Hazardous Materials Management System" is an O*NET product: its key must not hide the concept.
    expect(mentions('Training in hazardous materials is required.')).toEqual([
      'hazardous-materials: hazardous materials',
    ]);
  });

  it('knows how ads name licences, quality systems and lean methods', () => {
    expect(ids("Candidates need a current motor vehicle operator's license.")).toEqual(['drivers-license']);
    expect(ids('Experience working under GMP is required.')).toEqual(['good-manufacturing-practices']);
    expect(ids('Experience with Five S and calibration is required.')).toEqual(['5s', 'calibration']);
  });
});

describe('vocabulary of business, science and IT', () => {
  it('knows fields and methods by their everyday names', () => {
    expect(ids('Experience in supply chain, HR or business development is required.')).toEqual([
      'supply-chain-management',
      'human-resource-management',
      'business-development',
    ]);
    expect(ids('Knowledge of Western blotting, PCR and cell culture is essential.')).toEqual([
      'western-blotting',
      'pcr',
      'cell-culture',
    ]);
    expect(ids('Experience with SIEM, SVN and ISO 27001 is required.')).toEqual(['siem', 'subversion', 'iso-27001']);
  });

  it('reads no ordinary word as a product', () => {
    expect(ids('We build cutting edge products across a broad spectrum of markets.')).toEqual([]);
    expect(ids('You will be responsible for onboarding.')).toEqual([]);
  });
});

describe('phrasing', () => {
  it('gives each verb of a coordination over one object its own skill', () => {
    expect(mentions('You will pick and pack orders on the night shift.')).toEqual([
      'order-picking: pick and pack orders',
      'order-packing: pack orders',
    ]);
  });
});

describe('false positives', () => {
  it('reads no web skill in a shop front or in "the rest"', () => {
    expect(ids('Help customers at the front end of the store.')).toEqual([]);
    expect(ids('We are hiring a Front End Cashier.')).toEqual([]);
    expect(ids('Enjoy the rest of your day; our REST APIs are documented.')).toEqual(['rest-api']);
    expect(ids('Experience with front end development in React is required.')).toEqual([
      'front-end-development',
      'react',
    ]);
  });

  it('reads no vendor product in an ordinary phrase', () => {
    expect(ids('Experience building a data pipeline in Python is required.')).toEqual(['python']);
  });
});

describe('Italian', () => {
  it('reads languages, suites and English skill phrases in an Italian posting', () => {
    const text =
      'Cerchiamo una persona per il nostro magazzino. Requisiti: esperienza nel customer service, ' +
      'conoscenza della lingua inglese e del pacchetto Office.';
    expect(detectLanguage(text)).toBe('other');
    expect(ids(text)).toEqual(['customer-service', 'english', 'microsoft-office']);
  });
});

describe('display names', () => {
  it('start with a capital unless a brand is written otherwise', () => {
    expect(upperFirst('food safety principles')).toBe('Food safety principles');
    expect(upperFirst('contabilidad')).toBe('Contabilidad');
    expect(upperFirst('iOS')).toBe('iOS');
    expect(upperFirst('jQuery plugins')).toBe('jQuery plugins');
    expect(displayName({ name: 'logistics', source: 'esco', named: false })).toBe('Logistics');
    expect(displayName({ name: 'dbt', source: 'curated', named: false })).toBe('dbt');
  });

  it('are capitalised in the data file, in every language', () => {
    const t = loadTaxonomy();
    expect(t.get('logistics')?.name).toBe('Logistics');
    expect(t.get('food-safety-principles')?.name).toBe('Food safety principles');
    expect(skillName(t, 'accounting', 'es')).toBe('Contabilidad');
    expect(t.get('dbt')?.name).toBe('dbt');
  });
});
