import { useState } from 'preact/hooks';
import type { ImportPlan } from '@/lib/backup';
import { formatDay } from '@/lib/dashboard/format';
import { summarizePlan } from '@/lib/dashboard/import-summary';

interface Props {
  fileName: string;
  plan: ImportPlan;
  busy: boolean;
  onConfirm(restoreDeleted: boolean): void;
  onCancel(): void;
}

/** What an import would change, shown before anything is written. */
export function ImportPreview({ fileName, plan, busy, onConfirm, onCancel }: Props) {
  const [restoreDeleted, setRestoreDeleted] = useState(false);
  const { lines, deleted, nothing } = summarizePlan(plan);
  return (
    <div class="db-preview" role="group" aria-labelledby="sf-import-h">
      <h4 id="sf-import-h">
        Importing {fileName} (backup of {formatDay(plan.exportedAt)}) would:
      </h4>
      {lines.length ? (
        <ul aria-label="What the import changes">
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      ) : null}
      {nothing && !restoreDeleted ? <p>Change nothing: everything in the file is already here.</p> : null}
      {plan.conflicts.length ? (
        <details>
          <summary>
            {plan.conflicts.length} item{plan.conflicts.length === 1 ? '' : 's'} where your version is kept
          </summary>
          <ul aria-label="Items where your version is kept">
            {plan.conflicts.slice(0, 50).map((c) => (
              <li key={`${c.kind}:${c.id}`}>{c.label}</li>
            ))}
            {plan.conflicts.length > 50 ? <li>and {plan.conflicts.length - 50} more</li> : null}
          </ul>
        </details>
      ) : null}
      {deleted ? (
        <label class="db-check">
          <input
            type="checkbox"
            checked={restoreDeleted}
            onChange={(e) => setRestoreDeleted(e.currentTarget.checked)}
          />
          Also bring back the {deleted} item{deleted === 1 ? '' : 's'} I deleted since this backup
        </label>
      ) : null}
      <p class="db-muted">A safety copy of what is here now is kept first; you can restore it in one click.</p>
      <div class="db-actions">
        <button type="button" class="sf-primary" disabled={busy} onClick={() => onConfirm(restoreDeleted)}>
          Import
        </button>
        <button type="button" class="db-secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
