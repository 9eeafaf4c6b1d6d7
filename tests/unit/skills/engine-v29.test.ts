/**
 * Issue 10, twenty-ninth round: an accounts-payable clerk, a content marketer, a forklift
 * warehouse and a fashion store (three-way matching, payment runs, supplier statement
 * reconciliation, supplier invoices, blog posts, keyword research, counterbalance trucks, ITSSAR,
 * lorries, cashing up).
 * Sentences written here (none taken from SkillSpan or captured pages), with the exact skills
 * expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const asked = (line: string) => extractSkills(`Requirements:\n- ${line}`).map((s) => s.id);

describe('accounts payable, content teams, warehouses and shops', () => {
  it("reads an accounts-payable clerk's matching, payment runs and reconciliations", () => {
    expect(asked('Process supplier invoices through three-way matching and prepare payment runs.')).toEqual([
      'invoicing',
      'three-way-matching',
      'payment-runs',
    ]);
    expect(asked('Reconcile supplier statements and support month-end close.')).toEqual([
      'supplier-statement-reconciliation',
      'month-end-close',
    ]);
  });

  it("reads a content marketer's blog posts and keyword research", () => {
    expect(asked('Write blog posts and do keyword research for SEO.')).toEqual([
      'blogging',
      'keyword-research',
      'search-engine-optimization-seo',
    ]);
  });

  it('reads counterbalance and reach trucks as forklift operation, and either accrediting body', () => {
    expect(asked('Counterbalance and reach truck licences (RTITB or ITSSAR).')).toEqual(['forklift', 'rtitb-licence']);
    expect(asked('An ITSSAR certificate.')).toEqual(['rtitb-licence']);
  });

  it('reads loading and unloading lorries, and putting pallets away', () => {
    expect(asked('Load and unload lorries and put away pallets.')).toEqual(['load-cargo', 'unload-cargo', 'putaway']);
  });

  it('reads cashing up as cash handling', () => {
    expect(asked('Open the store, cash up and bank the takings.')).toEqual(['cash-handling']);
  });
});
