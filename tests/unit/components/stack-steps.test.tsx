import { afterEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { StackSteps } from '@/components/dashboard/StackSteps';
import type { Course } from '@/lib/courses/schema';
import type { StackStep } from '@/lib/courses/stack-schema';

afterEach(() => Reflect.deleteProperty(globalThis, 'document'));

const course = (id: string, title: string, extra: Partial<Course>): Course => ({
  id,
  title,
  provider: 'Provider',
  url: `https://example.org/${id}`,
  skills: ['a'],
  minutes: 480,
  level: null,
  cost: 'paid',
  credential: 'certificate',
  source: 'curated',
  ...extra,
});

describe('StackSteps', () => {
  it('shows each stack as its line, notes an in-person programme, and adds a step not yet on the plan', () => {
    const { document } = parseHTML('<!DOCTYPE html><html><body><div id="root"></div></body></html>');
    globalThis.document = document as unknown as Document;
    const root = document.getElementById('root')!;
    const steps: StackStep[] = [
      {
        course: course('m', 'ServSafe Manager', { format: 'blended' }),
        from: ['Food Handler'],
        skills: [{ id: 'r', name: 'Receive kitchen supplies' }],
        unlocks: [{ id: 'p', title: 'Shift Lead', company: null }],
      },
      { course: course('a', 'ServSafe Allergens', { minutes: 90 }), from: ['Food Handler'], skills: [], unlocks: [] },
    ];
    const added: string[] = [];
    render(
      <StackSteps steps={steps} onPlan={new Set(['a'])} onAdd={(s) => added.push(s.course.id)} />,
      root as unknown as Element,
    );
    const items = [...root.querySelectorAll('li')];
    expect(items.map((i) => i.querySelector('.db-stack-line')?.textContent)).toEqual([
      'Food Handler ✓ → ServSafe Manager, in person and online, 8 h, unlocks 1 saved job: Shift Lead',
      'Food Handler ✓ → ServSafe Allergens, 1.5 h',
    ]);
    expect(items[0]!.querySelector('.db-muted')?.textContent).toBe(
      'It proves what that job asks for and you lack: Receive kitchen supplies. A programme to enrol in: it meets in person at set times.',
    );
    expect(items[1]!.textContent).toContain('On your plan');
    expect(items[1]!.querySelector('button')).toBeNull();
    const button = items[0]!.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('Add ServSafe Manager to the plan');
    button.dispatchEvent(new globalThis.document.defaultView!.Event('click'));
    expect(added).toEqual(['m']);
  });

  it('renders nothing without steps', () => {
    const { document } = parseHTML('<!DOCTYPE html><html><body><div id="root"></div></body></html>');
    globalThis.document = document as unknown as Document;
    const root = document.getElementById('root')!;
    render(<StackSteps steps={[]} onPlan={new Set()} onAdd={() => undefined} />, root as unknown as Element);
    expect(root.innerHTML).toBe('');
  });
});
