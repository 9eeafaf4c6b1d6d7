/**
 * Issue 10, fortieth round: short Spanish and French asks of hospitality, retail and office ads.
 * A one-line ask with a single stop word ("Maîtrise d'Excel et permis B exigés", "Dominio de inglés
 * y trabajo en equipo") had been read as English, so its own language's names were not read; a
 * waiter's table service was no skill in any language; leadership, autonomy, initiative, working
 * under pressure and cooking had no Spanish or French names. Sentences written here (none taken
 * from SkillSpan or captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage, extractSkills } from '../../../lib/skills/index';

const read = (text: string) => extractSkills(text).map((s) => s.id);

describe('the language of a one-line ask', () => {
  it('reads a short French ask as French, and its names', () => {
    const text = "Maîtrise d'Excel et permis B exigés.";
    expect(detectLanguage(text)).toBe('fr');
    expect(read(text)).toEqual(['microsoft-excel', 'drivers-license']);
  });

  it('reads a short Spanish ask as Spanish, and its names', () => {
    const text = 'Dominio de inglés y trabajo en equipo';
    expect(detectLanguage(text)).toBe('es');
    expect(read(text)).toEqual(['english', 'teamwork']);
  });

  it('reads a French heading and one line as French', () => {
    expect(detectLanguage('Profil recherché :\n- Expérience en cuisine traditionnelle.')).toBe('fr');
    expect(read('Profil recherché :\n- Expérience en cuisine traditionnelle.')).toEqual(['cooking']);
  });

  it('still reads an English ask that names the languages as English', () => {
    expect(detectLanguage('Fluent English; French (français) and Spanish are a plus.')).toBe('en');
  });
});

describe('table service', () => {
  it('is a skill in English, Spanish and French', () => {
    expect(read('Requirements:\n- Table service and silver service experience')).toEqual(['table-service']);
    expect(read('Buscamos camarero/a con experiencia en servicio de mesa.')).toEqual(['table-service']);
    expect(read('Nous recherchons un serveur avec expérience du service en salle.')).toEqual(['table-service']);
  });
});

describe('soft skills of Spanish and French asks', () => {
  it('reads French rigour, autonomy, organisation, leadership and working under pressure', () => {
    expect(read("Profil recherché :\n- Rigueur, autonomie et sens de l'organisation.\n- Leadership.")).toEqual([
      'attention-to-detail',
      'work-independently',
      'time-management',
      'leadership',
    ]);
    expect(read('Profil recherché :\n- Capacité à travailler sous pression.')).toEqual(['working-under-pressure']);
  });

  it('reads Spanish initiative, autonomy, customer focus, leadership and pressure', () => {
    expect(read('Requisitos:\n- Proactividad, autonomía y orientación al cliente.')).toEqual([
      'show-initiative',
      'work-independently',
      'customer-service',
    ]);
    expect(read('Requisitos:\n- Capacidad de liderazgo y trabajo bajo presión.')).toEqual([
      'leadership',
      'working-under-pressure',
    ]);
  });

  it('reads the English names of the same skills', () => {
    expect(read('Requirements:\n- You will work autonomously and use your initiative.')).toEqual([
      'work-independently',
      'show-initiative',
    ]);
  });
});
