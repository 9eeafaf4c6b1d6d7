import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A section whose code loads when it is first shown: the tracker, opened on its own, does not wait
 * for the code of the profile, the plan, the credentials and the data sections (résumé readers,
 * the catalog, backups) to be parsed and run.
 */
export function lazySection<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  return function LazySection(props: P) {
    const [, setReady] = useState(0);
    const [failed, setFailed] = useState<string | null>(null);
    useEffect(() => {
      if (loaded) return;
      let alive = true;
      loading ??= load();
      loading.then(
        (c) => {
          loaded = c;
          if (alive) setReady((n) => n + 1);
        },
        (e: unknown) => {
          loading = null;
          if (alive) setFailed(e instanceof Error ? e.message : String(e));
        },
      );
      return () => {
        alive = false;
      };
    }, []);
    if (loaded) {
      const Section = loaded;
      return <Section {...props} />;
    }
    return failed ? (
      <p role="alert" class="db-error">
        This section could not load: {failed}. Reload the page to try again.
      </p>
    ) : (
      <p class="db-muted">Loading…</p>
    );
  };
}
