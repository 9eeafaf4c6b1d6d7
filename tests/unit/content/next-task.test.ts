import { describe, expect, it } from 'vitest';
import { nextTask } from '@/lib/content/next-task';

describe('nextTask', () => {
  it('resolves in a later task: every microtask of the current one runs first', async () => {
    const order: string[] = [];
    const next = nextTask().then(() => order.push('next task'));
    queueMicrotask(() => {
      order.push('microtask');
      queueMicrotask(() => order.push('microtask it queued'));
    });
    await next;
    expect(order).toEqual(['microtask', 'microtask it queued', 'next task']);
  });
});
