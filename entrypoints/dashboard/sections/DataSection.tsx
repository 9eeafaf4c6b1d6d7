import { useEffect, useState } from 'preact/hooks';
import { DataView, type DataMessage } from '@/components/dashboard/DataView';
import { SettingsCard } from '@/components/dashboard/SettingsCard';
import { backupFileName, catalogFormat, catalogName, rowsWithProblems } from '@/lib/dashboard/files';
import type { Res } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/runtime';
import type { Guard } from '../guard';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e)).replace(/^bad_request:\s*/, '');

/** "Your data" container: backup export/import and course catalogs. */
export function DataSection({ guard }: { guard: Guard }) {
  const [catalogs, setCatalogs] = useState<Res<'catalog.list'>['catalogs']>([]);
  const [busy, setBusy] = useState(false);
  const [backupMessage, setBackupMessage] = useState<DataMessage | null>(null);
  const [catalogMessage, setCatalogMessage] = useState<DataMessage | null>(null);

  const [settings, setSettings] = useState<Res<'settings.get'> | null>(null);
  useEffect(() => void guard(send('settings.get', {})).then((r) => r && setSettings(r)), []);
  const changeSettings = (changes: Partial<Res<'settings.get'>>) =>
    void guard(send('settings.set', changes)).then((r) => r && setSettings(r));

  const loadCatalogs = async () => {
    const r = await guard(send('catalog.list', {}));
    if (r) setCatalogs(r.catalogs);
  };
  useEffect(() => void loadCatalogs(), []);

  /** Runs one action with the controls disabled; failures are shown beside the control, not in the banner. */
  const run = async (action: () => Promise<DataMessage>, show: (m: DataMessage) => void) => {
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
      const { json } = await send('backup.export', {});
      const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = backupFileName(new Date());
      document.body.append(a);
      a.click();
      a.remove();
      // Revoke later: the download starts asynchronously after the click.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { kind: 'ok', text: `Backup saved as ${a.download}.` };
    }, setBackupMessage);

  const importBackup = (file: File) =>
    run(async () => {
      const r = await send('backup.import', { text: await file.text() });
      const c = r.counts;
      await loadCatalogs();
      return {
        kind: 'ok',
        text: `Imported ${c.profile ?? 0} skills, ${c.postings ?? 0} postings, ${c.learning ?? 0} courses, ${c.credentials ?? 0} credentials and ${c.catalogs ?? 0} catalogs from ${file.name}.`,
      };
    }, setBackupMessage);

  const importCatalog = (file: File) =>
    run(async () => {
      const text = await file.text();
      const r = await send('catalog.import', {
        name: catalogName(file.name),
        format: catalogFormat(file.name, text),
        text,
      });
      await loadCatalogs();
      if (r.added === 0)
        return { kind: 'error', text: `No course could be imported from ${file.name}.`, details: r.errors };
      const bad = rowsWithProblems(r.errors);
      return {
        kind: 'ok',
        text: `Imported ${r.added} course${r.added === 1 ? '' : 's'} from ${file.name}${bad ? `; ${bad} row${bad === 1 ? '' : 's'} had problems (below)` : ''}.`,
        details: r.errors,
      };
    }, setCatalogMessage);

  return (
    <>
      <DataView
        catalogs={catalogs}
        busy={busy}
        backupMessage={backupMessage}
        catalogMessage={catalogMessage}
        onExport={() => void exportBackup()}
        onImportBackup={(f) => void importBackup(f)}
        onImportCatalog={(f) => void importCatalog(f)}
        onRemoveCatalog={(id) =>
          void guard(send('catalog.remove', { id })).then(() => {
            setCatalogMessage(null);
            return loadCatalogs();
          })
        }
      />
      <SettingsCard settings={settings} onChange={changeSettings} />
    </>
  );
}
