/**
 * Issue 10, sixty-sixth round, in Spanish and French: a shop assistant's company values are no
 * cybersecurity ("valores" was ESCO's Spanish label of securities, which met Cybersecurity's
 * "security"); a delivery driver's parcels, handheld terminal, vehicle checks and FIMO; a care
 * assistant's TCAE, patient moving and vital signs; a developer's Bac+5 and continuous
 * improvement; a cleaner's waste sorting and product data sheets (no kitchen recipe cards); an
 * electrician's PRL course. Sentences written here (none taken from SkillSpan or captured pages),
 * with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const read = (text: string) => extractSkills(text).map((s) => s.id);

describe("a Spanish shop assistant's posting", () => {
  it('reads the company values as no skill', () => {
    expect(
      read(['Dependiente/a', 'Requisitos:', '- Compartir nuestros valores', '- Experiencia en ventas'].join('\n')),
    ).toEqual(['sales']);
  });
});

describe("a French delivery driver's posting", () => {
  it('reads parcel delivery, the delivery terminal, vehicle checks and the FIMO', () => {
    const posting = [
      'Chauffeur-livreur H/F',
      'Missions :',
      '- Livraison des colis aux clients',
      '- Utilisation du terminal de livraison',
      '- Contrôle quotidien du véhicule',
      'Profil :',
      '- FIMO appréciée',
    ].join('\n');
    expect(read(posting)).toEqual(['parcel-delivery', 'rf-scanners', 'vehicle-checks', 'driver-cpc']);
  });
});

describe("a Spanish care assistant's posting", () => {
  it('reads the TCAE, patient moving and vital signs', () => {
    const posting = [
      'Auxiliar en residencia',
      'Funciones:',
      '- Movilizaciones y cambios posturales',
      '- Toma de constantes vitales',
      'Requisitos:',
      '- Título de Técnico en Cuidados Auxiliares de Enfermería',
    ].join('\n');
    expect(read(posting)).toEqual(['manual-handling', 'vital-signs', 'tcae']);
  });
});

describe("a French developer's posting", () => {
  it("reads continuous improvement and a Bac+5 as a master's degree", () => {
    const posting = [
      'Développeur H/F',
      'Vos missions :',
      "- Participer aux revues de code et à l'amélioration continue",
      'Profil recherché :',
      '- Bac+5 en informatique',
    ].join('\n');
    expect(read(posting)).toEqual(['code-review', 'continuous-improvement', 'masters-degree', 'computer-science']);
  });
});

describe("a French cleaner's posting", () => {
  it('reads waste sorting, and product data sheets as no food cost control', () => {
    const posting = [
      "Agent d'entretien H/F",
      'Missions :',
      '- Vidage des poubelles et tri sélectif',
      '- Respect des fiches techniques des produits',
    ].join('\n');
    expect(read(posting)).toEqual(['waste-management']);
  });
});

describe("a Spanish electrician's posting", () => {
  it('reads the PRL course as occupational safety', () => {
    const posting = [
      'Oficial de primera electricista',
      'Funciones:',
      '- Tendido de cables y bandejas en las obras de la empresa',
      'Requisitos:',
      '- Curso de PRL de 20 horas',
    ].join('\n');
    expect(read(posting)).toEqual(['cable-pulling', 'workplace-safety']);
  });
});

describe("a bank's securities", () => {
  it('reads securities as the financial field, not cybersecurity; IT security stays cybersecurity', () => {
    const asked = (line: string) => read(`Requirements:\n- ${line}`);
    expect(asked('Knowledge of securities and stocks and bonds')).toEqual(['securities']);
    expect(asked('Experience in IT security')).toEqual(['cybersecurity']);
  });
});
