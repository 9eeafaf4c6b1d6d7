/**
 * Issue 10, fifty-sixth round: a translator, a store manager and a French care assistant. The
 * taxonomy had no Translation at all; CAT tools, Trados Studio (no longer ESCO's Automation
 * Studio from "Studio"), memoQ, term bases, DipTrans and CIOL; planning rotas; a French aide-
 * soignant's personal care, pressure care, DEAS, "bienveillance" and patience. A skill's context
 * rule now applies to its generic one-word name too ("the translation of business needs into
 * features" is no Translation). Sentences written here (none taken from SkillSpan or captured
 * pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const asked = (line: string) => extractSkills(`Requirements:\n- ${line}`).map((s) => s.id);
const read = (text: string) => extractSkills(text).map((s) => s.id);

describe("a translator's asks", () => {
  it('reads CAT tools, Trados Studio, memoQ, translation memories and term bases', () => {
    expect(
      asked('Use CAT tools such as Trados Studio and memoQ, and maintain translation memories and term bases'),
    ).toEqual(['cat-tools', 'trados-studio', 'memoq', 'terminology-management']);
  });
  it('reads DipTrans and CIOL membership', () => {
    expect(asked('DipTrans or CIOL membership is a plus')).toEqual(['diptrans', 'ciol-membership']);
  });
  it('reads translation, but not the translation of needs into features', () => {
    expect(asked('Translation of legal documents')).toEqual(['translation']);
    expect(asked('Turn the translation of business needs into features')).toEqual([]);
  });
});

describe("a store manager's asks", () => {
  it('reads planning rotas as scheduling', () => {
    expect(asked('Plan rotas and manage stock control')).toEqual(['scheduling', 'inventory-management']);
  });
});

describe("a French care assistant's posting", () => {
  it('reads personal care, pressure care, the DEAS, kindness and patience', () => {
    const posting = [
      'Aide-soignant(e) H/F',
      '',
      'Vos missions :',
      "- Aide à la toilette et à l'habillage des résidents",
      '- Prévention des escarres',
      '',
      'Profil :',
      "- Diplôme d'État d'aide-soignant (DEAS) obligatoire",
      '- Bienveillance et patience',
    ].join('\n');
    expect(read(posting)).toEqual(['patient-care', 'pressure-area-care', 'deas', 'empathy', 'patience']);
  });
});
