/** Backups: export, a merge planned before it is written, the safety copy, and their file format. */
export { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema, parseBackup, describeProblem, type Backup } from './format';
export { exportBackup, backupParts } from './export';
export { planImport, applyImport, MERGE_KINDS, type ImportPlan, type KindChanges, type Conflict } from './merge';
export { restoreSnapshot, snapshotTakenAt } from './snapshot';
