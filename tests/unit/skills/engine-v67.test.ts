/**
 * Issue 10, sixty-seventh round: "driving" with an object that is no vehicle is a manager's verb
 * ("driving a culture of learning"), with a vehicle it is the skill ("driving a 7.5 tonne
 * lorry"); hackathons and a personal development budget are perks, read as skills only where
 * the text talks about skills. Sentences written here (none taken from
 * SkillSpan or captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const read = (text: string) => extractSkills(text).map((s) => s.id);

describe('driving and its object', () => {
  it('reads no driving in a manager\'s "driving a transformation" or "driving our strategy"', () => {
    const posting = [
      'Head of Operations',
      'Responsibilities:',
      '- Driving a multi-year transformation of our warehouses',
      '- Driving our strategy with the leadership team',
    ].join('\n');
    expect(read(posting)).not.toContain('driving');
  });

  it('reads driving with a vehicle after the determiner, over numbers', () => {
    expect(read('Responsibilities:\n- Driving a 7.5 tonne lorry on local routes')).toContain('driving');
    expect(read('Responsibilities:\n- Driving the vans safely')).toContain('driving');
  });

  it('reads driving without a determiner as before', () => {
    expect(read('Requirements:\n- Enjoy driving\n- Driving in all weathers')).toEqual(['driving']);
  });
});

describe('perks named like skills', () => {
  it('reads no hackathon or personal development in a sentence about the company', () => {
    expect(read('Join regular hackathons and enjoy a personal development budget.')).toEqual([]);
  });

  it('reads them where the text asks for them', () => {
    expect(
      read('Requirements:\n- Experience organising hackathons\n- Knowledge of personal development methods'),
    ).toEqual(['hackathon', 'personal-development']);
  });
});
