import type { PostingView } from '@/lib/messaging/views';
import { signalChips } from '@/lib/posting/chips';

/** The posting's hiring signals as chips; nothing when it states none (or was read before signals). */
export function SignalChips({ signals }: { signals: PostingView['signals'] }) {
  const chips = signals ? signalChips(signals) : [];
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
