/**
 * Issue 10, twenty-fourth round: Spanish and French ads for warehouses, accounts, wards and sales,
 * whose duties ("Funciones", "Tareas", "Vos missions") and profile ("Perfil", "Profil", "vous
 * maîtrisez") are read like their requirements; and "FP", which is Spain's vocational diploma or
 * finance's FP&A far more often than functional programming. Sentences written here (none taken
 * from SkillSpan or captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);

describe('Spanish ads', () => {
  it("reads a warehouse operative's duties and tools", () => {
    expect(
      ids(
        'Funciones: carga y descarga de camiones y preparación de pedidos.\n' +
          'Requisitos: manejo de transpaleta eléctrica, lector de radiofrecuencia y control de inventario.',
      ),
    ).toEqual(['load-cargo', 'order-picking', 'pallet-jack', 'rf-scanners', 'inventory-management']);
  });

  it("reads an accounts clerk's tasks", () => {
    expect(ids('Tareas: registro de facturas, conciliaciones bancarias y apoyo en el cierre contable.')).toEqual([
      'invoicing',
      'bank-reconciliation',
      'month-end-close',
    ]);
  });

  it("reads a salesperson's profile", () => {
    expect(
      ids(
        'Perfil: buscamos una persona con don de gentes, experiencia en prospección comercial y negociación con ' +
          'clientes. Se valorará experiencia en fidelización de clientes y atención al cliente.',
      ),
    ).toEqual(['interpersonal-skills', 'prospecting', 'negotiation', 'customer-retention', 'customer-service']);
  });

  it('reads "FP Grado Superior" as no functional programming', () => {
    expect(ids('Requisitos: FP Grado Superior en Administración y Finanzas, dominio de Excel.')).toEqual([
      'microsoft-excel',
    ]);
  });
});

describe('French ads', () => {
  it("reads a nurse's and a picker's missions (administering treatment is no office administration)", () => {
    expect(ids("Vos missions : l'administration des traitements et la préparation de commandes.")).toEqual([
      'medication-administration',
      'order-picking',
    ]);
  });

  it("reads a salesperson's profile", () => {
    expect(
      ids(
        'Profil : vous avez une aisance relationnelle et le sens de la négociation commerciale. Vous maîtrisez la ' +
          'prospection et la fidélisation client. Une expérience en vente est un plus.',
      ),
    ).toEqual(['interpersonal-skills', 'prospecting', 'customer-retention', 'sales']);
  });
});

describe('FP', () => {
  it("reads finance's FP&A, and functional programming by its name", () => {
    expect(ids('Experience in FP&A and budgeting.')).toEqual(['fp-and-a', 'budgeting']);
    expect(ids('Experience with functional programming in Scala.')).toEqual(['functional-programming', 'scala']);
  });
});
