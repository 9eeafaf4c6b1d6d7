import { afterEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { usePostingActions, type ActionTransport } from '@/components/posting-actions';
import type { PostingView } from '@/lib/messaging/views';

afterEach(() => Reflect.deleteProperty(globalThis, 'document'));

const view = { id: 'greenhouse:77', saved: true } as PostingView;
const python = { id: 'python', name: 'Python', requirement: 'required' as const, credit: 0, reason: 'Missing' };

/** Renders the hook with a recording transport; returns the calls and the latest actions. */
function setup(trustedOnly: boolean) {
  const { document } = parseHTML('<!DOCTYPE html><html><body><div id="root"></div></body></html>');
  globalThis.document = document as unknown as Document;
  const calls: string[] = [];
  const transport: ActionTransport = {
    gap: async (req) => (calls.push(`${req.action}${req.undo ? ' undo' : ''}`), view),
    unsave: async (_id, undo) => (calls.push(undo ? 'unsave undo' : 'unsave'), view),
    trustedOnly,
  };
  const out: { actions?: ReturnType<typeof usePostingActions> } = {};
  function Probe() {
    out.actions = usePostingActions(view, () => undefined, transport);
    return null;
  }
  render(<Probe />, document.getElementById('root') as unknown as Element);
  return { calls, out };
}
const event = (isTrusted: boolean) => ({ isTrusted }) as Event;

describe('usePostingActions', () => {
  it("on the page, ignores clicks a page script made and acts on the user's own, then offers Undo", async () => {
    const { calls, out } = setup(true);
    await act(async () => out.actions!.onGap('here', python, event(false)));
    await act(async () => out.actions!.onUnsave(event(false)));
    expect(calls).toEqual([]);
    await act(async () => out.actions!.onGap('here', python, event(true)));
    expect(calls).toEqual(['here']);
    expect(out.actions!.notice?.text).toBe('Python no longer counts here.');
    await act(async () => out.actions!.notice!.onUndo!(event(false)));
    expect(calls).toEqual(['here']);
    await act(async () => out.actions!.notice!.onUndo!(event(true)));
    expect(calls).toEqual(['here', 'here undo']);
    expect(out.actions!.notice?.text).toBe('Undone.');
  });

  it('in the popup, acts on any click (no web page reaches it)', async () => {
    const { calls, out } = setup(false);
    await act(async () => out.actions!.onUnsave(event(false)));
    expect(calls).toEqual(['unsave']);
    expect(out.actions!.notice?.text).toBe('Removed from your tracker.');
  });
});
