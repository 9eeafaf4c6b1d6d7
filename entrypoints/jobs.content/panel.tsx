import { render } from 'preact';
import { useState } from 'preact/hooks';
import { FitPanel } from '@/components/FitPanel';
import type { PostingView } from '@/lib/messaging/views';
import type { Recommendation } from '@/lib/courses/schema';
import { courseSnapshot } from '@/lib/db/course-snapshot';
import type { Posting } from '@/lib/sites/schema';
import { send } from '@/lib/messaging/content-runtime';
import { OPEN_FEATURES, safeWebUrl } from '@/lib/safe-url';
import { createShadowHost } from './shadow';
import { roomBeside } from '@/lib/content/room';
import { usePostingActions, type ActionTransport } from '@/components/posting-actions';
import themeCss from '@/components/theme.css?inline';
import panelCss from './panel.css?inline';

/** The posting panel of one page; `show` replaces its posting on in-app navigation. */
export class PanelHost {
  #mounted?: { host: HTMLElement; root: ShadowRoot };
  /** Open or collapsed, kept across the postings of one page and remembered for the next. */
  #collapsed: boolean | undefined;

  constructor(
    private readonly doc: Document,
    /** Called with the reply of a save: the posting's new state (saved, fit). */
    private readonly onSaved: (view: PostingView) => void,
  ) {}

  /** `chosen`: the user's remembered choice, open or collapsed; null: open only where it has room beside the text. */
  show(posting: Posting, view: PostingView | null, error: string | null, chosen: boolean | null): void {
    this.#mounted ??= this.#mount();
    this.#collapsed ??= chosen ?? !roomBeside(this.doc, posting.description);
    render(
      <PanelContainer
        key={view?.id ?? posting.url}
        posting={posting}
        initial={view}
        error={error}
        startCollapsed={this.#collapsed}
        onCollapse={(c) => {
          this.#collapsed = c;
          void send('settings.set', { panelCollapsed: c }).catch(() => undefined);
        }}
        onSaved={this.onSaved}
      />,
      this.#mounted.root,
    );
  }

  remove(): void {
    if (!this.#mounted) return;
    render(null, this.#mounted.root);
    this.#mounted.host.remove();
    this.#mounted = undefined;
  }

  #mount() {
    const mounted = createShadowHost('skillfit-panel', `${themeCss}\n${panelCss}`, this.doc);
    this.doc.documentElement.append(mounted.host);
    return mounted;
  }
}

interface ContainerProps {
  posting: Posting;
  initial: PostingView | null;
  error: string | null;
  startCollapsed: boolean;
  onCollapse(collapsed: boolean): void;
  onSaved(view: PostingView): void;
}

const transport: ActionTransport = {
  gap: (req) => send('gap.act', req),
  unsave: (id, undo) => send('posting.unsave', { id, undo }),
  trustedOnly: true,
};

function PanelContainer({ posting, initial, error, startCollapsed, onCollapse, onSaved }: ContainerProps) {
  const [view, setView] = useState(initial);
  const [collapsed, setCollapsed] = useState(startCollapsed);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState(error);
  const [started, setStarted] = useState<ReadonlySet<string>>(new Set());
  const actions = usePostingActions(
    view,
    (v) => {
      setView(v);
      onSaved(v);
    },
    transport,
  );

  const save = async () => {
    setSaving(true);
    actions.clearNotice();
    try {
      // Analysed when the panel opened: saving needs only its id (the text is not read twice).
      const saved = await send('posting.save', view ? { id: view.id } : { posting });
      setView(saved);
      onSaved(saved);
    } catch {
      setProblem('Could not save this job. Try again from the SkillFit toolbar button.');
    } finally {
      setSaving(false);
    }
  };
  const start = async (rec: Recommendation) => {
    // Opened by the page's own click, so no popup blocker; recorded on the learning plan first.
    const href = safeWebUrl(rec.course.url, true);
    if (!href) return;
    window.open(href, '_blank', OPEN_FEATURES);
    await send('learning.start', { course: courseSnapshot(rec.course) }).catch(() => undefined);
    setStarted(new Set([...started, rec.course.id]));
  };
  return (
    <FitPanel
      view={view}
      error={problem}
      collapsed={collapsed}
      onToggle={() => {
        setCollapsed(!collapsed);
        onCollapse(!collapsed);
      }}
      saving={saving}
      started={started}
      onSave={() => void save()}
      onStartCourse={(rec) => void start(rec)}
      onAddSkills={() => void send('dashboard.open', { section: 'profile' }).catch(() => undefined)}
      onOpenTracker={() => void send('dashboard.open', { section: 'tracker' }).catch(() => undefined)}
      onUnsave={actions.onUnsave}
      onGap={actions.onGap}
      notice={actions.notice}
    />
  );
}
