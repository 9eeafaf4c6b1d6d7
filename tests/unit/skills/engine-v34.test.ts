/**
 * Issue 10, thirty-fourth round: the everyday tool and shift lines of office, shop and restaurant
 * ads ("Canva and Adobe Express", where Express had been read as the Node.js framework; Power
 * Pivot; opening and closing the restaurant).
 * Sentences written here (none taken from SkillSpan or captured pages), with the exact skills
 * expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const asked = (line: string) => extractSkills(`Requirements:\n- ${line}`).map((s) => s.id);

describe('everyday office tools and shift duties', () => {
  it('reads Adobe Express as a design tool, not the Express framework', () => {
    expect(asked('Canva and Adobe Express.')).toEqual(['canva', 'adobe-express']);
  });

  it("reads Excel's Power Pivot beside Power Query", () => {
    expect(asked('Power Query and Power Pivot.')).toEqual(['power-query', 'power-pivot']);
  });

  it("reads a shift lead's opening and closing of the restaurant", () => {
    expect(asked('Opening and closing the restaurant; cash handling.')).toEqual([
      'opening-and-closing-procedures',
      'cash-handling',
    ]);
  });
});
