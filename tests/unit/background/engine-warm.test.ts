import { describe, expect, it } from 'vitest';
import { Engine } from '@/lib/background/engine';

const TEXT = 'Data Analyst\nRequirements: SQL and Microsoft Excel. Python is a plus.';
const PROFILE = [
  { id: 'sql', level: 3 },
  { id: 'python', level: 4 },
];

describe('Engine.warm', () => {
  it('builds ahead what the first score needs, and scores exactly as an engine that did not warm', () => {
    const warmed = new Engine();
    warmed.warm();
    warmed.warm();
    const cold = new Engine();
    const skills = warmed.extract(TEXT);
    expect(skills.map((s) => s.id)).toEqual(cold.extract(TEXT).map((s) => s.id));
    expect(skills.length).toBeGreaterThan(1);
    expect(warmed.fit(skills, PROFILE)).toEqual(cold.fit(cold.extract(TEXT), PROFILE));
    expect(warmed.fit(skills, PROFILE)?.score).toBeGreaterThan(0);
  });
});
