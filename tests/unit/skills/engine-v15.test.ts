/**
 * Issue 10, fifteenth round: what ads for production operators, financial analysts and HR
 * coordinators ask, and a background check a driver passes read as no HR task. Sentences written
 * here (none taken from SkillSpan or captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);

describe('what factories, finance teams and HR offices ask', () => {
  it("reads a production operator's batch records and continuous improvement (no batch files)", () => {
    expect(ids('Requirements:\n- Keep batch records\n- Continuous improvement and 5S')).toEqual([
      'batch-records',
      'continuous-improvement',
      '5s',
    ]);
  });

  it("reads a financial analyst's DCF, variance analysis, month-end close, tools and qualifications", () => {
    expect(
      ids(
        'Requirements:\n- DCF valuations and variance analysis\n- Month-end close in NetSuite and Adaptive Insights\n' +
          '- CFA Level I, ACCA or CIMA',
      ),
    ).toEqual([
      'discounted-cash-flow',
      'variance-analysis',
      'month-end-close',
      'oracle-netsuite',
      'adaptive-insights',
      'cfa',
      'acca',
      'cima',
    ]);
  });

  it("reads an HR coordinator's tools and checks, and a background check a driver passes as none", () => {
    expect(
      ids(
        'You will:\n- Maintain employee records in BambooHR\n- Run background checks and I-9 verification\n- ADP payroll',
      ),
    ).toEqual(['bamboohr', 'background-screening', 'form-i-9', 'adp']);
    expect(ids("Delivery drivers need a valid driver's license and must pass a background check.")).toEqual([
      'drivers-license',
    ]);
  });
});
