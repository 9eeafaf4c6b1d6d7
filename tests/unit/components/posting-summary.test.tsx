import { afterEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { PostingSummary } from '@/components/PostingSummary';
import type { PostingView } from '@/lib/messaging/views';

afterEach(() => Reflect.deleteProperty(globalThis, 'document'));

const view: PostingView = {
  id: 'greenhouse:1',
  site: 'greenhouse',
  url: 'https://boards.greenhouse.io/a/jobs/1',
  title: 'Warehouse Operative',
  company: 'Depot',
  location: null,
  skills: [],
  fit: null,
  saved: false,
  status: 'seen',
  recommendations: [],
  profileEmpty: false,
  signals: null,
};

function notes(v: PostingView): string[] {
  const { document } = parseHTML('<!DOCTYPE html><html><body><div id="root"></div></body></html>');
  globalThis.document = document as unknown as Document;
  const root = document.getElementById('root')!;
  const noop = () => {};
  render(
    <PostingSummary view={v} courseLimit={1} onSave={noop} onStartCourse={noop} onAddSkills={noop} />,
    root as unknown as Element,
  );
  return [...root.querySelectorAll('.sf-cut')].map((n) => n.textContent ?? '');
}

describe('PostingSummary', () => {
  it('says when only part of the posting was read, and says nothing for a whole one', () => {
    expect(notes({ ...view, cut: 'length' })).toEqual(['Only the first 200,000 characters of this posting were read.']);
    expect(notes(view)).toEqual([]);
  });
});
