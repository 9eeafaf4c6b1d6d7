import { useEffect, useState } from 'preact/hooks';
import { DataView, type DataMessage, type DataQuestion } from '@/components/dashboard/DataView';
import { SettingsCard } from '@/components/dashboard/SettingsCard';
import { backupFileName, catalogFormat, catalogName, rowsWithProblems } from '@/lib/dashboard/files';
import {
  backupIsDue,
  confirmImport,
  deleteEverything,
  exportToParts,
  lastBackupAt,
  readBackupFile,
  undoImport,
  type BackupDeps,
} from '@/lib/dashboard/backup';
import { snapshotTakenAt, type ImportPlan } from '@/lib/backup';
import { getDb } from '@/lib/db/database';
import type { Res } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/runtime';
import type { Guard } from '../guard';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e)).replace(/^bad_request:\s*/, '');

/**
 * Backups run here, on the database itself; the background is told when its data changed. The
 * database is opened on first use, not when the dashboard loads (most visits never back up).
 */
const deps: BackupDeps = {
  get db() {
    return getDb();
  },
  now: () => Date.now(),
  unknownSkills: async (ids) => (await send('skills.unknown', { ids })).unknown,
  dataChanged: async () => (await send('data.changed', {})).rescored,
};

/** Saves a file the way a download link does. */
function download(parts: string[], name: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: the download starts asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "Your data" container: backup export and import, course catalogs, settings, deleting everything. */
export function DataSection({ guard }: { guard: Guard }) {
  const [catalogs, setCatalogs] = useState<Res<'catalog.list'>['catalogs']>([]);
  const [busy, setBusy] = useState(false);
  const [backupMessage, setBackupMessage] = useState<DataMessage | null>(null);
  const [catalogMessage, setCatalogMessage] = useState<DataMessage | null>(null);
  const [catalogQuestion, setCatalogQuestion] = useState<DataQuestion | null>(null);
  const [deleteMessage, setDeleteMessage] = useState<DataMessage | null>(null);
  const [deleteStep, setDeleteStep] = useState<'idle' | 'confirm'>('idle');
  const [lastBackup, setLastBackup] = useState<number | null>(null);
  const [hasData, setHasData] = useState(false);
  const [safetyCopyAt, setSafetyCopyAt] = useState<number | null>(null);
  const [pendingImport, setPendingImport] = useState<{ fileName: string; plan: ImportPlan } | null>(null);

  const [settings, setSettings] = useState<Res<'settings.get'> | null>(null);
  useEffect(() => void guard(send('settings.get', {})).then((r) => r && setSettings(r)), []);
  const changeSettings = (changes: Partial<Res<'settings.get'>>) =>
    void guard(send('settings.set', changes)).then((r) => r && setSettings(r));

  const loadCatalogs = async () => {
    const r = await guard(send('catalog.list', {}));
    if (r) setCatalogs(r.catalogs);
  };
  const loadBackupState = async () => {
    const [last, copy, skills, saved] = await Promise.all([
      lastBackupAt(deps.db),
      snapshotTakenAt(deps.db),
      deps.db.profile.count(),
      deps.db.postings.where('saved').equals(1).count(),
    ]);
    setLastBackup(last);
    setSafetyCopyAt(copy);
    setHasData(skills + saved > 0);
  };
  useEffect(() => {
    void loadCatalogs();
    void guard(loadBackupState());
  }, []);

  /** Runs one action with the controls disabled; failures are shown beside the control, not in the banner. */
  const run = async (action: () => Promise<DataMessage | null>, show: (m: DataMessage | null) => void) => {
    setBusy(true);
    try {
      show(await action());
    } catch (e) {
      show({ kind: 'error', text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };

  const exportBackup = () =>
    run(async () => {
      const { parts, backup } = await exportToParts(deps);
      const name = backupFileName(new Date());
      download(parts, name);
      await loadBackupState();
      return {
        kind: 'ok',
        text: `Backup saved as ${name}: ${backup.profile.length} skills, ${backup.postings.length} saved jobs, ${backup.learning.length} courses, ${backup.credentials.length} credentials, ${backup.catalogs.length} catalogs.`,
      };
    }, setBackupMessage);

  const readBackup = (file: File) =>
    run(async () => {
      const r = await readBackupFile(deps, file);
      if (!r.ok) return { kind: 'error', text: r.error };
      setPendingImport({ fileName: file.name, plan: r.plan });
      return null;
    }, setBackupMessage);

  const restoreSafetyCopy = () =>
    run(async () => {
      const r = await undoImport(deps);
      await Promise.all([loadCatalogs(), loadBackupState()]);
      if (!r.ok) return { kind: 'error', text: r.error };
      return {
        kind: 'ok',
        text: r.value ? 'Your data is back as it was before the import.' : 'There is no safety copy to restore.',
      };
    }, setBackupMessage);

  const importBackup = (restoreDeleted: boolean) =>
    run(async () => {
      if (!pendingImport) return null;
      const r = await confirmImport(deps, pendingImport.plan, restoreDeleted);
      setPendingImport(null);
      await Promise.all([loadCatalogs(), loadBackupState()]);
      if (!r.ok) return { kind: 'error', text: r.error };
      const w = r.value.written;
      return {
        kind: 'ok',
        text: `Imported from ${pendingImport.fileName}: ${w.profile} skills, ${w.postings} saved jobs, ${w.learning} courses, ${w.credentials} credentials and ${w.catalogs} catalogs added or updated; ${r.value.rescored} saved job${r.value.rescored === 1 ? '' : 's'} re-scored.`,
        undo: { label: 'Undo this import', run: () => void restoreSafetyCopy() },
      };
    }, setBackupMessage);

  const importCatalog = (file: File, ifExists: 'ask' | 'replace' = 'ask', text?: string) =>
    run(async () => {
      setCatalogQuestion(null);
      const body = text ?? (await file.text());
      const name = catalogName(file.name);
      const r = await send('catalog.import', { name, format: catalogFormat(file.name, body), text: body, ifExists });
      if (r.exists && r.added === 0 && ifExists === 'ask') {
        setCatalogQuestion({
          text: `A catalog named “${name}” is already imported. Replace it with this file?`,
          yes: 'Replace it',
          onYes: () => void importCatalog(file, 'replace', body),
          onNo: () => setCatalogQuestion(null),
        });
        return null;
      }
      await loadCatalogs();
      if (r.added === 0)
        return { kind: 'error', text: `No course could be imported from ${file.name}.`, details: r.errors };
      const bad = rowsWithProblems(r.errors);
      return {
        kind: 'ok',
        text: `${r.replaced ? 'Replaced the catalog with' : 'Imported'} ${r.added} course${r.added === 1 ? '' : 's'} from ${file.name}${bad ? `; ${bad} row${bad === 1 ? '' : 's'} had problems (below)` : ''}.`,
        details: r.errors,
      };
    }, setCatalogMessage);

  const removeCatalog = (id: string) =>
    run(async () => {
      const { removed } = await send('catalog.remove', { id });
      await loadCatalogs();
      if (!removed) return null;
      return {
        kind: 'ok',
        text: `Removed the catalog “${removed.name}”.`,
        undo: {
          label: 'Undo',
          run: () =>
            void run(async () => {
              await send('catalog.restore', { catalog: removed });
              await loadCatalogs();
              return { kind: 'ok', text: `The catalog “${removed.name}” is back.` };
            }, setCatalogMessage),
        },
      };
    }, setCatalogMessage);

  const deleteAll = (step: 'ask' | 'confirm' | 'cancel') => {
    if (step !== 'confirm') {
      setDeleteStep(step === 'ask' ? 'confirm' : 'idle');
      setDeleteMessage(null);
      return;
    }
    void run(async () => {
      const r = await deleteEverything(deps);
      setDeleteStep('idle');
      setBackupMessage(null);
      await Promise.all([loadCatalogs(), loadBackupState()]);
      return r.ok
        ? { kind: 'ok', text: 'All your SkillFit data is deleted from this browser.' }
        : { kind: 'error', text: r.error };
    }, setDeleteMessage);
  };

  return (
    <>
      <DataView
        catalogs={catalogs}
        busy={busy}
        backupMessage={backupMessage}
        catalogMessage={catalogMessage}
        catalogQuestion={catalogQuestion}
        lastBackup={lastBackup}
        backupDue={backupIsDue(lastBackup, hasData, Date.now())}
        safetyCopyAt={safetyCopyAt}
        pendingImport={pendingImport}
        deleteStep={deleteStep}
        deleteMessage={deleteMessage}
        onExport={() => void exportBackup()}
        onImportBackup={(f) => void readBackup(f)}
        onConfirmImport={(restoreDeleted) => void importBackup(restoreDeleted)}
        onCancelImport={() => {
          setPendingImport(null);
          setBackupMessage({ kind: 'ok', text: 'Import cancelled: nothing was changed.' });
        }}
        onRestoreSafetyCopy={() => void restoreSafetyCopy()}
        onImportCatalog={(f) => void importCatalog(f)}
        onRemoveCatalog={(id) => void removeCatalog(id)}
        onDeleteAll={deleteAll}
      />
      <SettingsCard settings={settings} onChange={changeSettings} />
    </>
  );
}
