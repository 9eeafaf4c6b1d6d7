/**
 * Issue 10, thirty-eighth round: a power trader and a logistics coordinator. "Trading strategies"
 * had been read as ESCO's trade sector policies; market risk, fundamental analysis, commodity
 * trading; export documentation (not documentation alone), transport planning, claims handling.
 * Sentences written here (none taken from SkillSpan or captured pages), with the exact skills
 * expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const read = (text: string) => extractSkills(text).map((s) => s.id);
const asked = (line: string) => read(`Requirements:\n- ${line}`);

describe("a trading desk's asks", () => {
  it('reads trading strategies as trading, not trade policy', () => {
    expect(asked('Develop trading strategies based on fundamental analysis')).toEqual([
      'trading-strategies',
      'fundamental-analysis',
    ]);
  });

  it('reads market risk and commodity trading', () => {
    expect(asked('Monitor positions and manage market risk')).toEqual(['market-risk']);
    expect(asked('Experience with commodity trading or intraday trading')).toEqual(['commodity-trading']);
  });
});

describe("a logistics coordinator's asks", () => {
  it('reads export documentation as its own skill, not documentation', () => {
    expect(asked('Experience with Incoterms and export documentation')).toEqual(['incoterms', 'export-documentation']);
  });

  it('reads claims handling and transport planning', () => {
    expect(asked('Following up on deliveries and handling claims')).toEqual(['follow-up', 'claims-handling']);
    expect(asked('Transport planning with our carriers')).toEqual(['transport-planning']);
  });
});
