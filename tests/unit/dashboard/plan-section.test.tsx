import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PlanSection } from '@/entrypoints/dashboard/sections/PlanSection';
import type { Guard } from '@/entrypoints/dashboard/guard';
import type { Res } from '@/lib/messaging/protocol';

vi.mock('@/lib/messaging/runtime', () => ({ send: vi.fn() }));
const { send } = await import('@/lib/messaging/runtime');

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'document');
  vi.mocked(send).mockReset();
});

const plan: Res<'plan.get'> = {
  recommendations: [],
  gaps: [],
  currentAverage: 41,
  projectedAverage: 41,
  postings: 2,
  statuses: ['saved'],
  jobs: [],
  why: [],
};

/** The background as the plan sees it, with `stacks.get` answering as given. */
function background(stacks: () => Promise<unknown>) {
  vi.mocked(send).mockImplementation(((type: string) => {
    if (type === 'plan.get') return Promise.resolve(plan);
    if (type === 'learning.list') return Promise.resolve({ items: [] });
    if (type === 'profile.get') return Promise.resolve({ skills: [{ id: 'sql' }] });
    if (type === 'stacks.get') return stacks();
    return Promise.reject(new Error(`unexpected ${type}`));
  }) as typeof send);
}

async function mount(): Promise<{ root: HTMLElement; errors: unknown[] }> {
  const { document } = parseHTML('<!DOCTYPE html><html><body><div id="root"></div></body></html>');
  globalThis.document = document as unknown as Document;
  const root = document.getElementById('root')! as unknown as HTMLElement;
  const errors: unknown[] = [];
  const guard: Guard = (p) =>
    p.catch((e: unknown) => {
      errors.push(e);
      return undefined;
    });
  await act(async () => {
    render(<PlanSection guard={guard} />, root);
  });
  // Let the replies settle and the section render them.
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
  return { root, errors };
}

describe('PlanSection', () => {
  it('shows the plan even when where-credentials-lead fails, and reports that failure', async () => {
    background(() => Promise.reject(new Error('stacks are down')));
    const { root, errors } = await mount();
    expect(root.textContent).toContain('average fit of the 2 jobs you aim at now');
    expect(errors.map(String)).toEqual(['Error: stacks are down']);
  });

  it('shows the plan with the stacks when both answer', async () => {
    background(() => Promise.resolve({ steps: [] }));
    const { root, errors } = await mount();
    expect(root.textContent).toContain('average fit of the 2 jobs you aim at now');
    expect(errors).toEqual([]);
  });
});
