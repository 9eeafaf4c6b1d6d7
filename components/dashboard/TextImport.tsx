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
  onChange(index: number, change: Partial<Pick<TextCandidate, 'picked' | 'level' | 'expiresOn'>>): void;
  onAdd(): void;
  onClear(): void;
  /** A résumé file chosen or dropped (PDF, .docx, text). */
  onFile(file: File): void;
  /** What the text's length or the file did that the user must know (cut at the limit, unreadable). */
  note: string;
}

/** Why a candidate starts ticked or not, from what its sentence said. */
function readingWords(c: TextCandidate): string {
  if (c.heldLevel !== null) return 'in your profile';
  if (c.confidence === 'low') return 'not sure: check the sentence';
  return c.cue ? `read from “${c.cue}”` : '';
}

const LEVELS = [1, 2, 3, 4, 5];

/** Paste a résumé or any text, review the skills found (each with its sentence), tick the ones to add. */
export function TextImport(p: TextImportProps) {
  const picked = p.candidates?.filter((c) => c.picked).length ?? 0;
  return (
    <div class="db-card">
      <h3>Find skills in your résumé or a text</h3>
      <label for="sf-text">Paste your résumé, a cover letter or a list of what you did at work</label>
      <textarea
        id="sf-text"
        value={p.text}
        onInput={(e) => p.onText(e.currentTarget.value)}
        placeholder="Ran the closing shift for two years, trained new staff, handled cash and card payments…"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          const file = e.dataTransfer?.files[0];
          if (!file) return;
          e.preventDefault();
          p.onFile(file);
        }}
      />
      <div class="db-row">
        <label class="db-file">
          Or choose a résumé file (PDF, Word .docx or text); you can also drop it on the box above
          <input
            type="file"
            accept=".pdf,.docx,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
            disabled={p.busy}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) p.onFile(file);
            }}
          />
        </label>
      </div>
      {p.note ? (
        <p class="db-note" role="note">
          {p.note}
        </p>
      ) : null}
      <div class="db-row">
        <button type="button" class="sf-primary" disabled={p.busy || p.text.trim() === ''} onClick={p.onFind}>
          Find skills
        </button>
        {p.candidates || p.text ? (
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
              <li
                key={c.id}
                data-skill-id={c.id}
                data-confidence={c.confidence}
                data-level={c.level === null ? '' : String(c.level)}
              >
                <label class="db-check">
                  <input
                    type="checkbox"
                    checked={c.picked}
                    onChange={(e) => p.onChange(i, { picked: e.currentTarget.checked })}
                  />
                  <strong>{c.name}</strong>
                  {readingWords(c) ? <span class="db-muted"> ({readingWords(c)})</span> : null}
                </label>
                {c.level === null ? (
                  <label class="db-expiry">
                    Licence or certificate, held without a level. Expires on (optional)
                    <input
                      type="date"
                      value={c.expiresOn}
                      onInput={(e) => p.onChange(i, { expiresOn: e.currentTarget.value })}
                    />
                  </label>
                ) : (
                  <>
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
                  </>
                )}
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
