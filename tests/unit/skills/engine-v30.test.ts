/**
 * Issue 10, thirtieth round: research posts, offshore structural engineering, a pharma QC lab and
 * an SAP finance consultancy, written as a mixed job board carries them (a department naming the
 * post, an application procedure, calculations and photos that named unrelated skills, "civil or
 * structural engineering", Eurocodes, DNV, SACS, ANSYS, SAP FI/CO, environmental monitoring,
 * endotoxin and bioburden testing).
 * Sentences written here (none taken from SkillSpan or captured pages), with the exact skills
 * expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const asked = (line: string) => extractSkills(`Requirements:\n- ${line}`).map((s) => s.id);

describe('research posts and their institutions', () => {
  it('reads no field from the name of a department, a chair or a centre', () => {
    expect(asked('The Department of Biology invites applications for a PhD scholarship.')).toEqual([]);
    expect(asked('The Chair of Pharmaceutical Technology is well known.')).toEqual([]);
    expect(asked('The Centre for Data Science hosts the project.')).toEqual([]);
  });

  it('still reads the field where the ad asks for it', () => {
    expect(asked('Knowledge of biology and ecology.')).toEqual(['biology', 'ecology']);
  });

  it('reads no skill from the application procedure', () => {
    const ad =
      "Qualifications\nA master's degree in biology.\nApplication procedure\nThe application must include a CV.";
    expect(extractSkills(ad).map((s) => s.id)).toEqual(['masters-degree', 'biology']);
  });
});

describe('words that named unrelated skills', () => {
  it('reads no geometry from calculations, no image tool from a photo', () => {
    expect(asked('Fatigue calculations to DNV standards.')).toEqual(['dnv-standards']);
    expect(asked('Experience with photo editing in Photoshop.')).toEqual(['custom:photo-editing', 'adobe-photoshop']);
  });
});

describe('offshore structures, QC labs and SAP finance', () => {
  it('reads civil and structural engineering from one coordination', () => {
    expect(asked('MSc in civil or structural engineering.')).toEqual([
      'masters-degree',
      'civil-engineering',
      'structural-engineering',
    ]);
  });

  it("reads a structural engineer's codes and software", () => {
    expect(asked('Structural analysis to Eurocodes and DNV standards in SACS or ANSYS.')).toEqual([
      'structural-analysis',
      'eurocodes',
      'dnv-standards',
      'sacs',
      'ansys',
    ]);
  });

  it('reads SAP FI and SAP CO from "SAP FI/CO"', () => {
    expect(asked('5+ years of SAP FI/CO.')).toEqual(['sap-fi', 'sap-co']);
  });

  it("reads a QC microbiology lab's tests, none of them software testing", () => {
    expect(asked('Environmental monitoring, endotoxin testing and bioburden analysis.')).toEqual([
      'environmental-monitoring',
      'endotoxin-testing',
      'bioburden-testing',
    ]);
  });
});
