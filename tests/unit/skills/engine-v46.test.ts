/**
 * Issue 10, forty-sixth round: an accounts payable clerk, a construction site manager and a night
 * care assistant. BACS payments, accruals and prepayments, numeracy; managing subcontractors, site
 * inductions, snagging and NHBC standards; continence support and repositioning. Sentences
 * written here (none taken from SkillSpan or captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const asked = (line: string) => extractSkills(`Requirements:\n- ${line}`).map((s) => s.id);

describe("an accounts payable clerk's asks", () => {
  it('reads BACS payments, accruals and prepayments, and numeracy', () => {
    expect(asked('Set up BACS payments and post accruals at month end')).toEqual([
      'payment-runs',
      'accruals-and-prepayments',
    ]);
    expect(asked('Good numeracy skills and a numerate approach to queries')).toEqual(['numeracy']);
  });
});

describe("a site manager's asks", () => {
  it('reads subcontractors, site inductions, snagging and NHBC standards', () => {
    expect(asked('Coordinate subcontractors and deliver site inductions')).toEqual([
      'subcontractor-management',
      'site-inductions',
    ]);
    expect(asked('Complete snag lists to NHBC standards')).toEqual(['snagging', 'nhbc-standards']);
  });
});

describe("a care assistant's asks", () => {
  it('reads continence support and pressure care', () => {
    expect(asked('Give continence support and pressure care to residents')).toEqual([
      'continence-care',
      'pressure-area-care',
    ]);
  });
});
