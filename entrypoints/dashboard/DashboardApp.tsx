import { useCallback, useEffect, useState } from 'preact/hooks';
import { ProfileView } from '@/components/dashboard/ProfileView';
import { TrackerView, type TrackerFilter } from '@/components/dashboard/TrackerView';
import { LearningView } from '@/components/dashboard/LearningView';
import type { Suggestion } from '@/components/dashboard/SkillPicker';
import { send } from '@/lib/messaging/runtime';
import type { Res } from '@/lib/messaging/protocol';
import type { CredentialRecord, LearningRecord, PostingStatus, ProfileRecord } from '@/lib/db/records';

type Section = 'profile' | 'tracker' | 'plan';
const SECTIONS: { id: Section; label: string }[] = [
  { id: 'profile', label: 'Skills' },
  { id: 'tracker', label: 'Saved jobs' },
  { id: 'plan', label: 'Learning plan' },
];
const PAGE = 50;

function sectionFromHash(): Section {
  const h = location.hash.slice(1);
  return h === 'tracker' || h === 'plan' ? h : h === 'credentials' ? 'plan' : 'profile';
}

export function DashboardApp() {
  const [section, setSection] = useState<Section>(sectionFromHash());
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const on = () => setSection(sectionFromHash());
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  const guard = useCallback(<T,>(p: Promise<T>) => p.catch((e: unknown) => setError(e instanceof Error ? e.message : String(e))), []);

  return (
    <div class="db-shell">
      <header class="db-header">
        <h1>SkillFit</h1>
        <nav class="db-nav" aria-label="Dashboard sections">
          {SECTIONS.map((s) => (
            <a key={s.id} href={`#${s.id}`} aria-current={section === s.id ? 'page' : undefined}>
              {s.label}
            </a>
          ))}
        </nav>
      </header>
      {error ? (
        <p role="alert" class="pp-error">
          {error}
        </p>
      ) : null}
      <main>
        {section === 'profile' ? <ProfileSection guard={guard} /> : null}
        {section === 'tracker' ? <TrackerSection guard={guard} /> : null}
        {section === 'plan' ? <PlanSection guard={guard} /> : null}
      </main>
    </div>
  );
}

type Guard = <T>(p: Promise<T>) => Promise<T | void>;

function ProfileSection({ guard }: { guard: Guard }) {
  const [skills, setSkills] = useState<ProfileRecord[]>([]);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const load = () => guard(send('profile.get', {}).then((r) => setSkills(r.skills)));
  useEffect(() => void load(), []);
  return (
    <ProfileView
      skills={skills}
      suggestions={suggestions}
      onQuery={(q) => void guard(send('skills.suggest', { query: q, limit: 8 }).then((r) => setSuggestions(r.skills)))}
      onAdd={(s) => void guard(send('profile.set', { skillId: s.id, level: 3, source: 'self' }).then(load))}
      onLevel={(id, level) => void guard(send('profile.set', { skillId: id, level, source: 'self' }).then(load))}
      onRemove={(id) => void guard(send('profile.remove', { skillId: id }).then(load))}
    />
  );
}

function TrackerSection({ guard }: { guard: Guard }) {
  const [filter, setFilter] = useState<TrackerFilter>({ sort: 'savedAt', status: '', site: '', search: '' });
  const [page, setPage] = useState(0);
  const [data, setData] = useState<Res<'postings.list'>>({ total: 0, items: [], sites: [] });
  const [undo, setUndo] = useState<Res<'posting.delete'> | null>(null);
  const load = () =>
    guard(
      send('postings.list', {
        sort: filter.sort,
        dir: filter.sort === 'title' ? 'asc' : 'desc',
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.site ? { site: filter.site } : {}),
        ...(filter.search ? { search: filter.search } : {}),
        offset: page * PAGE,
        limit: PAGE,
      }).then(setData),
    );
  useEffect(() => void load(), [filter, page]);
  return (
    <>
      <TrackerView
        {...data}
        filter={filter}
        page={page}
        pageSize={PAGE}
        onFilter={(f) => {
          setFilter(f);
          setPage(0);
        }}
        onPage={setPage}
        onStatus={(id, status: PostingStatus) => void guard(send('posting.setStatus', { id, status }).then(load))}
        onDelete={(id) =>
          void guard(
            send('posting.delete', { id }).then((d) => {
              setUndo(d);
              return load();
            }),
          )
        }
      />
      {undo ? (
        <div class="db-toast" role="status">
          Deleted “{undo.record.title}”.
          <button
            type="button"
            onClick={() =>
              void guard(
                send('posting.restore', undo).then(() => {
                  setUndo(null);
                  return load();
                }),
              )
            }
          >
            Undo
          </button>
        </div>
      ) : null}
    </>
  );
}

function PlanSection({ guard }: { guard: Guard }) {
  const [items, setItems] = useState<LearningRecord[]>([]);
  const [credentials, setCredentials] = useState<CredentialRecord[]>([]);
  const [lastChange, setLastChange] = useState<Res<'learning.complete'> | null>(null);
  const load = () =>
    guard(
      Promise.all([send('learning.list', {}), send('credentials.list', {})]).then(([l, c]) => {
        setItems(l.items);
        setCredentials(c.items);
      }),
    );
  useEffect(() => void load(), []);
  return (
    <LearningView
      items={items}
      credentials={credentials}
      lastChange={lastChange}
      onComplete={(courseId) =>
        void guard(
          send('learning.complete', { courseId }).then((r) => {
            setLastChange(r);
            return load();
          }),
        )
      }
    />
  );
}
