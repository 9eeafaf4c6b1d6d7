import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PostingRecord } from '@/lib/db/records';
import { courseSnapshot } from '@/lib/db/course-snapshot';
import { pageClient, testContext } from './context';

let ctx: ReturnType<typeof testContext>;
const send: ReturnType<typeof pageClient> = (type, payload) => pageClient(ctx)(type, payload);

beforeEach(() => {
  ctx = testContext();
});
afterEach(() => ctx.dispose());

function saved(id: string, title: string, status: PostingRecord['status'], skills: string[]): PostingRecord {
  return {
    id,
    site: 'greenhouse',
    jobId: id,
    url: `https://boards.greenhouse.io/cafe/jobs/${id}`,
    title,
    company: 'Blue Harbor Foods',
    location: null,
    skills: skills.map((s) => ({ id: s, requirement: 'required', years: null })),
    fit: null,
    saved: 1,
    status,
    history: [],
    notes: '',
    seenAt: 1,
    savedAt: 1,
    updatedAt: 1,
  };
}

describe('stacks.get', () => {
  it('leads from a food handler card added by hand to ServSafe Manager, unlocking the saved job still in play that needs it', async () => {
    expect((await send('stacks.get', {})).steps).toEqual([]);
    await ctx.db.postings.bulkPut([
      saved('1', 'Shift Lead', 'saved', ['food-safety', 'receive-kitchen-supplies']),
      saved('2', 'Kitchen Lead', 'rejected', ['receive-kitchen-supplies']),
      saved('3', 'Line Cook', 'applied', ['food-safety']),
    ]);
    await send('credentials.add', {
      title: 'Food Handler',
      earnedAt: Date.UTC(2026, 0, 5),
      skills: ['food-safety'],
      source: 'manual',
    });
    const { steps } = await send('stacks.get', {});
    const manager = steps.find((s) => s.course.id === 'cred:servsafe-manager')!;
    expect(steps[0]).toBe(manager);
    expect(manager.from).toEqual(['Food Handler']);
    expect(manager.unlocks).toEqual([{ id: '1', title: 'Shift Lead', company: 'Blue Harbor Foods' }]);
    expect(manager.skills.map((s) => s.id)).toEqual(['receive-kitchen-supplies']);

    // Added to the plan, it keeps its format: the plan lists it as a programme to enrol in.
    await send('learning.start', { course: courseSnapshot(manager.course) });
    const { items } = await send('learning.list', {});
    expect(items.map((i) => [i.courseId, i.course.format])).toEqual([['cred:servsafe-manager', 'blended']]);
  });
});
