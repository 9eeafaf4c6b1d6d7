import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { safeWebUrl } from '@/lib/safe-url';
import { PostingSummary } from '@/components/PostingSummary';
import { ScanPreview, type PreviewDraft } from '@/components/ScanPreview';
import { send, sendToTab } from '@/lib/messaging/runtime';
import type { PostingView } from '@/lib/messaging/views';
import type { Recommendation } from '@/lib/courses/schema';
import { courseSnapshot } from '@/lib/db/course-snapshot';
import type { Posting } from '@/lib/sites/schema';
import { readTabPosting } from '@/lib/background/read-tab';
import { usePostingActions, type ActionTransport } from '@/components/posting-actions';

const transport: ActionTransport = {
  gap: (req) => send('gap.act', req),
  unsave: (id, undo) => send('posting.unsave', { id, undo }),
  // An extension page: no web page can reach its buttons.
  trustedOnly: false,
};

type State =
  | { kind: 'loading' }
  | { kind: 'posting'; posting: Posting; view: PostingView }
  | { kind: 'unread'; cards: number; failed?: string }
  | { kind: 'preview'; draft: PreviewDraft; posting: Posting; id: string }
  | { kind: 'not-posting' }
  /** A page no extension may read (a browser page, the web store, a file): said plainly, never the raw error. */
  | { kind: 'cannot-read' }
  | { kind: 'error'; message: string };

/**
 * The tab the popup is about: the active one, or `popup.html?tab=N` when the popup is opened as a
 * page of its own (keyboard users opening it in a tab, and the browser tests).
 */
async function activeTab() {
  const forced = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(forced) && forced > 0) return browser.tabs.get(forced);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** What the tab's content script read, or null when no content script runs there. */
async function askTab(tabId: number) {
  try {
    return await sendToTab(tabId)('tab.reading', {});
  } catch {
    return null;
  }
}

export function PopupApp() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [saving, setSaving] = useState(false);
  const [started, setStarted] = useState<ReadonlySet<string>>(new Set());
  const shown = state.kind === 'posting' ? state : null;
  const actions = usePostingActions(shown?.view ?? null, (view) => shown && setState({ ...shown, view }), transport);

  useEffect(() => {
    void (async () => {
      const tab = await activeTab();
      if (tab?.id === undefined) return setState({ kind: 'unread', cards: 0 });
      // The address is known here once the user has clicked the button (activeTab) on a web page.
      if (tab.url !== undefined && !/^https?:/i.test(tab.url)) return setState({ kind: 'cannot-read' });
      const reading = await askTab(tab.id);
      if (reading?.posting) {
        const view = await send('page.analyze', { posting: reading.posting });
        return setState({ kind: 'posting', posting: reading.posting, view });
      }
      setState({ kind: 'unread', cards: reading?.cards ?? 0, ...(reading?.failed ? { failed: reading.failed } : {}) });
    })().catch((err: unknown) => setState({ kind: 'error', message: messageOf(err) }));
  }, []);

  const scan = async () => {
    setState({ kind: 'loading' });
    try {
      const tab = await activeTab();
      if (tab?.id === undefined) throw new Error('No tab to read');
      const posting = await readTabPosting(tab.id);
      if (!posting) return setState({ kind: 'not-posting' });
      // Read once: the preview shows what was found, and Save keeps the user's corrections of it.
      const view = await send('page.analyze', { posting });
      setState({
        kind: 'preview',
        posting,
        id: view.id,
        draft: {
          title: posting.title,
          company: posting.company ?? '',
          skills: view.skills.map(({ id, name }) => ({ id, name })),
        },
      });
    } catch {
      // The browser refused to let the reader in: a browser page, the web store, a PDF, a file.
      setState({ kind: 'cannot-read' });
    }
  };

  const savePreview = async (draft: PreviewDraft, posting: Posting, id: string) => {
    setSaving(true);
    try {
      const edited = { ...posting, title: draft.title.trim() || posting.title, company: draft.company.trim() || null };
      const view = await send('posting.save', {
        id,
        title: edited.title,
        company: edited.company,
        keepSkills: draft.skills.map((s) => s.id),
      });
      setState({ kind: 'posting', posting: edited, view });
    } catch (err) {
      setState({ kind: 'error', message: messageOf(err) });
    } finally {
      setSaving(false);
    }
  };

  // The posting was analysed when the popup opened: saving it needs only its id.
  const saveCurrent = async (posting: Posting, id: string) => {
    setSaving(true);
    try {
      setState({ kind: 'posting', posting, view: await send('posting.save', { id }) });
    } finally {
      setSaving(false);
    }
  };

  const startCourse = async (rec: Recommendation) => {
    const { id, url } = rec.course;
    await send('learning.start', { course: courseSnapshot(rec.course) });
    setStarted(new Set([...started, id]));
    const safe = safeWebUrl(url, true);
    if (safe) await browser.tabs.create({ url: safe });
  };

  const openDashboard = (section: 'profile' | 'tracker' | 'plan' = 'profile') =>
    void send('dashboard.open', { section }).then(() => window.close());

  return (
    <main>
      <div class="pp-top">
        <p class="pp-brand">SkillFit</p>
        <button type="button" class="pp-link" onClick={() => openDashboard('tracker')}>
          Open dashboard
        </button>
      </div>
      {state.kind === 'loading' ? <p aria-live="polite">Reading this page…</p> : null}
      {state.kind === 'posting' ? (
        <PostingSummary
          view={state.view}
          courseLimit={4}
          saving={saving}
          started={started}
          onSave={() => void saveCurrent(state.posting, state.view.id)}
          onStartCourse={(rec) => void startCourse(rec)}
          onAddSkills={() => openDashboard('profile')}
          onOpenTracker={() => openDashboard('tracker')}
          onUnsave={actions.onUnsave}
          onGap={actions.onGap}
          notice={actions.notice}
        />
      ) : null}
      {state.kind === 'unread' ? (
        <div class="pp-box">
          <p role={state.failed ? 'alert' : undefined}>
            {state.failed
              ? `SkillFit could not read this ${state.failed} page. Scan this page to read it as plain text.`
              : state.cards > 0
                ? `${state.cards} jobs on this page have a fit badge. Open one to see its details, or scan this page.`
                : 'SkillFit has not read this page. If it shows a job, scan it to see your fit and save it.'}
          </p>
          <button type="button" class="sf-primary" onClick={() => void scan()}>
            Scan this page
          </button>
        </div>
      ) : null}
      {state.kind === 'preview' ? (
        <ScanPreview
          initial={state.draft}
          saving={saving}
          onSave={(draft) => void savePreview(draft, state.posting, state.id)}
        />
      ) : null}
      {state.kind === 'not-posting' ? (
        <div class="pp-box" role="status">
          <p>
            <strong>No job posting found on this page.</strong> SkillFit looks for a job title, a description and signs
            of a job ad (such as requirements or an Apply button). Open the page of a single job and try again.
          </p>
        </div>
      ) : null}
      {state.kind === 'cannot-read' ? (
        <div class="pp-box" role="status">
          <p>
            <strong>SkillFit can't read this page.</strong> Browser pages, the extension store and files on your
            computer are closed to extensions. Open a job posting and try again.
          </p>
        </div>
      ) : null}
      {state.kind === 'error' ? (
        <p class="pp-error" role="alert">
          {state.message}
        </p>
      ) : null}
    </main>
  );
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
