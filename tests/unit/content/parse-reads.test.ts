import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ParseReads, QUIET_MS } from '@/lib/content/parse-reads';

/** A page being parsed: reads that end when the test says, a budget and a parsed flag it sets. */
function parsingPage() {
  const reads: { overBudget: boolean; end: () => void; fail: (e: Error) => void }[] = [];
  const state = { budget: true, parsed: false };
  const schedule = new ParseReads({
    read: (overBudget) =>
      new Promise<void>((end, fail) => {
        reads.push({ overBudget, end, fail });
      }),
    hasBudget: () => state.budget,
    parsed: () => state.parsed,
    setTimeout: (callback, ms) => setTimeout(callback, ms) as unknown as number,
    clearTimeout: (id) => clearTimeout(id),
  });
  /** Lets the ended read's handlers run. */
  const settle = () => vi.advanceTimersByTimeAsync(0);
  return { reads, state, schedule, settle };
}

describe('ParseReads', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads at each piece, one read at a time; a piece parsed during a read is read once it ends', async () => {
    const { reads, schedule, settle } = parsingPage();
    schedule.added();
    expect(reads).toHaveLength(1);
    // Two more pieces while the first read runs, then the parser waits for a slow script.
    schedule.added();
    schedule.added();
    expect(reads).toHaveLength(1);
    reads[0]!.end();
    await settle();
    expect(reads.map((r) => r.overBudget)).toEqual([false, false]);
    // Nothing was added during the second read: no third.
    reads[1]!.end();
    await settle();
    await vi.advanceTimersByTimeAsync(QUIET_MS * 4);
    expect(reads).toHaveLength(2);
  });

  it('with the budget spent, reads only once the parser has been quiet for QUIET_MS', async () => {
    const { reads, state, schedule } = parsingPage();
    state.budget = false;
    schedule.added();
    await vi.advanceTimersByTimeAsync(QUIET_MS - 50);
    schedule.added();
    await vi.advanceTimersByTimeAsync(QUIET_MS - 50);
    // Each piece put the quiet read off.
    expect(reads).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(50);
    expect(reads.map((r) => r.overBudget)).toEqual([true]);
  });

  it('a read that spends the budget leaves the pieces parsed during it to a quiet read', async () => {
    const { reads, state, schedule, settle } = parsingPage();
    schedule.added();
    schedule.added();
    state.budget = false;
    reads[0]!.end();
    await settle();
    expect(reads).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(reads.map((r) => r.overBudget)).toEqual([false, true]);
  });

  it('a failed read does not stop the next ones', async () => {
    const { reads, schedule, settle } = parsingPage();
    schedule.added();
    schedule.added();
    reads[0]!.fail(new Error('the page threw'));
    await settle();
    expect(reads).toHaveLength(2);
  });

  it('nothing is read once the document is parsed or the schedule stopped, and no quiet read is left', async () => {
    const { reads, state, schedule, settle } = parsingPage();
    schedule.added();
    schedule.added();
    state.parsed = true;
    reads[0]!.end();
    await settle();
    schedule.added();
    expect(reads).toHaveLength(1);

    const other = parsingPage();
    other.state.budget = false;
    other.schedule.added();
    other.schedule.stop();
    await vi.advanceTimersByTimeAsync(QUIET_MS * 2);
    other.schedule.added();
    await vi.advanceTimersByTimeAsync(QUIET_MS * 2);
    expect(other.reads).toHaveLength(0);
  });
});
