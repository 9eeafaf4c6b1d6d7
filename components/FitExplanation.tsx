import type { Fit, FitItem } from '@/lib/fit';

interface Props {
  fit: Fit;
  /** How many items of each list to show before "and N more". */
  limit?: number;
}

/** Matched / partial / missing skills, each with the reason the score gives for it. */
export function FitExplanation({ fit, limit = 8 }: Props) {
  return (
    <div class="sf-explain">
      <SkillGroup label="You have" kind="matched" items={fit.matched} limit={limit} />
      <SkillGroup label="Partly" kind="partial" items={fit.partial} limit={limit} />
      <SkillGroup label="Missing" kind="missing" items={fit.missing} limit={limit} />
    </div>
  );
}

function SkillGroup({ label, kind, items, limit }: { label: string; kind: string; items: FitItem[]; limit: number }) {
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
            {/* Under "Missing" the reason only repeats the heading and the chip; it stays as a tooltip. */}
            {kind === 'missing' ? null : <span class="sf-reason">{item.reason}</span>}
          </li>
        ))}
      </ul>
      {items.length > shown.length ? <p class="sf-more">and {items.length - shown.length} more</p> : null}
    </section>
  );
}
