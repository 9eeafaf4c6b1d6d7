import { describe, expect, it } from 'vitest';
import {
  cleanTitle,
  cleanTopic,
  parseHoursPerWeek,
  parseWeeks,
  providerFor,
  titleMinutes,
} from '../../../scripts/courses/sources';
import { SkillMapper } from '../../../scripts/courses/skills';
import type { PostingSkill, Skill, Taxonomy } from '../../../lib/skills/index';

describe('course source helpers', () => {
  it('parses OSSU durations and efforts', () => {
    expect(parseWeeks('13 weeks')).toBe(13);
    expect(parseWeeks('10-12 weeks')).toBe(11);
    expect(parseWeeks('6 months')).toBe(26);
    expect(parseWeeks('-')).toBeNull();
    expect(parseHoursPerWeek('6-10 hours/week')).toBe(8);
    expect(parseHoursPerWeek('4–12 hours/week')).toBe(8);
    expect(parseHoursPerWeek('5 hours/week')).toBe(5);
    expect(parseHoursPerWeek('-')).toBeNull();
  });

  it('reads a length stated in a title, and nothing else', () => {
    expect(titleMinutes('Learn C++ in 1 Hour')).toBe(60);
    expect(titleMinutes('Python in 80 minutes')).toBe(80);
    expect(titleMinutes('Full Stack Web3 Development with JavaScript – 32-Hour Course')).toBe(32 * 60);
    expect(titleMinutes('C# Programming All-in-One Tutorial Series (6 HOURS!)')).toBe(360);
    expect(titleMinutes('100 Days of Code')).toBeNull();
    expect(titleMinutes('CS50 2023')).toBeNull();
  });

  it('removes markdown escapes from titles', () => {
    expect(cleanTitle('Docker Tutorial for Beginners \\[FULL COURSE in 3 Hours\\]')).toBe(
      'Docker Tutorial for Beginners [FULL COURSE in 3 Hours]',
    );
    expect(cleanTitle('Docker Tutorial Videos \\| DevOps Tool')).toBe('Docker Tutorial Videos | DevOps Tool');
  });

  it('cleans headings and names providers by host', () => {
    expect(cleanTopic('<a id="cpp"></a>C++')).toBe('C++');
    expect(cleanTopic('<a id="csharp"></a>C\\#')).toBe('C#');
    expect(providerFor('https://www.youtube.com/playlist?list=x')).toBe('YouTube');
    expect(providerFor('https://example.edu/course')).toBe('example.edu');
  });
});

describe('SkillMapper', () => {
  const skills: Skill[] = ['html', 'css', 'bash', 'shell-scripting', 'postgresql', 'python', 'tutorial', 'scratch'].map(
    (id) => ({
      id,
      name: id === 'shell-scripting' ? 'shell scripting' : id,
      kind: 'tool',
      aliases: [],
      implies: [],
      related: [],
    }),
  );
  const taxonomy: Taxonomy = {
    size: skills.length,
    get: (id) => skills.find((s) => s.id === id),
    resolve: (n) => skills.find((s) => s.name === n.toLowerCase()),
    suggest: () => [],
    all: () => skills,
  };
  // A stand-in extractor: finds skill names as whole words.
  const extract = (text: string): PostingSkill[] =>
    skills
      .filter((s) => new RegExp(`\\b${s.name}\\b`, 'i').test(text))
      .map((s) => {
        const start = text.toLowerCase().indexOf(s.name);
        return {
          id: s.id,
          name: s.name,
          requirement: 'unspecified',
          years: null,
          mentions: [{ start, end: start + s.name.length, text: text.slice(start, start + s.name.length) }],
        };
      });

  it('maps headings through overrides, exact names, parts and extraction', () => {
    const m = new SkillMapper(taxonomy, extract);
    expect(m.topicSkills('HTML and CSS')).toEqual(['html', 'css']);
    expect(m.topicSkills('Python')).toEqual(['python']);
    expect(m.topicSkills('Bash / Shell')).toEqual(['bash', 'shell-scripting']);
    expect(m.topicSkills('Python & Friends')).toEqual(['python']);
    expect(m.topicSkills('Basket weaving')).toEqual([]);
    expect([...m.unresolved]).toEqual(['topic: Basket weaving']);
    expect(m.titleSkills('Intro to PostgreSQL with Python')).toEqual(['postgresql', 'python']);
    // Course-format words are not skills taught, even when the taxonomy has them.
    expect(m.titleSkills('Python Tutorial')).toEqual(['python']);
    expect(m.titleSkills('Learn Python from Scratch')).toEqual(['python']);
    expect(m.titleSkills('Scratch for kids')).toEqual(['scratch']);
  });

  it('keeps listed ids the taxonomy has, as their current id, and records the lost ones', () => {
    // 'postgres' stands for the old id of a skill merged into 'postgresql'.
    const merged: Taxonomy = { ...taxonomy, get: (id) => taxonomy.get(id === 'postgres' ? 'postgresql' : id) };
    const m = new SkillMapper(merged, extract);
    expect(m.knownIds(['python', 'postgres', 'cobol'])).toEqual(['python', 'postgresql']);
    expect([...m.unresolved]).toEqual(['id: cobol']);
  });
});
