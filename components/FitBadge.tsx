interface Props {
  score: number | null;
  exact: boolean;
  saved: boolean;
  profileEmpty: boolean;
}

export function fitTone(score: number): 'good' | 'fair' | 'low' {
  return score >= 70 ? 'good' : score >= 40 ? 'fair' : 'low';
}

/** The small pill on a list-page card: an exact fit, a marked estimate, or nothing to claim. */
export function FitBadge({ score, exact, saved, profileEmpty }: Props) {
  const label = profileEmpty
    ? 'Add skills'
    : score === null
      ? 'Open for fit'
      : exact
        ? `${score}% fit`
        : `~${score}% fit`;
  const title = profileEmpty
    ? 'Add your skills in SkillFit to see how well this job fits'
    : score === null
      ? 'The card itself names no skills: open the job and SkillFit scores it from the full description'
      : exact
        ? 'Fit from the full job description'
        : "Estimate from the card's own text; open the posting for the exact fit";
  const tone = score === null || profileEmpty ? 'none' : fitTone(score);
  // A mark, not a word: the badge keeps one width whatever it says (the title says it in full).
  return (
    <span
      class={`sf-badge sf-${tone}${exact ? '' : ' sf-estimate'}`}
      title={saved ? `${title} · Saved in your tracker` : title}
      data-exact={String(exact)}
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
  );
}
