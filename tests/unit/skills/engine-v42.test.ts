/**
 * Issue 10, forty-second round: two items left noticed at stop 33. "3D CAD" was read as the field
 * named 3D, not CAD; "Node.js and Express" lost Express, whose rule turned down any "and" before it
 * (meant for the verb: "listen and express ideas", still turned down by the words after it).
 * A capitalised ordinary-word tool after "use" or "used" is the tool ("if you have used Tableau").
 * Sentences written here, with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const asked = (line: string) => extractSkills(`Requirements:\n- ${line}`).map((s) => s.id);

describe('names left noticed', () => {
  it('reads 3D CAD as CAD software', () => {
    expect(asked('Experience with 3D CAD and SolidWorks')).toEqual(['cad-software', 'dassault-systemes-solidworks']);
    expect(asked('2D and 3D CAD drawings')).toEqual(['cad-software']);
  });

  it('reads Express after "Node.js and", and still no verb "express"', () => {
    expect(asked('Experience with Node.js and Express')).toEqual(['nodejs', 'expressjs']);
    expect(asked('Listen and express your ideas clearly')).toEqual([]);
    expect(asked('Communicate and Express ideas clearly')).toEqual([]);
  });

  it('reads a capitalised ordinary-word tool after "use" or "used"', () => {
    const read = (text: string) => extractSkills(text).map((s) => s.id);
    expect(read('About the job\nIt would be great if you have used Tableau.')).toEqual(['tableau']);
    expect(read('About the job\nYou will use Word and Outlook every day.')).toEqual([
      'microsoft-word',
      'microsoft-outlook',
    ]);
  });
});
