import { formatDay } from '@/lib/dashboard/format';

interface CatalogRow {
  id: string;
  name: string;
  courses: number;
  importedAt: number;
}

/** Outcome of the last action in this view, shown next to it. */
export interface DataMessage {
  kind: 'ok' | 'error';
  text: string;
  /** Per-row problems of a catalog import. */
  details?: string[];
}

interface Props {
  catalogs: CatalogRow[];
  busy: boolean;
  backupMessage: DataMessage | null;
  catalogMessage: DataMessage | null;
  onExport(): void;
  onImportBackup(file: File): void;
  onImportCatalog(file: File): void;
  onRemoveCatalog(id: string): void;
}

function Message({ m, id }: { m: DataMessage | null; id: string }) {
  return (
    <div id={id} role={m?.kind === 'error' ? 'alert' : 'status'} class={m ? `db-msg db-msg-${m.kind}` : 'db-msg'}>
      {m ? <p>{m.text}</p> : null}
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

/** Backup export and import, course-catalog import, the list of imported catalogs. */
export function DataView(p: Props) {
  return (
    <section class="db-section" aria-labelledby="data-h">
      <h2 id="data-h">Your data</h2>
      <p class="db-muted">
        Everything SkillFit knows about you stays in this browser. Keep a backup, or move it to another computer.
      </p>
      <div class="db-grid-2">
        <div class="db-card">
          <h3>Backup</h3>
          <p>Your skills, saved jobs, notes, learning plan, credentials and catalogs, as one JSON file.</p>
          <div>
            <button type="button" class="sf-primary" disabled={p.busy} onClick={p.onExport}>
              Export backup
            </button>
          </div>
          <label for="sf-backup-file">Import a backup (merges with what is here)</label>
          <FileInput
            id="sf-backup-file"
            accept=".json,application/json"
            busy={p.busy}
            describedBy="sf-backup-msg"
            onFile={p.onImportBackup}
          />
          <Message m={p.backupMessage} id="sf-backup-msg" />
        </div>
        <div class="db-card">
          <h3>Course catalogs</h3>
          <p>
            Import your employer’s or school’s course list (JSON or CSV with columns <code>title</code>,{' '}
            <code>url</code>, <code>skills</code>, and optionally <code>provider</code>, <code>hours</code>,{' '}
            <code>cost</code>). Its courses join the recommendations.
          </p>
          <label for="sf-catalog-file">Import a catalog file</label>
          <FileInput
            id="sf-catalog-file"
            accept=".json,.csv,application/json,text/csv"
            busy={p.busy}
            describedBy="sf-catalog-msg"
            onFile={p.onImportCatalog}
          />
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
                    onClick={() => p.onRemoveCatalog(c.id)}
                    aria-label={`Remove catalog ${c.name}`}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
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
