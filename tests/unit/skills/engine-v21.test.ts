/**
 * Issue 10, twenty-first round: the everyday asks of shops, offices and content teams that read
 * nothing before (customer-focused, self-motivated, supervisory experience, training new
 * employees, vendor management, content creation, proofreading, customer retention, opening and
 * closing the store). Sentences written here (none taken from SkillSpan or captured pages), with
 * the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);

describe("a shop's and an office's everyday asks", () => {
  it('reads soft skills and supervision under a requirements heading', () => {
    expect(
      ids(
        'Requirements:\n- Customer-focused and self-motivated\n- Previous supervisory experience\n' +
          '- Training new employees and opening and closing the store',
      ),
    ).toEqual([
      'customer-focus',
      'self-motivation',
      'staff-supervision',
      'staff-training',
      'opening-and-closing-procedures',
    ]);
  });

  it("reads an office's vendor management and project coordination, and a content team's work", () => {
    expect(
      ids(
        "What you'll do:\n- Vendor management and project coordination\n" +
          '- Content creation, proofreading and copy editing\n- Customer retention campaigns',
      ),
    ).toEqual([
      'supplier-relationship-management',
      'project-coordination',
      'content-creation',
      'proofreading',
      'customer-retention',
    ]);
  });

  it('reads the verb forms "count stock" and "map customer journeys"', () => {
    expect(ids("What you'll do:\n- Count stock weekly\n- Map customer journeys with the UX team")).toEqual([
      'inventory-management',
      'journey-mapping',
    ]);
  });

  it('reads a customer-focused company as no ask without a skills context', () => {
    expect(ids('We are a customer-focused company founded in 2009.')).toEqual([]);
  });
});
