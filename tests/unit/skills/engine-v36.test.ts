/**
 * Issue 10, thirty-sixth round: a computational-chemistry postdoc and a wind-turbine service
 * technician. A name the taxonomy has, read in a skill slot where the context rules had turned it
 * down, is the taxonomy's skill (not a custom skill of the same name a user holding it would not
 * match); lead-in lines such as "We expect you to have:" head an asks list; "in the fields of"
 * talks about skills; simulation codes, HPC, hydraulic and electrical systems, renewable energy.
 * Sentences written here (none taken from SkillSpan or captured pages), with the exact skills
 * expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const read = (text: string) => extractSkills(text).map((s) => s.id);

describe('a name in a skill slot', () => {
  it("is the taxonomy's skill when the taxonomy spells it, not a custom one", () => {
    expect(
      read('You hold a degree within a relevant subject, e.g.:\nChemical Engineering, Mechanical Engineering or HSE.'),
    ).toEqual(['chemical-engineering', 'mechanical-engineering', 'hse']);
  });

  it('is still a custom skill when the taxonomy lacks it', () => {
    expect(read('You have experience in zeolite membranes.')).toEqual(['custom:zeolite-membranes']);
  });
});

describe('lead-in lines and fields', () => {
  it('reads the lines after "We expect you to have:" and "To be considered, you need:" as asks', () => {
    expect(read('We expect you to have:\nlabour law\nrisk management')).toEqual(['labour-law', 'risk-management']);
    expect(read('To be considered, you need:\n- labour law\n- contract management')).toEqual([
      'labour-law',
      'manage-contracts',
    ]);
  });

  it('reads the fields a post is open to', () => {
    expect(
      read('The position is open to candidates in the fields of public health, social and political sciences.'),
    ).toEqual(['public-health', 'social-sciences', 'political-science']);
  });
});

describe('simulation, service and energy vocabulary', () => {
  it('reads DFT calculations, simulation codes and HPC', () => {
    expect(
      read(
        'You have hands-on experience with DFT calculations in VASP, GROMACS or LAMMPS and with high-performance computing.',
      ),
    ).toEqual([
      'density-functional-theory',
      'vienna-ab-initio-simulation-package-vasp',
      'gromacs',
      'lammps',
      'high-performance-computing',
    ]);
  });

  it('reads each system of "electrical, hydraulic and mechanical systems"', () => {
    expect(read('Your tasks:\n- Troubleshooting of electrical, hydraulic and mechanical systems')).toEqual([
      'problem-solving',
      'electrical-systems',
      'hydraulics',
      'mechanical-systems',
    ]);
  });

  it('reads renewable energy as the field, not energy alone', () => {
    expect(read('Are you a skilled electrician who wants to work with renewable energy?')).toEqual([
      'renewable-energy-technologies',
    ]);
  });
});
