/**
 * Issue 10, twenty-fifth round: what chemists, mechanical and medical-device engineers and ship
 * superintendents ask (NMR, crystallisation, scale-up, ELN, tolerance analysis, DFM, sheet metal,
 * IEC 62304, ISO 13485 and 14971, V&V, traceability, Polarion, STCW, the ISM Code, planned
 * maintenance, dry docking, naval architecture); and a dry dock that is no DRY principle.
 * Sentences written here (none taken from SkillSpan or captured pages), with the exact skills
 * expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);

describe('labs, design offices and ships', () => {
  it("reads a process chemist's methods and notebook", () => {
    expect(
      ids(
        'Requirements:\n- NMR, HPLC and crystallisation; process scale-up to pilot plant\n- Electronic lab notebook (ELN)',
      ),
    ).toEqual([
      'nmr-spectroscopy',
      'high-performance-liquid-chromatography',
      'crystallisation',
      'process-scale-up',
      'electronic-lab-notebook',
    ]);
  });

  it("reads a mechanical designer's tolerance analysis, DFM and sheet metal", () => {
    expect(ids('Requirements:\n- Tolerance analysis, design for manufacturing (DFM) and sheet metal')).toEqual([
      'tolerance-analysis',
      'design-for-manufacturing',
      'sheet-metal-design',
    ]);
  });

  it("reads a medical-device tester's standards, V&V, traceability and Polarion", () => {
    expect(
      ids(
        'Requirements:\n- IEC 62304, ISO 13485 and ISO 14971\n' +
          '- Verification and validation (V&V), requirements traceability in Polarion',
      ),
    ).toEqual([
      'iec-62304',
      'iso-13485',
      'iso-14971',
      'verification-and-validation',
      'requirements-traceability',
      'polarion',
    ]);
  });

  it("reads a marine superintendent's certificates, maintenance and dry docking", () => {
    expect(
      ids(
        'Requirements:\n- STCW certificate and knowledge of the ISM Code\n' +
          '- Planned maintenance and dry docking experience\n- Degree in naval architecture',
      ),
    ).toEqual(['stcw', 'ism-code', 'preventive-maintenance', 'dry-docking', 'bachelors-degree', 'naval-architecture']);
  });

  it('reads DRY only as a principle in capitals beside others', () => {
    expect(ids('Experience with SOLID, DRY and KISS principles in Java.')).toEqual(['dry', 'kiss', 'java']);
    expect(ids('Requirements:\n- Store goods in a dry place')).not.toContain('dry');
  });
});
