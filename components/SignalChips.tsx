import type { PostingView } from '@/lib/messaging/views';

/** The posting's hiring signals as chips (made by the background); nothing when it states none. */
export function SignalChips({ chips = [] }: { chips: PostingView['chips'] }) {
  if (chips.length === 0) return null;
  return (
    <ul class="sf-chips" aria-label="About this job">
      {chips.map((c) => (
        <li key={c.key} class={`sf-chip sf-chip-${c.tone}`}>
          {c.label}
        </li>
      ))}
    </ul>
  );
}
