/**
 * Issue 10, thirty-fifth round: university and research posts. The fields they ask a "background
 * in" (hydrology, structural biology, labour economics, number theory, genomics…) and their
 * methods (qualitative methods, register data, survival analysis, randomised controlled trials);
 * "Applicants should know…" is an ask, not how to apply; "work independently and in a team" asks
 * for teamwork too.
 * Sentences written here (none taken from SkillSpan or captured pages), with the exact skills
 * expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const read = (text: string) => extractSkills(text).map((s) => s.id);
const asked = (line: string) => read(`Requirements:\n- ${line}`);

describe('the fields and methods research posts ask for', () => {
  it('reads natural-science fields by their own names, not the broad science alone', () => {
    expect(
      read('You hold a PhD in hydrology or atmospheric science and have experience with climate modelling.'),
    ).toEqual(['phd', 'hydrology', 'atmospheric-science', 'climate-modelling']);
    expect(read('A background in cell biology or neuroscience; experience with fMRI is a plus.')).toEqual([
      'cell-biology',
      'neuroscience',
      'fmri',
    ]);
    expect(read('Experience with genomics, transcriptomics or proteomics data is required.')).toEqual([
      'genomics',
      'transcriptomics',
      'proteomics',
    ]);
    expect(asked('Structural biology and protein purification')).toEqual([
      'structural-biology',
      'protein-purification',
    ]);
  });

  it('reads social-science fields and their methods', () => {
    expect(
      read('Experience with qualitative methods such as ethnography or discourse analysis is an advantage.'),
    ).toEqual(['qualitative-research', 'ethnography', 'discourse-analysis']);
    expect(
      read(
        'The ideal candidate has a background in labour economics or health economics and has worked with register data.',
      ),
    ).toEqual(['labour-economics', 'health-economics', 'register-based-research']);
    expect(
      read("You have a master's degree in public administration, public policy or international relations."),
    ).toEqual(['masters-degree', 'public-administration', 'public-policy', 'international-relations']);
  });

  it('reads mathematics and operations research', () => {
    expect(asked('Number theory, algebraic geometry and combinatorics')).toEqual([
      'number-theory',
      'algebraic-geometry',
      'combinatorics',
    ]);
    expect(
      read('You know operations research and mathematical optimisation, and you write grant applications.'),
    ).toEqual(['operations-research', 'mathematical-optimisation', 'grant-writing']);
  });

  it('reads energy technologies', () => {
    expect(read('Knowledge of fuel cells, battery technology or Power-to-X is an advantage.')).toEqual([
      'fuel-cells',
      'battery-technology',
      'power-to-x',
    ]);
  });
});

describe('who an ask is put to', () => {
  it('reads "Applicants should/must …" as an ask', () => {
    expect(read('Applicants should know Python.')).toEqual(['python']);
    expect(read('Applicants should master survival analysis, meta-analysis and randomised controlled trials.')).toEqual(
      ['survival-analysis', 'meta-analysis', 'randomised-controlled-trials'],
    );
  });

  it('still reads how to apply as no ask', () => {
    expect(read('Applicants must submit a CV and transcripts in English.')).toEqual([]);
    expect(read('Applicants will be notified by email.')).toEqual([]);
  });
});

describe('working independently and in a team', () => {
  it('reads teamwork from the second part of the coordination', () => {
    expect(read('You are able to work independently and in a team.')).toEqual(['work-independently', 'teamwork']);
    expect(read('You are able to work independently as well as in a team.')).toEqual([
      'work-independently',
      'teamwork',
    ]);
    expect(read('You are able to work both independently and as part of a team.')).toEqual([
      'work-independently',
      'teamwork',
    ]);
  });

  it('still shares first words one word long, also across "as well as"', () => {
    expect(asked('Accounts payable and receivable')).toEqual(['accounts-payable', 'accounts-receivable']);
    expect(asked('Accounts payable as well as receivable')).toEqual(['accounts-payable', 'accounts-receivable']);
  });
});
