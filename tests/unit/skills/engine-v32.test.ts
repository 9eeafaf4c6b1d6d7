/**
 * Issue 10, thirty-second round: a front-end developer, a distribution-centre manager, a social
 * worker, a dental nurse; a Spanish Java ad and a French accounts ad whose language lines stood
 * alone ("Inglés nivel B2", "Se requiere inglés", "Anglais niveau courant"); "using REST and
 * GraphQL", where REST had been read as the verb "rest".
 * Sentences written here (none taken from SkillSpan or captured pages), with the exact skills
 * expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);
const asked = (line: string) => ids(`Requirements:\n- ${line}`);

describe('an API style is no verb', () => {
  it('reads REST before "and" mid-line, and still no task verb as a skill', () => {
    expect(asked('Experience using REST and GraphQL.')).toEqual(['rest-api', 'graphql']);
    expect(asked('Assess, plan and evaluate care.')).toEqual([]);
  });
});

describe('phrases the tagger finds', () => {
  it('never start with a duty verb', () => {
    expect(asked('Maintain employee records in Workday.')).toEqual(['workday']);
  });
});

describe('warehouses, social work and dental practices', () => {
  it("reads a site manager's safety course and WMS", () => {
    expect(asked('Lean Six Sigma Green Belt, IOSH Managing Safely and Blue Yonder.')).toEqual([
      'six-sigma',
      'iosh-managing-safely',
      'blue-yonder',
    ]);
  });

  it("reads a social worker's field and registration", () => {
    expect(asked('A degree in social work and registration with Social Work England.')).toEqual([
      'bachelors-degree',
      'social-work',
      'social-work-england-registration',
    ]);
  });

  it("reads a dental nurse's instrument sterilisation as infection control", () => {
    expect(asked('Prepare and sterilise instruments and take X-rays.')).toEqual(['infection-control', 'radiography']);
  });
});

describe('Spanish and French language lines and methods', () => {
  it('reads English from a Spanish line that names its level or says it is required', () => {
    const ad = 'Buscamos desarrollador con experiencia en Java 17 y Spring Boot.';
    expect(ids(`${ad}\nInglés nivel B2.`)).toEqual(['java', 'spring-boot', 'english']);
    expect(ids(`${ad}\nSe requiere inglés.`)).toEqual(['java', 'spring-boot', 'english']);
  });

  it('reads English from a French line that names its level', () => {
    expect(ids('Nous recherchons un comptable pour notre cabinet à Lyon.\nAnglais niveau courant.')).toEqual([
      'english',
    ]);
  });

  it('reads microservices and agile methods in Spanish', () => {
    expect(ids('Requisitos:\n- Experiencia con microservicios y metodologías ágiles')).toEqual([
      'microservices',
      'agile',
    ]);
  });
});
