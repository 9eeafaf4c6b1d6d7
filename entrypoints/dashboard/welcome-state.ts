import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { welcomeSteps, type WelcomeStep } from '@/lib/dashboard/welcome';
import { send } from '@/lib/messaging/runtime';
import type { Guard } from './guard';
import { useRefreshOnShow } from './refresh';

/** How often the first-run steps are asked for while some are left (they happen in other tabs). */
const POLL_MS = 1500;

/** Whether the toolbar button is pinned, where the browser can say (Chrome's action.getUserSettings). */
async function pinned(): Promise<boolean | null> {
  const action = browser.action as { getUserSettings?: () => Promise<{ isOnToolbar?: boolean }> } | undefined;
  if (!action?.getUserSettings) return null;
  try {
    const s = await action.getUserSettings();
    return typeof s.isOnToolbar === 'boolean' ? s.isOnToolbar : null;
  } catch {
    return null;
  }
}

/**
 * The first-run steps and the way to skip pinning. Asked again on every change of section and
 * whenever the tab is shown; while the welcome tab itself is open (`watch`), every moment, since
 * the steps happen in other tabs.
 */
export function useWelcome(
  guard: Guard,
  section: string,
  watch: boolean,
): { steps: WelcomeStep[] | null; pinKnown: boolean; skipPin(): void } {
  const [steps, setSteps] = useState<WelcomeStep[] | null>(null);
  const [pinKnown, setPinKnown] = useState(false);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let alive = true;
    void (async () => {
      const [status, pin] = await Promise.all([guard(send('welcome.status', {})), pinned()]);
      if (!alive || !status) return;
      setPinKnown(pin !== null);
      const next = welcomeSteps({ ...status, pinned: pin });
      setSteps(next);
      if (watch && next.some((s) => !s.done)) setTimeout(() => alive && setTick((t) => t + 1), POLL_MS);
    })();
    return () => {
      alive = false;
    };
  }, [tick, section, watch]);
  useRefreshOnShow(() => setTick((t) => t + 1));
  return {
    steps,
    pinKnown,
    skipPin: () => void guard(send('welcome.skipPin', { skipped: true })).then(() => setTick((t) => t + 1)),
  };
}
