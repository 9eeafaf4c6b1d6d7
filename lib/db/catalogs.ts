import type { SkillFitDB } from './database';
import { CatalogRecordSchema, type CatalogRecord } from './records';
import { parseRows } from './parse';
import { forgetDeletion, rememberDeletion } from './deletions';

export async function listCatalogs(db: SkillFitDB): Promise<CatalogRecord[]> {
  return parseRows(CatalogRecordSchema, await db.catalogs.toArray(), 'catalogs');
}

/** Stores an imported catalog; one of the same name is replaced (the user confirmed it), in one transaction. */
export async function putCatalog(db: SkillFitDB, catalog: CatalogRecord): Promise<{ replaced: CatalogRecord | null }> {
  return db.transaction('rw', db.catalogs, db.deletions, async () => {
    const same = (await listCatalogs(db)).find((c) => c.name === catalog.name && c.id !== catalog.id) ?? null;
    if (same) await db.catalogs.delete(same.id);
    await db.catalogs.put(CatalogRecordSchema.parse(catalog));
    await forgetDeletion(db, 'catalogs', catalog.id);
    return { replaced: same };
  });
}

/** Removes a catalog and returns it, for Undo. */
export async function removeCatalog(db: SkillFitDB, id: string, now = Date.now()): Promise<CatalogRecord | undefined> {
  return db.transaction('rw', db.catalogs, db.deletions, async () => {
    const row = await db.catalogs.get(id);
    if (!row) return undefined;
    await db.catalogs.delete(id);
    await rememberDeletion(db, 'catalogs', id, now);
    return parseRows(CatalogRecordSchema, [row], 'catalogs')[0];
  });
}

export async function restoreCatalog(db: SkillFitDB, catalog: CatalogRecord): Promise<void> {
  await db.transaction('rw', db.catalogs, db.deletions, async () => {
    await db.catalogs.put(CatalogRecordSchema.parse(catalog));
    await forgetDeletion(db, 'catalogs', catalog.id);
  });
}
