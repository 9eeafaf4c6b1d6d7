/**
 * Issue 10, fifty-fourth round: a mortgage adviser, a CNC machinist, a civil engineer, a personal
 * trainer and a stylist. Mortgage advice, CeMAP, FCA rules and Consumer Duty, fact finds and
 * affordability ("advise customers" is no customs regulations); Mastercam, verniers, first-off
 * inspection, AS9100; drainage design, SuDS, Civil 3D, highway design, bills of quantities;
 * fitness assessments, group exercise, HIIT; patch tests, blow-dries, time keeping. And two
 * engine fixes: a role noun right after "and" starts the next item ("cash handling and team
 * leadership" had lost Cash handling, as "fitness assessments and group exercise" had lost its
 * first skill), and a context rule written for an ordinary-word name is that word's only ("in
 * teams" is no product, "Collaborate in Microsoft Teams" is). Sentences written here (none taken
 * from SkillSpan or captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const asked = (line: string) => extractSkills(`Requirements:\n- ${line}`).map((s) => s.id);

describe("a mortgage adviser's asks", () => {
  it('reads mortgages and protection, and no customs regulations', () => {
    expect(asked('Advise customers on residential and buy-to-let mortgages and protection products')).toEqual([
      'mortgage-advice',
      'protection-insurance',
    ]);
    expect(asked('Advise customers on our range')).toEqual([]);
  });
  it('reads fact finds, affordability, CeMAP, FCA rules and Consumer Duty', () => {
    expect(asked('Carry out fact finds and affordability assessments')).toEqual([
      'fact-finding',
      'affordability-assessments',
    ]);
    expect(asked('CeMAP qualified, with a good grasp of FCA regulations and Consumer Duty')).toEqual([
      'cemap',
      'fca-regulations',
      'consumer-duty',
    ]);
  });
});

describe("a CNC machinist's and a civil engineer's asks", () => {
  it('reads Mastercam, verniers, first-off inspection and AS9100', () => {
    expect(asked('Program jobs in Mastercam and inspect parts with verniers')).toEqual([
      'mastercam',
      'vernier-calipers',
    ]);
    expect(asked('Carry out first-off inspection to AS9100')).toEqual(['first-article-inspection', 'as9100']);
  });
  it('reads drainage design, SuDS, MicroDrainage, Civil 3D, highways and quantities', () => {
    expect(asked('Model drainage networks and SuDS in MicroDrainage and Civil 3D')).toEqual([
      'drainage-design',
      'sustainable-drainage-systems',
      'microdrainage',
      'autodesk-autocad-civil-3d',
    ]);
    expect(asked('Produce highway designs to DMRB')).toEqual(['highway-design', 'dmrb']);
    expect(asked('Prepare flood risk assessments and bills of quantities')).toEqual([
      'flood-risk-assessment',
      'bills-of-quantities',
    ]);
  });
});

describe("a personal trainer's and a stylist's asks", () => {
  it('reads fitness assessments beside group exercise, and HIIT', () => {
    expect(asked('Carry out fitness assessments and group exercise classes such as HIIT')).toEqual([
      'fitness-assessments',
      'group-exercise-instruction',
      'hiit',
    ]);
  });
  it('reads patch tests, blow-dries, bridal hair and time keeping', () => {
    expect(asked('Give patch tests, blow-dries and bridal hair')).toEqual([
      'patch-testing',
      'blow-drying',
      'bridal-hair',
    ]);
    expect(asked('Great time keeping')).toEqual(['work-ethic']);
  });
});

describe('a role noun after "and"', () => {
  it('reads cash handling beside team leadership', () => {
    expect(asked('cash handling and team leadership')).toEqual(['cash-handling', 'leadership']);
  });
  it('still reads no field in "Design and Engineering teams" and no product in "Finance and HR teams"', () => {
    expect(asked('Work alongside the Design and Engineering teams')).toEqual([]);
    expect(asked('Support the Finance and HR teams')).toEqual([]);
  });
});

describe('a context rule of an ordinary word', () => {
  it('keeps Microsoft Teams where the rule of "teams" rejects the word', () => {
    expect(asked('Collaborate in Microsoft Teams and Slack')).toEqual(['microsoft-teams', 'slack']);
  });
  it('still reads no product in "work in teams"', () => {
    expect(asked('Happy to work in teams of five')).not.toContain('microsoft-teams');
  });
});
