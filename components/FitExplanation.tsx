import type { Fit, FitItem } from '@/lib/fit';
import type { PostingSkill } from '@/lib/skills/schema';

/** What the user can say about a missing skill: they have it, it is no skill here, it never counts. */
export type GapAction = 'have' | 'here' | 'everywhere';
export type OnGap = (action: GapAction, item: FitItem, event: Event) => void;
const GAP_ACTIONS: [GapAction, string][] = [
  ['have', 'I have this'],
  ['here', 'Not a skill here'],
  ['everywhere', 'Never count this'],
];

interface Props {
  fit: Fit;
  /** The posting's skills: where each was read (evidence), and those only mentioned. */
  skills?: readonly PostingSkill[];
  /** Licences and certifications the posting demands: listed first among the gaps. */
  licences?: readonly string[];
  /** How many items of each list to show before "and N more". */
  limit?: number;
  /** Shows the gap actions beside each missing skill. */
  onGap?: OnGap | undefined;
}

/** Matched / partial / missing skills, each with the reason the score gives for it. */
export function FitExplanation({ fit, skills = [], licences = [], limit = 8, onGap }: Props) {
  const papers = new Set(licences);
  // A licence the user lacks can rule a job out: it leads the gaps (the sort keeps the posting's order otherwise).
  const missing = [...fit.missing].sort((a, b) => Number(papers.has(b.id)) - Number(papers.has(a.id)));
  const evidence = new Map(skills.map((s) => [s.id, s.evidence]));
  const scored = new Set([...fit.matched, ...fit.partial, ...fit.missing].map((i) => i.id));
  const mentioned = skills.filter((s) => s.requirement === 'mentioned' && !scored.has(s.id));
  return (
    <div class="sf-explain">
      <SkillGroup label="You have" kind="matched" items={fit.matched} limit={limit} evidence={evidence} />
      <SkillGroup label="Partly" kind="partial" items={fit.partial} limit={limit} evidence={evidence} />
      <SkillGroup label="Missing" kind="missing" items={missing} limit={limit} evidence={evidence} onGap={onGap} />
      {mentioned.length > 0 ? (
        <p class="sf-mentioned">
          Also named, not counted: {mentioned.map((s) => s.name).join(', ')}
          <span class="sf-sr"> (in the title, the company's description, the benefits or legal text)</span>
        </p>
      ) : null}
    </div>
  );
}

interface GroupProps {
  label: string;
  kind: string;
  items: FitItem[];
  limit: number;
  evidence: ReadonlyMap<string, string | undefined>;
  onGap?: OnGap | undefined;
}

function SkillGroup({ label, kind, items, limit, evidence, onGap }: GroupProps) {
  if (items.length === 0) return null;
  const shown = items.slice(0, limit);
  return (
    <section class={`sf-group sf-${kind}`} aria-label={`${label}: ${items.length}`}>
      <h3>
        {label} <span class="sf-count">{items.length}</span>
      </h3>
      <ul>
        {shown.map((item) => (
          <li key={item.id} title={item.reason}>
            <span class="sf-skill">{item.name}</span>
            {item.requirement === 'required' ? <span class="sf-req">required</span> : null}
            {item.requirement === 'preferred' ? <span class="sf-pref">nice to have</span> : null}
            {evidence.get(item.id) ? (
              <details class="sf-why">
                <summary>
                  Where? <span class="sf-sr">{item.name}</span>
                </summary>
                <q>{evidence.get(item.id)}</q>
              </details>
            ) : null}
            {/* Under "Missing" the reason only repeats the heading and the chip; it stays as a tooltip. */}
            {kind === 'missing' ? null : <span class="sf-reason">{item.reason}</span>}
            {onGap ? (
              <span class="sf-gap">
                {GAP_ACTIONS.map(([action, label]) => (
                  <button key={action} type="button" class="sf-linkish" onClick={(e) => onGap(action, item, e)}>
                    {/* The visible words first: the accessible name contains them (WCAG 2.5.3). */}
                    {label}
                    <span class="sf-sr">{` (${item.name})`}</span>
                  </button>
                ))}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {items.length > shown.length ? <p class="sf-more">and {items.length - shown.length} more</p> : null}
    </section>
  );
}
