/**
 * Issue 10, sixtieth round: a retail security officer, a site joiner, an early years
 * practitioner, a French order picker and a Spanish office assistant. Shoplifting as loss
 * prevention, key holding, fitting ironmongery, a nursery's "observations and assessments" (no
 * vital signs), a French "terminal RF" (no longer the Terminal app), Spanish filing and document
 * management; and "a high degree of creative freedom" is what the company gives, no skill.
 * Sentences written here (none taken from SkillSpan or captured pages), with the exact skills
 * expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const read = (text: string) => extractSkills(text).map((s) => s.id);
const asked = (line: string) => read(`Requirements:\n- ${line}`);

describe("a security officer's asks", () => {
  it('reads detecting shoplifting as loss prevention, and key holding', () => {
    expect(asked('Deter and detect shoplifting, and carry out key holding')).toEqual([
      'loss-prevention',
      'key-holding',
    ]);
  });
});

describe("a site joiner's asks", () => {
  it('reads fitting ironmongery', () => {
    expect(asked('Hanging doors and fitting ironmongery')).toEqual(['fit-doors', 'ironmongery-fitting']);
  });
});

describe("a French order picker's posting", () => {
  it('reads a terminal RF as an RF scanner', () => {
    const posting = [
      'Préparateur de commandes H/F',
      'Entrepôt logistique, horaires en équipe.',
      'Missions :',
      "- Préparation de commandes à l'aide d'un terminal RF",
      '- Réception et mise en stock des marchandises',
    ].join('\n');
    expect(read(posting)).toEqual(['order-picking', 'rf-scanners', 'store-goods']);
  });
});

describe("a Spanish office assistant's posting", () => {
  it('reads filing and document management', () => {
    const posting = ['Auxiliar administrativo/a', 'Funciones:', '- Archivo de documentos y gestión documental'].join(
      '\n',
    );
    expect(read(posting)).toEqual(['filing', 'document-management']);
  });
});

describe("an early years practitioner's asks", () => {
  it("reads a nursery's observations and assessments as no vital signs, a ward's still", () => {
    expect(asked('Record observations and assessments on Tapestry')).toEqual([]);
    expect(asked('Record observations every four hours')).toEqual(['vital-signs']);
  });
});

describe('what the company gives', () => {
  it('reads creative freedom as no skill', () => {
    expect(read('Work in small teams with a high degree of creative freedom')).toEqual([]);
  });
});
