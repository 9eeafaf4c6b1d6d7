/**
 * Issue 10, twenty-third round: wind technicians, lawyers, communications advisors, therapists,
 * clinical research associates, IT supporters, buyers, ESG consultants and architects; and a
 * job's duties read like its requirements ("you will be responsible for payroll and employment
 * law"). Sentences written here (none taken from SkillSpan or captured pages), with the exact
 * skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);

describe("a job's duties", () => {
  it('reads the fields of a sentence about responsibilities or tasks', () => {
    expect(ids('You will be responsible for payroll, employment law and recruitment.')).toEqual([
      'payroll',
      'employment-law',
      'recruitment',
    ]);
    expect(ids('Your tasks include recruitment, onboarding and employment law.')).toEqual([
      'recruitment',
      'employment-law',
    ]);
  });

  it('reads nothing from what the company is responsible for', () => {
    expect(ids('We are responsible for the wellbeing of 200 children.')).toEqual([]);
  });
});

describe('trades, law and communications', () => {
  it("reads a wind technician's GWO training and its modules", () => {
    expect(
      ids(
        'Requirements:\n- GWO Basic Safety Training (working at heights, first aid, manual handling)\n' +
          '- Valid GWO certificate',
      ),
    ).toEqual(['gwo-basic-safety-training', 'working-at-height', 'first-aid', 'manual-handling']);
  });

  it("reads a lawyer's contracts, disputes and law degree", () => {
    expect(
      ids('You draft commercial contracts, handle disputes with external lawyers and hold a law degree (cand.jur.).'),
    ).toEqual(['contract-drafting', 'litigation', 'law-degree']);
  });

  it("reads a communications advisor's press work, writing and crisis communication", () => {
    expect(
      ids(
        'You write press releases, handle press enquiries and have excellent writing skills and ' +
          'experience with crisis communication and stakeholder communication.',
      ),
    ).toEqual([
      'press-releases',
      'media-relations',
      'writing-skills',
      'crisis-communication',
      'stakeholder-management',
    ]);
  });
});

describe('health and research', () => {
  it("reads a psychologist's assessments and a physiotherapist's therapies (manual therapy is no applied kinesiology)", () => {
    expect(
      ids('Requirements:\n- Psychological assessments of children\n- Exercise therapy and manual therapy'),
    ).toEqual(['psychological-assessment', 'exercise-therapy', 'manual-therapy']);
  });

  it("reads a clinical research associate's trials, SDV and EDC systems", () => {
    expect(
      ids(
        'Experience monitoring clinical trials: site initiation, source data verification and EDC systems such as Medidata Rave.',
      ),
    ).toEqual(['monitoring', 'clinical-trials', 'source-data-verification', 'edc-systems', 'medidata-rave']);
  });
});

describe('offices, sustainability and building', () => {
  it('reads IT support by its lines, but not the support a company provides', () => {
    expect(ids('Requirements:\n- 1st line support or service desk experience')).toEqual(['it-support']);
    expect(ids('We provide first and second line support for 400 users.')).toEqual([]);
  });

  it("reads a buyer's category management, framework agreements and spend analysis", () => {
    expect(ids('Experience with category management, framework agreements and spend analysis.')).toEqual([
      'category-management',
      'framework-agreements',
      'spend-analysis',
    ]);
  });

  it("reads an ESG consultant's reporting rules and carbon accounting; the GHG Protocol is no protocol topic", () => {
    expect(
      ids(
        'Requirements:\n- CSRD and ESRS reporting, double materiality assessments and the EU Taxonomy\n' +
          '- Carbon accounting under the GHG Protocol, scope 3 emissions\n- LEED, BREEAM or DGNB certification',
      ),
    ).toEqual(['csrd', 'eu-taxonomy', 'carbon-accounting', 'leed', 'breeam', 'dgnb']);
  });

  it("reads an architect's building permits and site supervision", () => {
    expect(ids('Requirements:\n- Building permits and site supervision')).toEqual([
      'building-permits',
      'site-supervision',
    ]);
  });

  it('reads Carbon the language only beside other languages', () => {
    expect(ids('Experience with Carbon, Rust and C++.')).toEqual(['carbon', 'rust', 'cpp']);
    expect(ids('Experience with carbon fibre layup.')).not.toContain('carbon');
  });
});
