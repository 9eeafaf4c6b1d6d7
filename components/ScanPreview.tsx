import { useState } from 'preact/hooks';

export interface PreviewDraft {
  title: string;
  company: string;
  skills: { id: string; name: string }[];
}

interface Props {
  initial: PreviewDraft;
  saving: boolean;
  onSave(draft: PreviewDraft): void;
}

/** What a scan of an unknown page found, editable before it is saved. */
export function ScanPreview({ initial, saving, onSave }: Props) {
  const [draft, setDraft] = useState(initial);
  return (
    <form
      class="pp-box"
      aria-label="Job found on this page"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
      }}
    >
      <p>
        <strong>Check what SkillFit read</strong>, then save.
      </p>
      <label>
        Job title
        <input value={draft.title} onInput={(e) => setDraft({ ...draft, title: e.currentTarget.value })} required />
      </label>
      <label>
        Company
        <input value={draft.company} onInput={(e) => setDraft({ ...draft, company: e.currentTarget.value })} />
      </label>
      <div>
        <p id="pp-skills-label">Skills asked for ({draft.skills.length})</p>
        <ul class="pp-chips" aria-labelledby="pp-skills-label">
          {draft.skills.map((s) => (
            <li key={s.id}>
              {s.name}
              <button
                type="button"
                aria-label={`Remove ${s.name}`}
                onClick={() => setDraft({ ...draft, skills: draft.skills.filter((x) => x.id !== s.id) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      </div>
      <button type="submit" class="sf-primary" disabled={saving}>
        {saving ? 'Saving…' : 'Save job'}
      </button>
    </form>
  );
}
