import { describe, expect, it } from 'vitest';
import { costSentence, planTotals, timeSentence, whyCourse } from '../../../lib/dashboard/plan';
import type { Recommendation } from '../../../lib/courses/schema';
import type { Res } from '../../../lib/messaging/protocol';

const rec = (
  id: string,
  minutes: number | null,
  cost: Recommendation['course']['cost'],
  source = 'curated',
): Recommendation =>
  ({
    course: {
      id,
      title: id,
      provider: 'P',
      url: 'https://example.org/',
      skills: ['sql'],
      minutes,
      level: null,
      cost,
      credential: 'none',
      source,
    },
    closes: source === 'search' ? [] : ['sql'],
    projectedScore: 50,
  }) as unknown as Recommendation;

describe('plan totals', () => {
  it('adds the known hours and costs of real courses only, and says what it could not count', () => {
    const t = planTotals([
      rec('a', 90, 'free'),
      rec('b', null, 'paid'),
      rec('c', 30, 'free-audit'),
      rec('s', null, 'free', 'search'),
    ]);
    expect(t).toMatchObject({ courses: 3, minutes: 120, unknownLength: 1, free: 1, freeAudit: 1, paid: 1 });
    expect(timeSentence(t)).toBe('2 h in all (plus 1 self-paced course with no length given).');
    expect(costSentence(t)).toBe('1 free, 1 free to audit, 1 paid (the provider gives the price).');
    expect(timeSentence(planTotals([rec('s', null, 'free', 'search')]))).toBe('');
  });

  it('says why a course is there: its gaps and the jobs that ask for them', () => {
    const plan = {
      why: [{ courseId: 'a', gaps: [{ id: 'sql', name: 'SQL' }], jobs: ['j1', 'j2', 'j3', 'j4'] }],
      jobs: ['j1', 'j2', 'j3', 'j4'].map((id, i) => ({
        id,
        title: `Job ${i + 1}`,
        company: i ? null : 'Acme',
        status: 'saved',
        fit: 50,
        excluded: false,
      })),
    } as unknown as Res<'plan.get'>;
    expect(whyCourse(plan, 'a')).toBe('Closes SQL, asked for by Job 1 (Acme), Job 2, Job 3 and 1 more.');
    expect(whyCourse(plan, 'zzz')).toBe('');
  });
});
