/**
 * Issue 10, fourteenth round: what ads for paralegals, estate agents, NHS nurses, nannies,
 * construction project managers and office cleaners ask, and an associate degree read as a
 * bachelor's. Sentences written here (none taken from SkillSpan or captured pages), with the
 * exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);

describe('degrees', () => {
  it("reads an associate degree as no bachelor's, and a degree alone as one", () => {
    expect(ids('Requirements:\n- Associate degree or paralegal certificate')).toEqual([
      'associate-degree',
      'paralegal-certificate',
    ]);
    expect(ids('Requirements:\n- A degree in law')).toEqual(['bachelors-degree']);
  });
});

describe('what law firms, estate agents and NHS wards ask', () => {
  it("reads a paralegal's research tools, drafting, discovery and notary commission", () => {
    expect(
      ids(
        'Requirements:\n- Legal research in Westlaw\n- Draft pleadings and discovery requests\n' +
          '- Manage case files in Clio\n- Notary public commission a plus',
      ),
    ).toEqual([
      'legal-research',
      'westlaw',
      'legal-drafting',
      'e-discovery',
      'legal-case-management',
      'clio',
      'notary-public',
    ]);
  });

  it("reads an estate agent's licence, the MLS and Follow Up Boss (no follow-up)", () => {
    expect(ids('What you need:\n- Active real estate license\n- The MLS and Follow Up Boss')).toEqual([
      'real-estate-license',
      'mls',
      'follow-up-boss',
    ]);
  });

  it("reads an NHS nurse's NMC PIN, cannulation, venepuncture and GP systems", () => {
    expect(ids('Essential criteria:\n- Active NMC PIN\n- Cannulation and venepuncture\n- SystmOne or EMIS')).toEqual([
      'nmc-registration',
      'cannulation',
      'phlebotomy',
      'systmone',
      'emis',
    ]);
  });
});

describe('what nannies, site managers and cleaners ask', () => {
  it("reads a nanny's Ofsted registration", () => {
    // Paediatric first aid has its own skill (engine-v49), which implies First aid.
    expect(ids("We're looking for:\n- Ofsted registration and paediatric first aid")).toEqual([
      'ofsted-registration',
      'paediatric-first-aid',
    ]);
  });

  it("reads a construction manager's Procore, MS Project, Bluebeam and RFIs", () => {
    expect(ids('Requirements:\n- Procore, MS Project and Bluebeam\n- RFIs, submittals and change orders')).toEqual([
      'procore',
      'microsoft-project',
      'bluebeam',
      'construction-administration',
    ]);
  });

  it("reads a cleaner's COSHH", () => {
    expect(ids('Duties:\n- Use cleaning chemicals safely following COSHH guidance')).toEqual(['cleaning', 'coshh']);
  });
});
