import { afterEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { CourseList } from '@/components/CourseList';
import type { Course, Recommendation } from '@/lib/courses/schema';

const course = (id: string, extra: Partial<Course> = {}): Course => ({
  id,
  title: id,
  provider: 'Provider',
  url: `https://example.org/${id}`,
  skills: ['a'],
  minutes: 4500,
  level: null,
  cost: 'paid',
  credential: 'certificate',
  source: 'curated',
  ...extra,
});

afterEach(() => Reflect.deleteProperty(globalThis, 'document'));

function mount(recommendations: Recommendation[], started = new Set<string>()) {
  const { document } = parseHTML('<!DOCTYPE html><html><body><div id="root"></div></body></html>');
  globalThis.document = document as unknown as Document;
  const root = document.getElementById('root')!;
  const clicked: string[] = [];
  render(
    <CourseList
      recommendations={recommendations}
      currentScore={20}
      started={started}
      onStart={(r) => clicked.push(r.course.id)}
    />,
    root as unknown as Element,
  );
  const items = [...root.querySelectorAll('.sf-course')];
  return {
    clicked,
    meta: items.map((i) => i.querySelector('.sf-course-meta')?.textContent),
    buttons: items.map((i) => i.querySelector('button')!),
  };
}

describe('CourseList', () => {
  it('names in-person and blended entries, and offers to see how to enrol instead of Start', () => {
    const { meta, buttons, clicked } = mount([
      { course: course('CNA', { format: 'in-person' }), closes: ['a'], projectedScore: 40, inPerson: true },
      { course: course('Forklift', { format: 'blended', minutes: 480 }), closes: ['b'], projectedScore: 60 },
      { course: course('SQL', { format: 'online', minutes: 90, cost: 'free' }), closes: ['c'], projectedScore: 80 },
    ]);
    expect(meta).toEqual([
      'Provider · In person · 75 h · Paid',
      'Provider · In person and online · 8 h · Paid',
      'Provider · 1.5 h · Free',
    ]);
    expect(buttons.map((b) => b.textContent)).toEqual(['See how to enrol', 'See how to enrol', 'Start']);
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      "See how to enrol: CNA (the provider's page)",
      "See how to enrol: Forklift (the provider's page)",
      'Start SQL',
    ]);
    buttons[0]!.dispatchEvent(new globalThis.document.defaultView!.Event('click'));
    expect(clicked).toEqual(['CNA']);
  });

  it('says Open for an entry already on the plan, in person or not', () => {
    const { buttons } = mount(
      [{ course: course('CNA', { format: 'in-person' }), closes: ['a'], projectedScore: 40, inPerson: true }],
      new Set(['CNA']),
    );
    expect(buttons.map((b) => [b.textContent, b.getAttribute('aria-label')])).toEqual([['Open', 'Open CNA']]);
  });
});
