import { LEVEL_WORDS, type ProfileRecord } from '@/lib/db/records';
import { SkillPicker, type Suggestion } from './SkillPicker';

interface Props {
  skills: ProfileRecord[];
  suggestions: Suggestion[];
  onQuery(q: string): void;
  onAdd(s: Suggestion): void;
  onLevel(skillId: string, level: number): void;
  onRemove(skillId: string): void;
}

const SOURCE_WORDS = { self: 'self-rated', text: 'from your text', credential: 'from a credential' } as const;

/** The skill profile: add by autocomplete, set levels in words, remove; each skill shows its evidence. */
export function ProfileView({ skills, suggestions, onQuery, onAdd, onLevel, onRemove }: Props) {
  return (
    <section class="db-section" aria-labelledby="profile-h">
      <h2 id="profile-h">Your skills</h2>
      <div class="db-card">
        <SkillPicker suggestions={suggestions} onQuery={onQuery} onPick={onAdd} />
      </div>
      {skills.length === 0 ? (
        <p class="db-card" role="note">
          <strong>Start here.</strong> Add the skills you have — at work, in school or anywhere else (cash handling, scheduling,
          Excel, a language). Every job you browse is then scored against them.
        </p>
      ) : (
        <ul class="db-skill-list" aria-label="Skills in your profile">
          {skills.map((s) => (
            <li key={s.skillId}>
              <span>
                <strong>{s.name}</strong> <span class="db-muted">({SOURCE_WORDS[s.source]})</span>
              </span>
              <label>
                <span class="db-muted">Level of {s.name}</span>
                <select value={String(s.level)} onChange={(e) => onLevel(s.skillId, Number(e.currentTarget.value))}>
                  {[1, 2, 3, 4, 5].map((l) => (
                    <option key={l} value={String(l)}>
                      {l} · {LEVEL_WORDS[l]}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" class="db-danger" onClick={() => onRemove(s.skillId)} aria-label={`Remove ${s.name}`}>
                Remove
              </button>
              {s.evidence[0]?.text ? <span class="db-evidence">Evidence: {s.evidence[0].text}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
