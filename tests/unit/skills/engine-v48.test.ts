/**
 * Issue 10, forty-eighth round: whole Spanish and French postings, read as the extension reads
 * them. A French order picker's duty sentences ("Vous assurez la réception des marchandises")
 * had given nothing, because every Spanish and French name counted only in a clause about skills;
 * now a phrase naming a task, tool or field counts as its English name does, while soft skills and
 * single words still wait for such a clause, which "vous êtes", "vous savez" and "eres" now open.
 * A Spanish accounts clerk's collections and payments, organisation and problem solving; a Spanish
 * and French lorry licence. Postings written here (none taken from SkillSpan or captured pages),
 * with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage, extractSkills } from '../../../lib/skills/index';

const read = (text: string) => extractSkills(text).map((s) => s.id);

describe("a French order picker's posting", () => {
  const posting = [
    'Cariste préparateur (H/F)',
    'Vous réalisez la préparation de commandes sur chariot élévateur.',
    'Vous assurez la réception des marchandises et le contrôle qualité.',
    'Vous êtes rigoureux et ponctuel, et vous savez travailler en équipe.',
  ].join('\n');

  it('reads the duties and the candidate it describes', () => {
    expect(detectLanguage(posting)).toBe('fr');
    expect(read(posting)).toEqual([
      'order-picking',
      'forklift',
      'goods-in',
      'quality-control',
      'attention-to-detail',
      'work-ethic',
      'teamwork',
    ]);
  });

  it('still reads no soft skill in a sentence about the company', () => {
    expect(read('Notre équipe est rigoureuse et ponctuelle depuis vingt ans, et nous livrons partout.')).toEqual([]);
  });
});

describe("a Spanish accounts clerk's posting", () => {
  it('reads collections and payments, organisation and problem solving', () => {
    const posting = [
      'Administrativo contable',
      'Funciones: gestión de cobros y pagos a proveedores.',
      'Eres una persona organizada y resolutiva.',
    ].join('\n');
    expect(detectLanguage(posting)).toBe('es');
    expect(read(posting)).toEqual(['accounts-receivable', 'accounts-payable', 'time-management', 'problem-solving']);
  });
});

describe('a lorry licence in Spanish and French', () => {
  it('reads the carnet C and the permis C as an HGV licence', () => {
    expect(read('Buscamos conductor con carnet C y experiencia en reparto.')).toEqual(['hgv-licence']);
    expect(read('Nous recherchons un chauffeur titulaire du permis C.')).toEqual(['hgv-licence']);
  });
});
