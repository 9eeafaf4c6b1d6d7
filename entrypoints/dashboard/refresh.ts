import { useEffect, useRef } from 'preact/hooks';

/**
 * Calls `load` again whenever the dashboard tab becomes visible: the user may have saved a posting
 * or changed a skill in the popup or another tab meanwhile, and scores must not be stale.
 */
export function useRefreshOnShow(load: () => unknown): void {
  const latest = useRef(load);
  latest.current = load;
  useEffect(() => {
    const on = () => {
      if (document.visibilityState === 'visible') void latest.current();
    };
    document.addEventListener('visibilitychange', on);
    return () => document.removeEventListener('visibilitychange', on);
  }, []);
}
