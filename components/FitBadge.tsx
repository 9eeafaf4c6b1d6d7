/**
 * What a fit badge says: its tone, its label and its detail (hover, focus, screen readers). Pure:
 * the content script draws the badge itself (entrypoints/jobs.content/badge-view.ts), the tracker
 * and the panel colour their scores with `fitTone`.
 */

/** What one badge shows. */
export interface BadgeProps extends BadgeReasons {
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

/** The pill's text: the fit when the posting was read in full, "~4 of 6 skills" from a card's own text. */
export function badgeLabel({ score, exact, profileEmpty, got, of }: BadgeProps): string {
  if (profileEmpty) return 'Add skills';
  if (score === null) return 'Open for fit';
  if (exact) return `${score}% fit`;
  return got !== undefined && of ? `~${got} of ${of} skill${of === 1 ? '' : 's'}` : `~${score}% fit`;
}

/** The badge's colour class: a tone, or `none` when there is no score to colour. */
export function badgeTone({ score, profileEmpty }: BadgeProps): 'good' | 'fair' | 'low' | 'none' {
  return score === null || profileEmpty ? 'none' : fitTone(score);
}

/** What a badge says on hover and keyboard focus. */
export function badgeDetail({ score, exact, profileEmpty, have = [], lack = [] }: BadgeProps): string {
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
