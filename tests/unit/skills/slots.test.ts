/**
 * Issue 10: skills the taxonomy lacks, read from where ads name a skill (lib/skills/slots.ts).
 * Sentences written here (none taken from SkillSpan or captured pages), with the exact output.
 */
import { describe, expect, it } from 'vitest';
import { customSkillId, extractSkills } from '../../../lib/skills/index';

const read = (text: string) => extractSkills(text).map((s) => [s.id, s.name, s.mentions.map((m) => m.text)]);
const ids = (text: string) => extractSkills(text).map((s) => s.id);

describe('a phrase in a skill slot', () => {
  it('is a skill even when the taxonomy lacks it, named as written', () => {
    expect(read('You have experience in zeolite membranes.')).toEqual([
      ['custom:zeolite-membranes', 'zeolite membranes', ['zeolite membranes']],
    ]);
    expect(ids('A PhD in tidal turbine moorings is required.')).toEqual(['phd', 'custom:tidal-turbine-moorings']);
    expect(ids('Knowledge of Zorblax is a plus.')).toEqual(['custom:zorblax']);
  });

  it('has the id a custom skill of that name gets, so a user can hold it', () => {
    expect(ids('Solid background in paleoclimate proxies')).toEqual([customSkillId('paleoclimate proxies')]);
  });

  it('steps over determiners and qualifiers and stops at a function word or a cue', () => {
    expect(ids('Strong knowledge of the Flubber framework for our pipelines.')).toEqual(['custom:flubber-framework']);
    expect(ids('Experience with wafer dicing preferred.')).toEqual(['custom:wafer-dicing']);
    expect(ids('Experience with wafer dicing and Python.')).toEqual(['custom:wafer-dicing', 'python']);
  });

  it('keeps the requirement of its clause', () => {
    const [skill] = extractSkills('Nice to have: experience in wafer dicing.');
    expect([skill?.id, skill?.requirement]).toEqual(['custom:wafer-dicing', 'preferred']);
  });
});

describe('no phrase is read', () => {
  it('from one lower-case word: a general noun, an adverb or the head of a cut phrase', () => {
    expect(ids('Knowledge of our products and services.')).toEqual([]);
    expect(ids('Experience in building, from the ground up.')).toEqual([]);
    expect(ids('Proven experience with others in a busy kitchen.')).toEqual([]);
    // One word written as a name still is one.
    expect(ids('Working knowledge of FASB and experience with Zorblax.')).toEqual(['custom:fasb', 'custom:zorblax']);
  });

  it('where a known skill stands in the slot', () => {
    expect(ids('Experience in project management is required.')).toEqual(['project-management']);
  });

  it('where the phrase is a placeholder for a skill', () => {
    expect(ids('A degree in a related field.')).toEqual([]);
    expect(ids('Experience in a similar role is a plus.')).toEqual([]);
    expect(ids('Knowledge of the following areas:')).toEqual([]);
  });

  it('where a modifier and its twin qualify the known skill after them', () => {
    expect(ids('Experience in residential and commercial electrical wiring.')).toEqual(['electrical-wiring']);
  });

  it('where the slot noun belongs to a known skill ("communication skills with patients")', () => {
    expect(ids('Strong communication skills with patients and families.')).toEqual(['communication']);
  });

  it('outside English', () => {
    expect(ids('Experiencia en epitaxia de haces moleculares.')).toEqual([]);
  });
});

describe('a product name between two known ones in a list', () => {
  it('is a tool the taxonomy lacks', () => {
    expect(ids('We use Python, Zorbla or SQL daily.')).toEqual(['python', 'custom:zorbla', 'sql']);
    expect(ids('Stack: Java, Quuxly 2, Kotlin')).toEqual(['java', 'custom:quuxly-2', 'kotlin']);
  });

  it('needs a known tool on each side and a name written as one', () => {
    expect(ids('We use Python, Zorbla and more.')).toEqual(['python']);
    expect(ids('Python, then SQL.')).toEqual(['python', 'sql']);
    expect(ids('Python, sometimes SQL.')).toEqual(['python', 'sql']);
  });
});
