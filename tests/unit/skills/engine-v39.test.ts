/**
 * Issue 10, thirty-ninth round: a shift lead's first office job, a career changer's first data job,
 * a public-sector support role and a coffee shop's shift supervisor. A word that qualifies a
 * duty's object ("prepare simple reports", "coach new staff") no longer hides it; budgets tracked,
 * supplies ordered, stock kept track of, minutes of meetings, demand forecast, data cleaned and
 * told as a story, findings presented; a security clearance is a licence, not cybersecurity; an
 * office's training schedules are no railway timetable. Sentences written here (none taken from
 * SkillSpan or captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const read = (text: string) => extractSkills(text).map((s) => s.id);
const asked = (line: string) => read(`Requirements:\n- ${line}`);

describe('a word qualifying the object of a duty', () => {
  it('is stepped over between the verb and its object', () => {
    expect(asked('Prepare simple reports for the directors')).toEqual(['report-writing']);
    expect(asked('Write detailed reports after each visit')).toEqual(['report-writing']);
    expect(asked('Coach new staff on our service standards')).toEqual(['mentoring']);
  });

  it('still lets a longer name through it win ("prepare simple meals")', () => {
    expect(asked('Prepare simple meals for residents')).toEqual(['prepared-meals']);
  });

  it('stays part of a product name and never starts a phrase', () => {
    expect(asked('New Relic dashboards')).toEqual(['new-relic']);
    expect(asked('SQL for weekly reporting')).toEqual(['sql']);
  });
});

describe("an office administrator's duties", () => {
  it('reads ordering supplies, keeping track of stock and minutes of meetings', () => {
    expect(asked('Order office supplies and keep track of stock')).toEqual(['order-supplies', 'inventory-management']);
    expect(asked('Take minutes of meetings')).toEqual(['minute-taking']);
  });

  it('reads the verbs of time management', () => {
    expect(asked('Able to prioritise and multitask in a busy environment')).toEqual(['time-management']);
  });

  it('reads budgets tracked and spend plans as budgeting', () => {
    expect(asked('Experience tracking budget execution and preparing spend plans')).toEqual(['budgeting']);
  });
});

describe("a junior data analyst's asks", () => {
  it('reads cleaning data, demand forecasts, data storytelling and presenting findings', () => {
    expect(asked('Clean data sets and forecast weekly demand')).toEqual(['data-cleaning', 'demand-forecasting']);
    expect(asked('Storytelling with data: you present findings to managers')).toEqual([
      'data-storytelling',
      'present-reports',
    ]);
  });
});

describe('a clearance and a training schedule', () => {
  it('reads a security clearance as the licence, not cybersecurity', () => {
    expect(asked('Able to obtain and maintain a Secret security clearance')).toEqual(['security-clearance']);
    expect(asked('An active TS/SCI clearance')).toEqual(['security-clearance']);
  });

  it("reads an office's training schedules as no railway skill", () => {
    expect(asked('Coordinate training schedules for new starters')).toEqual([]);
    expect(asked('Monitor train schedules on the regional network')).toEqual(['monitor-train-schedules']);
  });
});
