/**
 * Issue 10, fifth round: products named by ordinary words, and one-word phrases learnt from the
 * SkillSpan train split. Sentences written here (none taken from SkillSpan or captured pages),
 * with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);

describe('products named by ordinary words', () => {
  it('reads such a product only as its name is written', () => {
    // O*NET's "After the Deadline" and "Amazing Charts": niche products whose words are prose.
    expect(ids('Applications received after the deadline are not read.')).toEqual([]);
    // (proofreading itself is a skill too: engine-v21.test.ts)
    expect(ids('Proofread every draft with After the Deadline.')).toEqual(['proofreading', 'after-the-deadline']);
    expect(ids('Our amazing charts show the growth of the team.')).toEqual([]);
    expect(ids('We chart results in Amazing Charts.')).toEqual(['amazing-charts']);
  });

  it('still reads well-known products in lower case', () => {
    expect(ids('Stack: apache spark, react native and visual studio.')).toEqual([
      'apache-spark',
      'react-native',
      'visual-studio',
    ]);
  });
});

describe('one-word phrases learnt from the train split', () => {
  it('counts a lower-case word only where the text talks about skills', () => {
    expect(ids('R&D engineers prototype in Python and MATLAB.')).toEqual(['python', 'matlab']);
    expect(ids('Build a prototype quickly.')).toEqual([]);
    expect(ids('Experience with a prototype is required.')).toEqual(['prototype']);
  });
});

describe('noun compounds of ESCO verb phrases', () => {
  it('reads the compound an ad writes as the concept ESCO names with a verb', () => {
    // ESCO "schedule shifts", "handle customer complaints": ads write "shift scheduling". (ESCO's
    // "supervise staff" is now the curated Staff supervision, which keeps its labels.)
    expect(ids('Requirements: staff supervision and shift scheduling.')).toEqual([
      'staff-supervision',
      'schedule-shifts',
    ]);
    const [complaints] = extractSkills('Requirements: customer complaint handling.');
    expect(complaints?.id).toBe('handle-customer-complaints');
    expect(complaints?.mentions.map((m) => m.text)).toEqual(['customer complaint handling']);
  });
});

describe("a job board's header on one line", () => {
  it('reads the industry before a "Company size:" label, and still no field before a team', () => {
    expect(ids('Job type: Full-time Industry: Financial Services Company size: 200 people Stack: java')).toEqual([
      'financial-services',
      'java',
    ]);
    // A team noun that starts no label, or starts one in Title Case or of one word, stays a team.
    expect(ids('You join our Agile team of eight.')).toEqual([]);
    expect(ids('Join our Agile Team: we ship weekly.')).toEqual([]);
    expect(ids('Join our Agile Team Lead: Anna.')).toEqual([]);
  });
});
