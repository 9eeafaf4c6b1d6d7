/**
 * Issue 10, twentieth round: the transferable skills a restaurant shift lead brings to a first
 * office role, as ads phrase them ("you've led a team", "juggle competing priorities", "calm under
 * pressure", "managing rotas, stock counts"), and a platform engineer's distributed systems and
 * managed infrastructure (no swimming pool's). Sentences written here (none taken from SkillSpan
 * or captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);

describe('what a shift lead brings to an office', () => {
  it('reads leading a team, priorities, pressure, rotas and stock counts under "About you"', () => {
    expect(
      ids(
        "About you:\n- You've led a team in a busy restaurant\n- You can juggle competing priorities and stay calm under pressure\n" +
          '- Experience managing rotas and stock counts',
      ),
    ).toEqual(['leadership', 'time-management', 'working-under-pressure', 'scheduling', 'inventory-management']);
  });

  it('reads a rota the job is on as no scheduling skill', () => {
    expect(ids("Requirements:\n- You'll join an on-call rota")).toEqual([]);
  });

  it("reads an operations assistant's invoices and reports", () => {
    expect(ids("What you'll do:\n- Process invoices and purchase orders\n- Prepare weekly reports")).toEqual([
      'invoicing',
      'purchase-orders',
      'report-writing',
    ]);
  });
});

describe("a platform engineer's systems", () => {
  it('reads distributed systems, managed infrastructure as IT work, and mentoring in the past tense', () => {
    expect(
      ids(
        "What we're looking for:\n- Distributed systems in Go\n- Terraform-managed infrastructure\n- You've mentored engineers",
      ),
    ).toEqual(['distributed-systems', 'go', 'terraform', 'infrastructure-management', 'mentoring']);
  });
});
