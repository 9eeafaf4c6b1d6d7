import type { TextCandidate } from '@/lib/dashboard/profile';
import { levelLabel } from '@/lib/dashboard/profile';

export interface TextImportProps {
  text: string;
  /** null before the first search; [] when the text named no known skill. */
  candidates: TextCandidate[] | null;
  busy: boolean;
  /** What the last "Add" did, e.g. "Added 3 skills". */
  message: string;
  onText(text: string): void;
  onFind(): void;
  onChange(index: number, change: Partial<Pick<TextCandidate, 'picked' | 'level'>>): void;
  onAdd(): void;
  onClear(): void;
}

const LEVELS = [1, 2, 3, 4, 5];

/** Paste a résumé or any text, review the skills found (each with its sentence), tick the ones to add. */
export function TextImport(p: TextImportProps) {
  const picked = p.candidates?.filter((c) => c.picked).length ?? 0;
  return (
    <div class="db-card">
      <h3>Find skills in a text</h3>
      <label for="sf-text">Paste your résumé, a cover letter or a list of what you did at work</label>
      <textarea
        id="sf-text"
        value={p.text}
        onInput={(e) => p.onText(e.currentTarget.value)}
        placeholder="Ran the closing shift for two years, trained new staff, handled cash and card payments…"
      />
      <div class="db-row">
        <button type="button" class="sf-primary" disabled={p.busy || p.text.trim() === ''} onClick={p.onFind}>
          Find skills
        </button>
        {p.candidates ? (
          <button type="button" class="db-secondary" onClick={p.onClear}>
            Clear
          </button>
        ) : null}
      </div>
      {p.candidates && p.candidates.length === 0 ? (
        <p role="status">No known skills in this text. Try adding more detail about what you did.</p>
      ) : null}
      {p.candidates && p.candidates.length > 0 ? (
        <fieldset class="db-found">
          <legend>
            Found {p.candidates.length} skill{p.candidates.length === 1 ? '' : 's'}: tick the ones you have
          </legend>
          <ul class="db-found-list">
            {p.candidates.map((c, i) => (
              <li key={c.id} data-skill-id={c.id}>
                <label class="db-check">
                  <input
                    type="checkbox"
                    checked={c.picked}
                    onChange={(e) => p.onChange(i, { picked: e.currentTarget.checked })}
                  />
                  <strong>{c.name}</strong>
                  {c.heldLevel !== null ? <span class="db-muted"> (in your profile)</span> : null}
                </label>
                <label class="db-visually-hidden" for={`found-lvl-${c.id}`}>
                  Level of {c.name}
                </label>
                <select
                  id={`found-lvl-${c.id}`}
                  value={String(c.level)}
                  onChange={(e) => p.onChange(i, { level: Number(e.currentTarget.value) })}
                >
                  {LEVELS.map((l) => (
                    <option key={l} value={String(l)}>
                      {levelLabel(l)}
                    </option>
                  ))}
                </select>
                <q class="db-sentence">{c.sentence}</q>
              </li>
            ))}
          </ul>
          <button type="button" class="sf-primary" disabled={p.busy || picked === 0} onClick={p.onAdd}>
            Add {picked} skill{picked === 1 ? '' : 's'} to my profile
          </button>
        </fieldset>
      ) : null}
      <p class="db-live" role="status">
        {p.message}
      </p>
    </div>
  );
}
