import { useState } from 'preact/hooks';

interface Props extends BadgeReasons {
  score: number | null;
  exact: boolean;
  saved: boolean;
  profileEmpty: boolean;
}

export function fitTone(score: number): 'good' | 'fair' | 'low' {
  return score >= 70 ? 'good' : score >= 40 ? 'fair' : 'low';
}

/** The skills behind a badge's score, by name, and how many were scored. */
export interface BadgeReasons {
  have?: readonly string[];
  lack?: readonly string[];
  got?: number;
  of?: number;
}

/** What a badge says on hover and keyboard focus. */
export function badgeDetail({ score, exact, profileEmpty, have = [], lack = [] }: Props): string {
  if (profileEmpty) return 'Add your skills in SkillFit to see how well this job fits';
  if (score === null)
    return 'The card itself names no skills: open the job and SkillFit scores it from the full description';
  const parts = [
    have.length ? `You have: ${have.join(', ')}.` : '',
    lack.length ? `Missing: ${lack.join(', ')}.` : '',
    exact ? 'From the full job description.' : "An estimate from the card's own text; open the job for the exact fit.",
  ];
  return parts.filter(Boolean).join(' ');
}

/**
 * The small pill on a list-page card: the fit when the posting was read in full, "~4 of 6 skills"
 * when only the card's text was, or what to do when nothing can be said yet. Hover or keyboard
 * focus shows the skills behind it.
 */
export function FitBadge(props: Props) {
  const { score, exact, saved, profileEmpty, got, of } = props;
  const [tip, setTip] = useState<{ x: number; y: number } | null>(null);
  const label = profileEmpty
    ? 'Add skills'
    : score === null
      ? 'Open for fit'
      : exact
        ? `${score}% fit`
        : got !== undefined && of
          ? `~${got} of ${of} skill${of === 1 ? '' : 's'}`
          : `~${score}% fit`;
  const detail = `${badgeDetail(props)}${saved ? ' Saved in your tracker.' : ''}`;
  const tone = score === null || profileEmpty ? 'none' : fitTone(score);
  // The card's box stays the same size (a page must not read the fit from it): the tip floats above the page.
  const show = (e: { currentTarget: EventTarget | null }) => {
    const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
    setTip({ x: Math.max(4, Math.min(r.left, innerWidth - 264)), y: r.bottom + 4 });
  };
  return (
    <>
      <span
        class={`sf-badge sf-${tone}${exact ? '' : ' sf-estimate'}`}
        data-exact={String(exact)}
        tabIndex={0}
        aria-label={`${label}${saved ? ', saved' : ''}. ${detail}`}
        onMouseEnter={show}
        onFocus={show}
        onMouseLeave={() => setTip(null)}
        onBlur={() => setTip(null)}
      >
        {label}
        {saved ? (
          <span class="sf-saved">
            {' '}
            <span aria-hidden="true">✓</span>
            <span class="sf-sr"> · Saved</span>
          </span>
        ) : null}
      </span>
      {tip ? (
        <span class="sf-tip" role="tooltip" style={{ left: `${tip.x}px`, top: `${tip.y}px` }}>
          {detail}
        </span>
      ) : null}
    </>
  );
}
