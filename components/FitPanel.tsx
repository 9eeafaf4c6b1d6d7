import type { PostingView } from '@/lib/messaging/views';
import { PostingSummary, type PostingSummaryProps } from './PostingSummary';

interface Props extends Omit<PostingSummaryProps, 'view' | 'courseLimit'> {
  view: PostingView | null;
  error: string | null;
  collapsed: boolean;
  onToggle(): void;
}

/** The collapsible panel on a posting page. */
export function FitPanel({ view, error, collapsed, onToggle, ...rest }: Props) {
  const score = view?.fit?.score;
  return (
    <aside class={`sf-panel${collapsed ? ' sf-collapsed' : ''}`} aria-label="SkillFit">
      <button type="button" class="sf-toggle" aria-expanded={!collapsed} onClick={onToggle}>
        <span class="sf-brand">SkillFit</span>
        <span class="sf-toggle-score">
          {error
            ? 'unavailable'
            : !view
              ? 'reading…'
              : view.profileEmpty
                ? 'add your skills'
                : score !== undefined
                  ? `${score}% fit`
                  : 'no score'}
        </span>
        <span aria-hidden="true">{collapsed ? '▴' : '▾'}</span>
      </button>
      {!collapsed && view ? <PostingSummary view={view} courseLimit={1} {...rest} /> : null}
      {!collapsed && error ? <p class="sf-note">{error}</p> : null}
    </aside>
  );
}
