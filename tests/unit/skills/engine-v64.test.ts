/**
 * Issue 10, sixty-fourth round: an offshore wind electrical engineer, a cell line scientist, a
 * supply chain planner, an operations consultant and a materials postdoc. GIS switchgear is no
 * map system, a transmission system operator no mechanical system, electrochemical testing no
 * software testing, lean methods no theorem prover, and a person named Elisa no assay. Sentences
 * written here (none taken from SkillSpan or captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const read = (text: string) => extractSkills(text).map((s) => s.id);
const asked = (line: string) => read(`Requirements:\n- ${line}`);
const task = (line: string) => read(`Your tasks:\n- ${line}`);

describe("an offshore wind engineer's tasks", () => {
  it('reads GIS switchgear, substations and factory acceptance tests', () => {
    expect(task('Specify GIS switchgear for HV substations')).toEqual(['gas-insulated-switchgear', 'substations']);
    expect(task('Take part in factory acceptance tests')).toEqual(['factory-acceptance-testing']);
  });

  it('reads the transmission system operators as no skill', () => {
    expect(task('Agree connection terms with the transmission system operators')).toEqual([]);
  });
});

describe("a cell line scientist's tasks", () => {
  it('reads transfection, cloning, fed-batch culture, Ambr, ELISA and Octet', () => {
    expect(task('Perform transfections and single cell cloning in CHO cells')).toEqual([
      'transfection',
      'cell-line-development',
      'cho-cells',
    ]);
    expect(task('Run fed-batch cultures in Ambr 15 bioreactors')).toEqual([
      'fed-batch-culture',
      'ambr-bioreactors',
      'bioreactors',
    ]);
    expect(task('Analyse titers using ELISA and Octet')).toEqual(['elisa-assays', 'bio-layer-interferometry']);
    expect(task('Support tech transfer of therapeutic antibodies')).toEqual([
      'technology-transfer',
      'monoclonal-antibodies',
    ]);
  });

  it('reads Elisa the colleague as no assay', () => {
    expect(read('Please contact Elisa with any questions about the role.')).toEqual([]);
  });
});

describe("a supply chain planner's tasks", () => {
  it('reads S&OP, safety stock and the SAP modules', () => {
    expect(task('Run the monthly S&OP process and set safety stock levels')).toEqual(['s-and-op', 'safety-stock']);
    expect(asked('Experience with SAP PP/MM')).toEqual(['sap-pp', 'sap-mm']);
  });
});

describe("an operations consultant's tasks", () => {
  it('reads workshops, proposals and lean initiatives', () => {
    expect(task('Facilitate workshops and contribute to proposals')).toEqual([
      'workshop-facilitation',
      'proposal-writing',
    ]);
    expect(task('Drive lean initiatives across the sites')).toEqual(['lean-manufacturing']);
  });
});

describe("a materials postdoc's project", () => {
  it('reads electrochemical testing as no software testing, and GPAW', () => {
    expect(task('Collaborate on X-ray diffraction and electrochemical testing')).toEqual([
      'x-ray-crystallography',
      'electrochemical-testing',
    ]);
    expect(asked('Experience with VASP or GPAW')).toEqual(['vienna-ab-initio-simulation-package-vasp', 'gpaw']);
  });
});
