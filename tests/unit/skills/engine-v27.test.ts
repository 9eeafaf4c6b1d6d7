/**
 * Issue 10, twenty-seventh round: plastics, automotive and medical-device engineering (injection
 * moulding, design of experiments, process capability, 8D, PPAP, APQP, Moldflow, design controls,
 * R&D, quality management systems, OEE), a bookkeeper's and an electrician's tasks, an acronym in
 * brackets after its own name, and the nouns and idioms of research and company ads that named a
 * skill ("a research plan", "a high degree of", "in close collaboration with", "a high level of
 * energy", "the PhD degree").
 * Sentences written here (none taken from SkillSpan or captured pages), with the exact skills
 * expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(`Requirements:\n- ${text}`).map((s) => s.id);

describe('plastics, automotive and medical-device engineering', () => {
  it('reads injection moulding, Moldflow and SPC', () => {
    expect(ids('3+ years with injection moulding of thermoplastics, Moldflow and SPC.')).toEqual([
      'injection-moulding',
      'moldflow',
      'statistical-process-control-spc-software',
    ]);
  });

  it("reads a quality engineer's problem solving and part approval", () => {
    expect(ids('Lead root cause analysis and write 8D reports; support PPAP and APQP submissions.')).toEqual([
      'root-cause-analysis',
      '8d-problem-solving',
      'ppap',
      'apqp',
    ]);
  });

  it('reads R&D and design controls in a medical-device ad, but no R&D the job works with', () => {
    expect(ids('Experience in medical device R&D under ISO 13485 and design controls.')).toEqual([
      'medical-devices',
      'research-and-development',
      'iso-13485',
      'design-controls',
    ]);
    expect(ids('The role partners closely with R&D.')).toEqual([]);
  });

  it('reads quality management systems and OEE', () => {
    expect(ids('Knowledge of quality management systems (QMS) and OEE.')).toEqual([
      'quality-management-systems',
      'overall-equipment-effectiveness',
    ]);
  });

  it("reads a bookkeeper's bank reconciliations and a design engineer's stack-ups", () => {
    expect(ids('Reconcile bank accounts and prepare VAT returns.')).toEqual(['bank-reconciliation', 'vat-returns']);
    expect(ids('SolidWorks, GD&T and tolerance stack-ups.')).toEqual([
      'dassault-systemes-solidworks',
      'gd-and-t',
      'tolerance-analysis',
    ]);
  });

  it("reads an electrician's EV charger installation and consumer units", () => {
    expect(ids('Install EV chargers and consumer units.')).toEqual(['ev-charger-installation', 'distribution-boards']);
  });
});

describe('an acronym in brackets after its own name', () => {
  it('is the named skill, not a phrase the taxonomy lacks', () => {
    expect(ids('Run design of experiments (DOE) and capability studies (Cpk).')).toEqual([
      'design-of-experiments',
      'process-capability',
    ]);
    expect(ids('Use of failure mode and effects analysis (FMEA).')).toEqual([
      'failure-modes-and-effects-analysis-fmea-software',
    ]);
  });

  it('is not another skill that shares the letters', () => {
    expect(ids('Experience with electronic health records (EHR).')).toEqual(['ehr']);
    expect(ids('Experience with computer-aided design (CAD).')).toEqual(['computer-aided-design-cad-software']);
  });

  it('keeps examples in brackets that are no acronym of the name', () => {
    expect(ids('Experience with AWS (Lambda, ECS).')).toEqual(['aws', 'aws-lambda', 'amazon-ecs']);
  });
});

describe('nouns and idioms of research and company ads', () => {
  it('reads no planning skill in a research, treatment or site plan', () => {
    expect(ids('Applications must include a CV, a list of publications and a research plan.')).toEqual([]);
    expect(ids('Patients get a diagnosis and treatment plan within one hour.')).toEqual([]);
    expect(ids('Mark the location on the site plan.')).toEqual([]);
  });

  it('still reads planning where the ad asks the candidate to plan', () => {
    expect(ids('You find it natural to structure and plan your work.')).toEqual(['plan']);
    expect(ids('Ability to plan ahead and stay calm.')).toEqual(['plan']);
  });

  it('reads no energy sector in a high level of energy, no teamwork in "in close collaboration with"', () => {
    expect(ids('A high level of energy and drive.')).toEqual([]);
    expect(ids('You will work in close collaboration with the sales team.')).toEqual([]);
    expect(ids('Strong collaboration skills.')).toEqual(['teamwork']);
  });

  it("reads no bachelor's degree in a high degree of ownership, nor beside a PhD or an MSc", () => {
    expect(ids('We expect a high degree of professionalism and ownership.')).toEqual([]);
    expect(ids('The scholarships for the PhD degree are subject to approval.')).toEqual(['phd']);
    expect(ids('MSc degree in biomedical engineering.')).toEqual(['masters-degree', 'biomedical-engineering']);
  });
});
