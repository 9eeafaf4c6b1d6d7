import type { Res } from '@/lib/messaging/protocol';

type Ignored = Res<'ignored.list'>;

interface Props {
  ignored: Ignored;
  /** Counts the skill again: everywhere (`postingId` null) or in that posting. */
  onRestore(skillId: string, postingId: string | null, name: string): void;
}

/** The skills the user told SkillFit not to count, from a job page or the popup, each with the way back. */
export function IgnoredSkills({ ignored, onRestore }: Props) {
  if (ignored.never.length === 0 && ignored.here.length === 0) return null;
  return (
    <section class="db-card db-ignored" aria-labelledby="ignored-h">
      <h3 id="ignored-h">Skills you told SkillFit to ignore</h3>
      <ul class="db-ignored-list">
        {ignored.never.map((s) => (
          <li key={`never:${s.id}`}>
            <span>
              <strong>{s.name}</strong> — never counted, in any job
            </span>
            <button type="button" class="db-secondary" onClick={() => onRestore(s.id, null, s.name)}>
              Count it again<span class="db-visually-hidden"> ({s.name}, every job)</span>
            </button>
          </li>
        ))}
        {ignored.here.map((s) => (
          <li key={`${s.postingId}:${s.id}`}>
            <span>
              <strong>{s.name}</strong> — not a skill in “{s.title}”{s.company ? ` at ${s.company}` : ''}
            </span>
            <button type="button" class="db-secondary" onClick={() => onRestore(s.id, s.postingId, s.name)}>
              Count it again
              <span class="db-visually-hidden">
                {' '}
                ({s.name} in {s.title})
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
