/**
 * Issue 10, thirty-first round: key-account sales, a financial controller, an emergency nurse, an
 * ML engineer and a receptionist, as a Nordic job board writes them in English (branding,
 * negotiators, triage beside incident triage, incoming mail, "service-minded", "well organised",
 * monthly reporting, tax compliance, MLOps, Danish GAAP, "put your energy into").
 * Sentences written here (none taken from SkillSpan or captured pages), with the exact skills
 * expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const asked = (line: string) => extractSkills(`Requirements:\n- ${line}`).map((s) => s.id);

describe('sales, finance, wards, ML teams and front offices', () => {
  it('reads brand management and a negotiator', () => {
    expect(asked('Strong branding and brand strategy skills.')).toEqual(['brand-management']);
    expect(asked('You are a skilled negotiator and master Excel.')).toEqual(['negotiation', 'microsoft-excel']);
  });

  it("reads a nurse's triage, and a security team's incident triage apart from it", () => {
    expect(asked('Knowledge of triage is an advantage.')).toEqual(['triage']);
    expect(asked('Triage incidents and tickets in Jira.')).toEqual(['alert-triage', 'jira']);
  });

  it("reads a receptionist's mail handling and the soft skills Nordic ads name", () => {
    expect(asked('Handle incoming mail and book meeting rooms.')).toEqual(['mail-handling']);
    expect(asked('Service-minded and well organised.')).toEqual(['customer-service', 'time-management']);
  });

  it("reads a controller's reporting and tax compliance, and no Danish in Danish GAAP", () => {
    expect(asked('Budgeting, forecasting, monthly reporting and tax compliance.')).toEqual([
      'budgeting',
      'forecasting',
      'management-accounts',
      'tax-compliance',
    ]);
    expect(asked('Familiar with IFRS and Danish GAAP.')).toEqual([
      'international-financial-reporting-standards',
      'gaap',
    ]);
  });

  it('reads MLOps with its tools', () => {
    expect(asked('MLOps (Docker, Kubernetes, MLflow).')).toEqual(['mlops', 'docker', 'kubernetes', 'mlflow']);
  });

  it('reads no energy sector in "put your energy into", no negotiation in a salary negotiation', () => {
    expect(asked('Put your energy into solving hard problems.')).toEqual([]);
    expect(asked('The possibility to negotiate a salary supplement.')).toEqual([]);
  });
});
