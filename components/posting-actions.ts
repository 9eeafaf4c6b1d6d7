import { useState } from 'preact/hooks';
import type { FitItem } from '@/lib/fit';
import type { PostingView } from '@/lib/messaging/views';
import type { GapAction } from './FitExplanation';
import type { Notice } from './PostingSummary';

/** How the popup or the panel reaches the background for these actions (each has its own sender). */
export interface ActionTransport {
  gap(req: { id: string; skillId: string; action: GapAction; undo?: boolean }): Promise<PostingView>;
  unsave(id: string, undo: boolean): Promise<PostingView>;
  /** The page's panel acts only on the user's own clicks and keys, never on ones a page script makes. */
  trustedOnly: boolean;
}

const DONE: Record<GapAction, (name: string) => string> = {
  have: (name) => `Added ${name} to your skills; jobs re-scored.`,
  here: (name) => `${name} no longer counts here.`,
  everywhere: (name) => `${name} no longer counts in any job.`,
};

/**
 * The actions on a shown posting that change the user's data — "I have this", "Not a skill
 * here", "Never count this", "Remove from tracker" — each followed by a notice with its Undo.
 */
export function usePostingActions(view: PostingView | null, setView: (v: PostingView) => void, t: ActionTransport) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const allowed = (e: Event) => !busy && (!t.trustedOnly || e.isTrusted);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch {
      setNotice({ text: 'That did not work. Try again.' });
    } finally {
      setBusy(false);
    }
  };
  const undone = (v: PostingView) => {
    setView(v);
    setNotice({ text: 'Undone.' });
  };

  const onGap = (action: GapAction, item: FitItem, e: Event) => {
    if (!view || !allowed(e)) return;
    const req = { id: view.id, skillId: item.id, action };
    void run(async () => {
      setView(await t.gap(req));
      setNotice({
        text: DONE[action](item.name),
        onUndo: (u) => {
          if (allowed(u)) void run(async () => undone(await t.gap({ ...req, undo: true })));
        },
      });
    });
  };

  const onUnsave = (e: Event) => {
    if (!view || !allowed(e)) return;
    const id = view.id;
    void run(async () => {
      setView(await t.unsave(id, false));
      setNotice({
        text: 'Removed from your tracker.',
        onUndo: (u) => {
          if (allowed(u)) void run(async () => undone(await t.unsave(id, true)));
        },
      });
    });
  };

  return { notice, onGap, onUnsave, clearNotice: () => setNotice(null) };
}
