/**
 * Issue 10, fifty-ninth round: a French accountant, a Spanish cook and a maintenance electrician.
 * Silae, the DCG and the BTS CG; "suivi de la trésorerie" (treasury management); APPCC, Spain's
 * HACCP; "escandallos" (costing a dish); reactive maintenance, no longer GitHub's "Reactive"
 * topic from "Reactive and planned maintenance"; safe isolation; working shifts and "a calm
 * approach under pressure"; a French activities coordinator's "animations" (no motion graphics),
 * the BPJEPS and creativity. Sentences written here (none taken from SkillSpan or captured pages),
 * with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const read = (text: string) => extractSkills(text).map((s) => s.id);
const asked = (line: string) => read(`Requirements:\n- ${line}`);

describe("a French accountant's posting", () => {
  it('reads payroll on Silae, treasury, the DCG and the BTS CG', () => {
    const posting = [
      'Comptable H/F',
      'Missions :',
      '- Gestion de la paie sur Silae',
      '- Suivi de la trésorerie et relances clients',
      'Profil :',
      '- BTS CG ou DCG',
    ].join('\n');
    expect(read(posting)).toEqual(['payroll', 'silae', 'treasury-management', 'accounts-receivable', 'bts-cg', 'dcg']);
  });
});

describe("a Spanish cook's posting", () => {
  it('reads APPCC as food safety and escandallos as food cost control', () => {
    const posting = [
      'Cocinero/a',
      'Funciones:',
      '- Preparación de mise en place y control de escandallos',
      '- Registros del sistema APPCC',
      'Requisitos:',
      '- Trabajo en equipo',
    ].join('\n');
    expect(read(posting)).toEqual(['mise-en-place', 'food-cost-control', 'food-safety', 'teamwork']);
  });
});

describe("a maintenance electrician's asks", () => {
  it('reads reactive and planned maintenance, and safe isolation', () => {
    expect(asked('Reactive and planned maintenance on production lines')).toEqual([
      'reactive-maintenance',
      'preventive-maintenance',
    ]);
    expect(asked('Understanding of safe isolation procedures')).toEqual(['safe-isolation']);
  });
});

describe('everyday asks noted in the last round', () => {
  it('reads working shifts and a rota as Work in shifts, not the perk', () => {
    expect(asked('Willingness to work shifts including weekends')).toEqual(['work-in-shifts']);
    expect(asked('Able to work on a rota basis')).toEqual(['work-in-shifts']);
    expect(read('We offer shift work with great pay.')).toEqual([]);
  });
  it('reads a calm approach under pressure', () => {
    expect(asked('A calm approach under pressure')).toEqual(['working-under-pressure']);
  });
});

describe("a French activities coordinator's posting", () => {
  it('reads animations as activities, not motion graphics; the BPJEPS and créativité', () => {
    const posting = [
      'Animateur/animatrice en EHPAD H/F',
      'Missions :',
      '- Proposer et organiser des animations pour les résidents',
      'Profil :',
      '- BPJEPS animation sociale',
      '- Créativité et sens du relationnel',
    ].join('\n');
    expect(read(posting)).toEqual(['bpjeps', 'creativity', 'interpersonal-skills']);
  });
  it('reads creativity in English too', () => {
    expect(asked('Creativity and a creative mindset')).toEqual(['creativity']);
  });
});
