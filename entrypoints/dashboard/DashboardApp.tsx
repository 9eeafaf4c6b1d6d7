import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { TrackerSection } from './sections/TrackerSection';
import { lazySection } from './lazy';
import { readRoute, type Section } from './route';
import { useWelcome } from './welcome-state';
import { NextStepBar, WelcomeView } from '@/components/dashboard/WelcomeView';
import { nextStep } from '@/lib/dashboard/welcome';
import type { Guard } from './guard';

// Loaded when first shown (lazy.tsx); the tracker is not, so that its first page waits for no other code.
const ProfileSection = lazySection(() => import('./sections/ProfileSection').then((m) => m.ProfileSection));
const PlanSection = lazySection(() => import('./sections/PlanSection').then((m) => m.PlanSection));
const CredentialsSection = lazySection(() => import('./sections/CredentialsSection').then((m) => m.CredentialsSection));
const DataSection = lazySection(() => import('./sections/DataSection').then((m) => m.DataSection));

const SECTIONS: { id: Section; label: string }[] = [
  { id: 'welcome', label: 'First steps' },
  { id: 'profile', label: 'Skills' },
  { id: 'tracker', label: 'Saved jobs' },
  { id: 'plan', label: 'Learning plan' },
  { id: 'credentials', label: 'Credentials' },
  { id: 'data', label: 'Your data' },
];

/** The dashboard shell: navigation by address hash (`#tracker`), one section at a time, one error banner. */
export function DashboardApp() {
  const [route, setRoute] = useState(readRoute);
  const [error, setError] = useState<string | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const on = () => {
      setRoute(readRoute());
      setError(null);
    };
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  useEffect(() => {
    document.title = `${SECTIONS.find((s) => s.id === route.section)?.label ?? 'Dashboard'} · SkillFit`;
  }, [route.section]);
  const guard: Guard = useCallback(
    <T,>(p: Promise<T>) =>
      p.catch((e: unknown) => {
        setError(e instanceof Error ? e.message : String(e));
        return undefined;
      }),
    [],
  );
  const welcome = useWelcome(guard, route.section, route.section === 'welcome');
  const next = welcome.steps ? nextStep(welcome.steps) : null;

  return (
    <div class="db-shell">
      <a
        class="db-skip"
        href="#main"
        onClick={(e) => {
          // The hash drives navigation, so move focus by hand instead of following the link.
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to content
      </a>
      <header class="db-header">
        <p class="db-brand">SkillFit</p>
        <nav class="db-nav" aria-label="Dashboard sections">
          {SECTIONS.map((s) => (
            <a key={s.id} href={`#${s.id}`} aria-current={route.section === s.id ? 'page' : undefined}>
              {s.label}
            </a>
          ))}
        </nav>
      </header>
      {error ? (
        <div role="alert" class="db-error">
          <span>{error}</span>
          <button type="button" class="db-secondary" onClick={() => setError(null)}>
            Dismiss
          </button>
        </div>
      ) : null}
      {next && route.section !== 'welcome' ? <NextStepBar step={next} onSkipPin={welcome.skipPin} /> : null}
      <main id="main" ref={mainRef} tabIndex={-1}>
        {route.section === 'welcome' ? (
          welcome.steps ? (
            <WelcomeView steps={welcome.steps} pinKnown={welcome.pinKnown} onSkipPin={welcome.skipPin} />
          ) : (
            <p class="db-muted">Loading…</p>
          )
        ) : null}
        {route.section === 'profile' ? <ProfileSection guard={guard} /> : null}
        {route.section === 'tracker' ? (
          <TrackerSection key={route.params.toString()} guard={guard} params={route.params} />
        ) : null}
        {route.section === 'plan' ? <PlanSection guard={guard} /> : null}
        {route.section === 'credentials' ? <CredentialsSection guard={guard} /> : null}
        {route.section === 'data' ? <DataSection guard={guard} /> : null}
      </main>
    </div>
  );
}
