import { LEVEL_WORDS, type ProfileRecord } from '@/lib/db/records';
import { describeEvidence, levelLabel, SOURCE_WORDS, visibleEvidence } from '@/lib/dashboard/profile';
import { formatDay } from '@/lib/dashboard/format';
import { SkillPicker, type Suggestion } from './SkillPicker';
import { TextImport, type TextImportProps } from './TextImport';

interface Props {
  skills: ProfileRecord[];
  loaded: boolean;
  /** A change being saved (and saved jobs re-scored), or ''. */
  saving: string;
  suggestions: Suggestion[];
  answered: string;
  /** Level a skill picked from the list is added at. */
  newLevel: number;
  onNewLevel(level: number): void;
  onQuery(q: string): void;
  onAdd(s: Suggestion): void;
  /** Adds text no skill matches as the user's own skill. */
  onAddOwn?(name: string): void;
  /** A held skill picked again at another level: asked before it changes. */
  pendingLevel: { skill: Suggestion; from: number; to: number } | null;
  onConfirmLevel(): void;
  onCancelLevel(): void;
  onLevel(skillId: string, level: number): void;
  onRemove(skillId: string): void;
  textImport: TextImportProps;
}

const LEVELS = [1, 2, 3, 4, 5];

/** The skill profile: add by autocomplete or from pasted text, set levels in words, remove; each skill shows its evidence. */
export function ProfileView(p: Props) {
  return (
    <section class="db-section" aria-labelledby="profile-h">
      <h2 id="profile-h">Your skills</h2>
      <div class="db-grid-2">
        <div class="db-card">
          <h3>Add one skill</h3>
          <label class="db-inline">
            <span>Level to add at</span>
            <select value={String(p.newLevel)} onChange={(e) => p.onNewLevel(Number(e.currentTarget.value))}>
              {LEVELS.map((l) => (
                <option key={l} value={String(l)}>
                  {levelLabel(l)}
                </option>
              ))}
            </select>
          </label>
          <SkillPicker
            suggestions={p.suggestions}
            answered={p.answered}
            onQuery={p.onQuery}
            onPick={p.onAdd}
            {...(p.onAddOwn ? { onAddOwn: p.onAddOwn } : {})}
            held={new Map(p.skills.map((s) => [s.skillId, s.level]))}
          />
          {p.pendingLevel ? (
            <div class="db-confirm" role="group" aria-labelledby="level-q">
              <p id="level-q">
                You have <strong>{p.pendingLevel.skill.name}</strong> at {levelLabel(p.pendingLevel.from)}. Change it to{' '}
                {levelLabel(p.pendingLevel.to)}?
              </p>
              <div class="db-row">
                <button type="button" class="sf-primary" onClick={p.onConfirmLevel}>
                  Change to {LEVEL_WORDS[p.pendingLevel.to]}
                </button>
                <button type="button" class="db-secondary" onClick={p.onCancelLevel}>
                  Keep {LEVEL_WORDS[p.pendingLevel.from]}
                </button>
              </div>
            </div>
          ) : null}
          <p class="db-live db-muted" role="status">
            {p.saving ? `${p.saving} Your saved jobs are re-scored.` : ''}
          </p>
        </div>
        <TextImport {...p.textImport} />
      </div>
      {p.loaded && p.skills.length === 0 ? (
        <div class="db-card db-empty" role="note">
          <strong>Start here.</strong>
          <p>
            Add the skills you have — from work, school or anywhere else: cash handling, scheduling, Excel, forklift, a
            language. Or paste your résumé above and tick the skills found in it. Every job you browse is then scored
            against them.
          </p>
        </div>
      ) : null}
      {p.skills.length > 0 ? (
        <>
          <h3>
            In your profile <span class="db-count">({p.skills.length})</span>
          </h3>
          <ul class="db-skill-list" aria-label="Skills in your profile">
            {p.skills.map((s) => (
              <SkillRow key={s.skillId} skill={s} onLevel={p.onLevel} onRemove={p.onRemove} />
            ))}
          </ul>
          <p class="db-muted db-hint">Levels: {LEVELS.map((l) => `${l} ${LEVEL_WORDS[l]}`).join(' · ')}.</p>
        </>
      ) : null}
    </section>
  );
}

function SkillRow({
  skill: s,
  onLevel,
  onRemove,
}: {
  skill: ProfileRecord;
  onLevel: Props['onLevel'];
  onRemove: Props['onRemove'];
}) {
  const evidence = visibleEvidence(s.evidence);
  const selectId = `lvl-${s.skillId}`;
  return (
    <li data-skill-id={s.skillId}>
      <div class="db-skill-main">
        <strong class="db-skill-name">{s.name}</strong>
        <span class={`db-source db-source-${s.source}`}>{SOURCE_WORDS[s.source]}</span>
      </div>
      <div class="db-inline">
        <label for={selectId} class="db-visually-hidden">
          Level of {s.name}
        </label>
        <select
          id={selectId}
          value={String(s.level)}
          onChange={(e) => onLevel(s.skillId, Number(e.currentTarget.value))}
        >
          {LEVELS.map((l) => (
            <option key={l} value={String(l)}>
              {levelLabel(l)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" class="db-danger" onClick={() => onRemove(s.skillId)} aria-label={`Remove ${s.name}`}>
        Remove
      </button>
      <ul class="db-evidence" aria-label={`Evidence for ${s.name}`}>
        {evidence.slice(0, 3).map((e, i) => {
          const d = describeEvidence(e);
          return (
            <li key={i}>
              <span class="db-evidence-source">{d.source}</span>
              {d.text ? (
                <>
                  <q>{d.text}</q>
                  <span class="db-muted"> · {formatDay(e.at)}</span>
                </>
              ) : (
                <span class="db-muted">on {formatDay(e.at)}</span>
              )}
            </li>
          );
        })}
        {evidence.length > 3 ? <li class="db-muted">and {evidence.length - 3} more</li> : null}
      </ul>
    </li>
  );
}
