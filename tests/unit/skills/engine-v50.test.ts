/**
 * Issue 10, fiftieth round: a hotel receptionist, a recruitment consultant, an estate agent, a Go
 * backend engineer and a physiotherapist. Taking payments and balancing the float; screening CVs,
 * first interviews and negotiating offers (an offer word after such a verb is a task, not a perk
 * the company offers); viewings, sales progression, valuations, Rightmove, Zoopla and Reapit;
 * "Go with gRPC" is Go, Protocol Buffers, reviewing code; HCPC, MSK and exercise programmes.
 * Sentences written here (none taken from SkillSpan or captured pages), with the exact skills
 * expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const asked = (line: string) => extractSkills(`Requirements:\n- ${line}`).map((s) => s.id);

describe("a hotel receptionist's asks", () => {
  it('reads taking payments and balancing the float as cash handling', () => {
    expect(asked('Take payments and balance the float at the end of each shift')).toEqual(['cash-handling']);
  });
});

describe("a recruitment consultant's asks", () => {
  it('reads screening CVs, first interviews and negotiating offers', () => {
    expect(asked('Screen CVs, run first interviews and negotiate offers')).toEqual([
      'cv-screening',
      'candidate-interviewing',
      'negotiation',
    ]);
  });
});

describe("an estate agent's asks", () => {
  it('reads viewings, sales progression, valuations and the property portals', () => {
    expect(asked('Conduct viewings, negotiate offers and progress sales to completion')).toEqual([
      'property-viewings',
      'negotiation',
      'sales-progression',
    ]);
    expect(asked('Book market appraisals; Rightmove, Zoopla and Reapit')).toEqual([
      'property-valuation',
      'rightmove',
      'zoopla',
      'reapit',
    ]);
  });
});

describe("a Go engineer's asks", () => {
  it('reads Go before "with", Protocol Buffers and reviewing code', () => {
    expect(asked('Build services in Go with gRPC and Protocol Buffers')).toEqual(['go', 'grpc', 'protocol-buffers']);
    expect(asked('Review code and pair with other engineers')).toEqual(['code-review']);
  });

  it('still reads no Go in "go the extra mile"', () => {
    expect(asked('Ready to go the extra mile for customers')).toEqual([]);
  });
});

describe("a physiotherapist's asks", () => {
  it('reads HCPC registration, MSK and exercise programmes', () => {
    expect(asked('HCPC registered with MSK experience; set home exercise programmes')).toEqual([
      'hcpc-registration',
      'musculoskeletal-care',
      'exercise-therapy',
    ]);
  });
});
