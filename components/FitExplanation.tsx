import type { Fit, FitItem } from '@/lib/fit';
import type { PostingSkill } from '@/lib/skills/schema';

interface Props {
  fit: Fit;
  /** The posting's skills: where each was read (evidence), and those only mentioned. */
  skills?: readonly PostingSkill[];
  /** How many items of each list to show before "and N more". */
  limit?: number;
}

/** Matched / partial / missing skills, each with the reason the score gives for it. */
export function FitExplanation({ fit, skills = [], limit = 8 }: Props) {
  const evidence = new Map(skills.map((s) => [s.id, s.evidence]));
  const scored = new Set([...fit.matched, ...fit.partial, ...fit.missing].map((i) => i.id));
  const mentioned = skills.filter((s) => s.requirement === 'mentioned' && !scored.has(s.id));
  return (
    <div class="sf-explain">
      <SkillGroup label="You have" kind="matched" items={fit.matched} limit={limit} evidence={evidence} />
      <SkillGroup label="Partly" kind="partial" items={fit.partial} limit={limit} evidence={evidence} />
      <SkillGroup label="Missing" kind="missing" items={fit.missing} limit={limit} evidence={evidence} />
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
}

function SkillGroup({ label, kind, items, limit, evidence }: GroupProps) {
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
          </li>
        ))}
      </ul>
      {items.length > shown.length ? <p class="sf-more">and {items.length - shown.length} more</p> : null}
    </section>
  );
}
