/**
 * Issue 10, fifty-first round: a children's social worker, a secondary maths teacher, a data
 * scientist and a field sales representative. Caseloads, court reports, the Children Act;
 * delivering engaging lessons ("engaging" is stepped over inside a key), marking, differentiated
 * learning; communicating findings; territory sales, and a tablet to take orders on, which is no
 * skill. Sentences written here (none taken from SkillSpan or captured pages), with the exact
 * skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const asked = (line: string) => extractSkills(`Requirements:\n- ${line}`).map((s) => s.id);

describe("a social worker's asks", () => {
  it('reads a caseload, court reports and the Children Act', () => {
    expect(asked('Manage a caseload, write court reports and apply the Children Act')).toEqual([
      'caseload-management',
      'court-report-writing',
      'children-act-1989',
    ]);
  });
});

describe("a teacher's asks", () => {
  it('reads delivering engaging lessons, marking and differentiated learning', () => {
    expect(asked('Deliver engaging lessons, mark books and use differentiated learning')).toEqual([
      'teaching',
      'marking-and-feedback',
      'differentiated-instruction',
    ]);
  });
});

describe("a data scientist's asks", () => {
  it('reads communicating findings as data storytelling', () => {
    expect(asked('Communicate findings to non-technical audiences')).toEqual(['data-storytelling']);
  });
});

describe("a field sales rep's asks", () => {
  it('reads territory sales, and no skill in the tablet orders are taken on', () => {
    expect(asked('Grow territory sales and take orders on a tablet')).toEqual([
      'territory-management',
      'prepare-orders',
    ]);
  });
});
