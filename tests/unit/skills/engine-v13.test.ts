/**
 * Issue 10, thirteenth round: what ads for HVAC technicians, bank tellers, insurance agents, data
 * scientists, QA engineers, product managers and delivery drivers ask; "No CDL required"; a
 * delivery partner's "DSP"; German language skills. Sentences written here (none taken from
 * SkillSpan or captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);

describe('what an ad says it does not ask', () => {
  it('reads "No CDL required" as no CDL, and a CDL required as one', () => {
    expect(ids("Requirements:\n- Valid driver's license\n- No CDL required")).toEqual(['drivers-license']);
    expect(ids('Requirements:\n- CDL Class A required')).toEqual(['cdl']);
  });

  it("reads an Amazon delivery partner's DSP as no signal processing, and DSP in an engineer's ad as it", () => {
    expect(ids('Delivery Driver - Amazon DSP\nDeliver packages for our Amazon DSP.')).toEqual([]);
    expect(ids('Requirements:\n- Experience with DSP and FPGA design')).toEqual([
      'signal-processing',
      'field-programmable-gate-arrays',
    ]);
  });
});

describe('what trades, banks and insurers ask', () => {
  it("reads an HVAC technician's EPA 608 and NATE certifications", () => {
    expect(ids('Requirements:\n- EPA 608 Universal certification\n- NATE certification a plus')).toEqual([
      'epa-608-certification',
      'nate-certification',
    ]);
  });

  it("reads a bank teller's AML and counterfeit checks", () => {
    expect(ids('Qualifications:\n- Knowledge of BSA/AML and identifying counterfeit currency')).toEqual([
      'anti-money-laundering',
      'counterfeit-detection',
    ]);
  });

  it("reads an insurance agent's licences and agency systems", () => {
    expect(
      ids(
        'Requirements:\n- Active Property & Casualty license\n- Life and Health license a plus\n' +
          '- Quoting in Applied Epic or EZLynx',
      ),
    ).toEqual(['property-and-casualty-license', 'life-and-health-license', 'applied-epic', 'ezlynx']);
  });
});

describe('what data, QA and product ads ask', () => {
  it("reads a data scientist's causal inference and Bayesian methods", () => {
    expect(ids('Requirements:\n- Causal inference and Bayesian methods')).toEqual([
      'causal-inference',
      'bayesian-statistics',
    ]);
  });

  it("reads a QA engineer's test plans, smoke and exploratory testing, API testing and ISTQB", () => {
    expect(
      ids(
        'You will:\n- Write test plans\n- Smoke and exploratory testing\n- API testing with Postman\n- ISTQB Foundation',
      ),
    ).toEqual(['test-planning', 'smoke-tests', 'exploratory-testing', 'api-testing', 'postman', 'istqb']);
  });

  it("reads a product manager's research, usability testing, PRDs and backlog", () => {
    expect(
      ids('What you will do:\n- Customer interviews and usability testing\n- Write PRDs and prioritise the backlog'),
    ).toEqual(['user-research', 'usability-testing', 'product-requirements-documents', 'backlog-management']);
  });
});

describe('German ads', () => {
  it('reads German and English language skills and computer science (Informatik)', () => {
    expect(ids('Ihr Profil:\n- Studium der Informatik\n- Sehr gute Deutsch- und gute Englischkenntnisse')).toEqual([
      'computer-science',
      'german',
      'english',
    ]);
  });
});
