/**
 * Issue 10, fifty-eighth round: a lettings negotiator, a pharmacy technician, a solar PV
 * installer and a library assistant, and false positives that train cross-validation showed,
 * written again as sentences of our own: "a history of shipping products" is no History, "we will
 * process your application" no Process applications, "your teaching philosophy" no Teach
 * philosophy, "GP surgeries" no Surgery. A context rule written for a skill's ordinary-word name
 * now holds for each of its one-word names ("surgeries" as "surgery"). Sentences written here
 * (none taken from SkillSpan or captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const asked = (line: string) => extractSkills(`Requirements:\n- ${line}`).map((s) => s.id);

describe('words that are skills elsewhere', () => {
  it('reads a track record or a job history as no History, the subject still', () => {
    expect(asked('A history of shipping products people love')).toEqual([]);
    expect(asked('Candidates with a relevant job history')).toEqual([]);
    expect(asked('A degree in History or Politics')).toEqual(['bachelors-degree', 'history', 'politics']);
  });
  it('reads the handling of your application as no skill', () => {
    expect(asked('We will process your application within two weeks')).toEqual([]);
    expect(asked('Process applications and update the database')).toEqual(['process-applications', 'databases']);
  });
  it('reads a teaching philosophy as no subject', () => {
    expect(asked('A short statement of your teaching philosophy')).toEqual([]);
  });
  it("reads a GP's surgery as a place, a surgical field as a skill", () => {
    expect(asked('Liaise with GP surgeries about repeat prescriptions')).toEqual([]);
    expect(asked('Experience in cardiac surgery')).toEqual(['surgery']);
  });
});

describe("a lettings negotiator's asks", () => {
  it('reads referencing, Right to Rent checks, tenancy agreements and ARLA', () => {
    expect(asked('Carry out referencing and Right to Rent checks')).toEqual([
      'tenant-referencing',
      'right-to-rent-checks',
    ]);
    expect(asked('Prepare tenancy agreements; ARLA Level 3 an advantage')).toEqual([
      'tenancy-agreements',
      'arla-qualification',
    ]);
    expect(asked('Knowledge of lettings legislation')).toEqual(['lettings']);
  });
});

describe("a pharmacy technician's asks", () => {
  it('reads the accuracy checking qualification and PMR systems', () => {
    expect(asked('Accuracy checking qualification (ACPT) and PMR systems')).toEqual([
      'accuracy-checking',
      'pmr-systems',
    ]);
  });
});

describe("a solar PV installer's asks", () => {
  it('reads solar PV, inverters, battery storage, EV chargers and MCS', () => {
    expect(asked('Install solar PV systems and inverters, fit battery storage and EV chargers')).toEqual([
      'solar-pv',
      'inverters',
      'battery-storage',
      'ev-charger-installation',
    ]);
    expect(asked('Experience with MCS installations')).toEqual(['mcs-certification']);
  });
});

describe("a library assistant's asks", () => {
  it('reads shelving stock, inter-library loans and Spydus', () => {
    expect(asked('Shelve stock and process inter-library loans using Spydus')).toEqual([
      'stocking-shelves',
      'interlibrary-loans',
      'spydus',
    ]);
  });
});
