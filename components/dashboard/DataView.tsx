import type { ComponentChildren } from 'preact';
import { formatDay } from '@/lib/dashboard/format';
import type { ImportPlan } from '@/lib/backup';
import { ImportPreview } from './ImportPreview';

interface CatalogRow {
  id: string;
  name: string;
  courses: number;
  importedAt: number;
}

/** Outcome of the last action in this view, shown next to it; `undo` offers to take it back. */
export interface DataMessage {
  kind: 'ok' | 'error';
  text: string;
  /** Per-row problems of a catalog import. */
  details?: string[];
  undo?: { label: string; run(): void };
}

/** A question before acting (replace a catalog of the same name). */
export interface DataQuestion {
  text: string;
  yes: string;
  onYes(): void;
  onNo(): void;
}

interface Props {
  catalogs: CatalogRow[];
  busy: boolean;
  backupMessage: DataMessage | null;
  catalogMessage: DataMessage | null;
  catalogQuestion: DataQuestion | null;
  lastBackup: number | null;
  backupDue: boolean;
  safetyCopyAt: number | null;
  pendingImport: { fileName: string; plan: ImportPlan } | null;
  deleteStep: 'idle' | 'confirm';
  deleteMessage: DataMessage | null;
  onExport(): void;
  onImportBackup(file: File): void;
  onConfirmImport(restoreDeleted: boolean): void;
  onCancelImport(): void;
  onRestoreSafetyCopy(): void;
  onImportCatalog(file: File): void;
  onRemoveCatalog(id: string): void;
  onDeleteAll(step: 'ask' | 'confirm' | 'cancel'): void;
}

function Message({ m, id }: { m: DataMessage | null; id: string }) {
  return (
    <div id={id} role={m?.kind === 'error' ? 'alert' : 'status'} class={m ? `db-msg db-msg-${m.kind}` : 'db-msg'}>
      {m ? (
        <p>
          {m.text}
          {m.undo ? (
            <>
              {' '}
              <button type="button" class="db-link" onClick={m.undo.run}>
                {m.undo.label}
              </button>
            </>
          ) : null}
        </p>
      ) : null}
      {m?.details?.length ? (
        <ul aria-label="Problems by row">
          {m.details.slice(0, 50).map((d, i) => (
            <li key={i}>{d}</li>
          ))}
          {m.details.length > 50 ? <li>and {m.details.length - 50} more</li> : null}
        </ul>
      ) : null}
    </div>
  );
}

function Card({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <div class="db-card">
      <h3>{title}</h3>
      {children}
    </div>
  );
}

/** Backup export and import (with a preview and a safety copy), course catalogs, and deleting everything. */
export function DataView(p: Props) {
  return (
    <section class="db-section" aria-labelledby="data-h">
      <h2 id="data-h">Your data</h2>
      <p class="db-muted">
        Everything SkillFit knows about you stays in this browser. Keep a backup, or move it to another computer.
      </p>
      <div class="db-grid-2">
        <Card title="Backup">
          <p>Your skills, saved jobs, notes, learning plan, credentials and catalogs, as one JSON file.</p>
          <p class={p.backupDue ? 'db-nudge' : 'db-muted'} id="sf-last-backup">
            {p.lastBackup === null ? 'No backup made yet.' : `Last backup: ${formatDay(p.lastBackup)}.`}
            {p.backupDue ? ' A fresh backup keeps your saved jobs and notes safe.' : ''}
          </p>
          <div>
            <button type="button" class="sf-primary" disabled={p.busy} onClick={p.onExport}>
              Export backup
            </button>
          </div>
          <label for="sf-backup-file">Import a backup (merges with what is here; you see the changes first)</label>
          <FileInput
            id="sf-backup-file"
            accept=".json,application/json"
            busy={p.busy || p.pendingImport !== null}
            describedBy="sf-backup-msg"
            onFile={p.onImportBackup}
          />
          {p.pendingImport ? (
            <ImportPreview
              fileName={p.pendingImport.fileName}
              plan={p.pendingImport.plan}
              busy={p.busy}
              onConfirm={p.onConfirmImport}
              onCancel={p.onCancelImport}
            />
          ) : null}
          <Message m={p.backupMessage} id="sf-backup-msg" />
          {p.safetyCopyAt !== null && !p.backupMessage?.undo ? (
            <p class="db-muted">
              Safety copy from before the import of {formatDay(p.safetyCopyAt)}.{' '}
              <button type="button" class="db-link" disabled={p.busy} onClick={p.onRestoreSafetyCopy}>
                Restore it
              </button>
            </p>
          ) : null}
        </Card>
        <Card title="Course catalogs">
          <p>
            Import your employer’s or school’s course list (JSON or CSV with columns <code>title</code>,{' '}
            <code>url</code>, <code>skills</code>, and optionally <code>provider</code>, <code>hours</code>,{' '}
            <code>cost</code>). Its courses join the recommendations.
          </p>
          <label for="sf-catalog-file">Import a catalog file</label>
          <FileInput
            id="sf-catalog-file"
            accept=".json,.csv,application/json,text/csv"
            busy={p.busy || p.catalogQuestion !== null}
            describedBy="sf-catalog-msg"
            onFile={p.onImportCatalog}
          />
          {p.catalogQuestion ? (
            <div class="db-preview" role="group" aria-label="Replace the catalog?">
              <p>{p.catalogQuestion.text}</p>
              <div class="db-actions">
                <button type="button" class="sf-primary" disabled={p.busy} onClick={p.catalogQuestion.onYes}>
                  {p.catalogQuestion.yes}
                </button>
                <button type="button" class="db-secondary" disabled={p.busy} onClick={p.catalogQuestion.onNo}>
                  Cancel
                </button>
              </div>
            </div>
          ) : null}
          <Message m={p.catalogMessage} id="sf-catalog-msg" />
          {p.catalogs.length === 0 ? (
            <p class="db-muted">No catalog imported. The bundled catalog of free and curated courses is always used.</p>
          ) : (
            <ul class="db-course-list" aria-label="Imported catalogs">
              {p.catalogs.map((c) => (
                <li key={c.id}>
                  <div>
                    <strong>{c.name}</strong>
                    <div class="db-muted">
                      {c.courses} course{c.courses === 1 ? '' : 's'} · imported {formatDay(c.importedAt)}
                    </div>
                  </div>
                  <button
                    type="button"
                    class="db-danger"
                    disabled={p.busy}
                    onClick={() => p.onRemoveCatalog(c.id)}
                    aria-label={`Remove catalog ${c.name}`}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Delete all my data">
          <p>Removes your skills, saved jobs, notes, learning plan, credentials and catalogs from this browser.</p>
          {p.deleteStep === 'idle' ? (
            <div>
              <button type="button" class="db-danger" disabled={p.busy} onClick={() => p.onDeleteAll('ask')}>
                Delete all my data…
              </button>
            </div>
          ) : (
            <div class="db-preview" role="group" aria-label="Delete all your data?">
              <p>
                <strong>This cannot be undone.</strong> Export a backup first if you may want any of it again.
              </p>
              <div class="db-actions">
                <button type="button" class="sf-primary" disabled={p.busy} onClick={p.onExport}>
                  Export backup first
                </button>
                <button type="button" class="db-danger" disabled={p.busy} onClick={() => p.onDeleteAll('confirm')}>
                  Delete everything
                </button>
                <button type="button" class="db-secondary" disabled={p.busy} onClick={() => p.onDeleteAll('cancel')}>
                  Cancel
                </button>
              </div>
            </div>
          )}
          <Message m={p.deleteMessage} id="sf-delete-msg" />
        </Card>
      </div>
    </section>
  );
}

/** A file picker that hands over the chosen file and clears itself, so the same file can be picked again. */
function FileInput(p: { id: string; accept: string; busy: boolean; describedBy: string; onFile(file: File): void }) {
  return (
    <input
      id={p.id}
      type="file"
      accept={p.accept}
      disabled={p.busy}
      aria-describedby={p.describedBy}
      onChange={(e) => {
        const file = e.currentTarget.files?.[0];
        e.currentTarget.value = '';
        if (file) p.onFile(file);
      }}
    />
  );
}
