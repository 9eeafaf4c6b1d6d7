/**
 * Issue 10, sixteenth round: departments a job works with read as no skills, a recruiter's offer
 * letters as no perk, and the first word of a comma list sharing the head of its last part.
 * Sentences written here (none taken from SkillSpan or captured pages), with the exact skills
 * expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);
const asked = (line: string) => ids(`Requirements:\n- ${line}\n`);

describe('departments the job works with', () => {
  it('reads "partner with marketing and sales" and "work closely with product, design and engineering" as teams', () => {
    expect(asked('Partner with marketing and sales on product launches.')).toEqual([]);
    expect(asked('Work closely with product, design and engineering to ship features.')).toEqual([]);
    expect(asked('Collaborate with Finance.')).toEqual([]);
    expect(asked('You will work alongside finance.')).toEqual([]);
    expect(asked('Partner with sales, marketing & finance.')).toEqual([]);
    expect(asked('Partner with sales & marketing teams.')).toEqual([]);
    expect(asked('Liaise with HR and finance on payroll.')).toEqual(['payroll']);
    // the line ends the list: the next line's first word is no noun of the department's
    expect(ids('Responsibilities:\nWork closely with sales\nExperience with Excel')).toEqual(['microsoft-excel']);
  });

  it('still reads the same fields where the ad asks for them', () => {
    expect(asked('Experience working with sales and marketing.')).toEqual(['sales', 'marketing']);
    expect(asked('Strong background in sales and marketing.')).toEqual(['sales', 'marketing']);
    expect(asked('Knowledge of sales or marketing.')).toEqual(['sales', 'marketing']);
  });
});

describe("a recruiter's offers", () => {
  it('reads interview scheduling beside offer letters, which make no clause about perks', () => {
    expect(asked('Coordinate interviews and send offer letters.')).toEqual(['interview-scheduling']);
    expect(ids('We offer a gym, Apple hardware and LinkedIn Learning.')).toEqual([]);
  });
});

describe('a comma list sharing its head', () => {
  it('reads each kind of testing and welding in "a, b and c <head>"', () => {
    expect(asked('Regression, smoke and exploratory testing.')).toEqual([
      'regression-testing-software',
      'smoke-tests',
      'exploratory-testing',
    ]);
    expect(asked('Experience in MIG, TIG and stick welding.')).toEqual(['mig-welding', 'tig-welding', 'welding']);
  });

  it('reads a last part of more than two words ("end-to-end testing")', () => {
    expect(asked('Unit and end-to-end testing.')).toEqual(['unit-testing', 'software-testing']);
    expect(asked('Experience with unit, integration and end-to-end testing.')).toEqual([
      'unit-testing',
      'software-testing',
    ]);
  });

  it('shares no head across a line, nor with the same word again, nor between plain names', () => {
    expect(ids('Requirements:\n- Regression\n- Smoke and exploratory testing')).toEqual([
      'smoke-tests',
      'exploratory-testing',
    ]);
    const python = extractSkills('Python, javascript and Python 3');
    expect(python.map((s) => s.id)).toEqual(['python', 'javascript']);
    expect(python[0]?.mentions.map((m) => m.text)).toEqual(['Python', 'Python 3']);
    // a dotted name is one name: "Angular/React.js" names no AngularJS
    expect(asked('Angular/React.js')).toEqual(['angular', 'react']);
    expect(asked('Excel, Word and PowerPoint skills.')).toEqual([
      'microsoft-excel',
      'microsoft-word',
      'microsoft-powerpoint',
    ]);
  });
});
