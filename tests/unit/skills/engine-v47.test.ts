/**
 * Issue 10, forty-seventh round: a QA engineer, a conveyancing paralegal, a security officer, a
 * plumber and a pharmacy technician. Manual testing and defect tracking; property searches, SDLT
 * and Land Registry applications; incident reports and controlling access; Gas Safe, heating
 * systems, boiler servicing and G3 unvented systems, diagnosing faults; counselling patients, and
 * the pharmacy's CD register, which is no continuous delivery. Sentences written here (none taken
 * from SkillSpan or captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const asked = (line: string) => extractSkills(`Requirements:\n- ${line}`).map((s) => s.id);

describe("a QA engineer's asks", () => {
  it('reads manual testing and defect tracking', () => {
    expect(asked('Manual testing of releases; log defects clearly')).toEqual(['manual-testing', 'defect-tracking']);
  });
});

describe("a conveyancing paralegal's asks", () => {
  it('reads property searches, SDLT returns and Land Registry applications', () => {
    expect(asked('Order local authority searches, file SDLT returns and Land Registry applications')).toEqual([
      'property-searches',
      'sdlt',
      'land-registry-applications',
    ]);
  });
});

describe("a security officer's asks", () => {
  it('reads incident reports and controlling access', () => {
    expect(asked('Control access to the car park and write incident reports')).toEqual([
      'access-control-systems',
      'incident-reporting',
    ]);
  });
});

describe("a plumber's asks", () => {
  it('reads Gas Safe, heating systems, boiler servicing, G3 and diagnosing faults', () => {
    expect(asked('Gas Safe registered, G3 unvented qualified')).toEqual([
      'gas-safe-registration',
      'unvented-hot-water-systems',
    ]);
    expect(asked('Install central heating, carry out boiler repairs and diagnose faults')).toEqual([
      'heating-systems',
      'boiler-servicing',
      'fault-finding',
    ]);
  });
});

describe("a pharmacy technician's asks", () => {
  it('reads counselling patients, and the CD register as controlled drugs', () => {
    expect(asked('Counsel patients and keep the CD register up to date')).toEqual([
      'patient-counselling',
      'controlled-drugs',
    ]);
  });

  it('still reads CD where a software ad asks for it', () => {
    expect(asked('CI/CD pipelines; CD with Argo')).toContain('continuous-delivery');
  });
});
