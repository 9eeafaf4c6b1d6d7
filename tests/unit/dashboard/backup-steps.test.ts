import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SkillFitDB } from '@/lib/db/database';
import { upsertSkill } from '@/lib/db/profile';
import { exportBackup } from '@/lib/backup';
import {
  BACKUP_NUDGE_MS,
  MAX_BACKUP_BYTES,
  backupIsDue,
  confirmImport,
  exportToParts,
  lastBackupAt,
  readBackupFile,
  type BackupDeps,
} from '@/lib/dashboard/backup';

let db: SkillFitDB;
let deps: BackupDeps;
let changed: number;
let n = 0;
beforeEach(() => {
  db = new SkillFitDB(`backup-steps-${++n}`);
  changed = 0;
  deps = {
    db,
    now: () => 5_000,
    unknownSkills: async (ids) => ids.filter((id) => id.startsWith('made-up')),
    dataChanged: async () => {
      changed++;
      return 0;
    },
  };
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const file = (text: string, size = text.length) => ({ size, text: async () => text });

describe('backup steps in the dashboard', () => {
  it('records the date of an export, and nudges only when there is data and the last backup is old', async () => {
    expect(await lastBackupAt(db)).toBeNull();
    await upsertSkill(db, { skillId: 'sql', name: 'SQL', level: 3, source: 'self' });
    const { parts, backup } = await exportToParts(deps);
    expect(JSON.parse(parts.join(''))).toEqual(backup);
    expect(await lastBackupAt(db)).toBe(5_000);
    // The date is bookkeeping, not the user's data.
    expect(backup.settings).toEqual([]);
    expect(backupIsDue(null, false, 0)).toBe(false);
    expect(backupIsDue(null, true, 0)).toBe(true);
    expect(backupIsDue(1_000, true, 1_000 + BACKUP_NUDGE_MS)).toBe(false);
    expect(backupIsDue(1_000, true, 1_001 + BACKUP_NUDGE_MS)).toBe(true);
  });

  it('refuses a file too large to be a backup before reading it', async () => {
    let read = false;
    const huge = { size: MAX_BACKUP_BYTES + 1, text: async () => ((read = true), '{}') };
    const r = await readBackupFile(deps, huge);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
    expect(read).toBe(false);
  });

  it('refuses skills this SkillFit does not know, and writes nothing', async () => {
    const other = new SkillFitDB(`backup-steps-other-${n}`);
    await upsertSkill(other, { skillId: 'made-up-skill', name: 'Made up', level: 3, source: 'self' });
    const text = JSON.stringify(await exportBackup(other, 1));
    other.close();
    await Dexie.delete(other.name);
    const r = await readBackupFile(deps, file(text));
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(/1 skill this SkillFit does not know \(such as "made-up-skill"\)/),
    });
    expect(await db.profile.count()).toBe(0);
  });

  it('imports a good file after its plan, then tells the background', async () => {
    const other = new SkillFitDB(`backup-steps-other-${n}`);
    await upsertSkill(other, { skillId: 'sql', name: 'SQL', level: 3, source: 'self' });
    const text = JSON.stringify(await exportBackup(other, 1));
    other.close();
    await Dexie.delete(other.name);
    const r = await readBackupFile(deps, file(text));
    if (!r.ok) throw new Error(r.error);
    expect(r.plan.changes.profile.add).toBe(1);
    const done = await confirmImport(deps, r.plan, false);
    expect(done).toEqual({ ok: true, value: { written: expect.objectContaining({ profile: 1 }), rescored: 0 } });
    expect(changed).toBe(1);
  });
});
