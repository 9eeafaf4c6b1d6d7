/**
 * Schema v5 (issue 12): the ids of postings from sites whose job ids are an employer's own numbering
 * carry the employer. Up to v4, Workday postings were `workday:{req}` and postings the generic reader
 * found with a JSON-LD `identifier` were `generic:{identifier}`: NVIDIA's R100 and Walmart's R100 were
 * one record, and viewing one rewrote the other. From v5 they are `workday:{tenant}:{req}` and
 * `generic:{host}:{identifier}`, as `stableId` (lib/sites/ids.ts) makes them.
 *
 * The rule is written out here as v5 applies it, not imported: an upgrade must do tomorrow what it
 * did the day it shipped, whatever the adapters become. migration.test.ts checks that the two agree.
 */
import type { Transaction } from 'dexie';

interface IdFields {
  id: string;
  site: string;
  jobId: string | null;
  url: string;
}

/** A Workday URL's tenant (`{tenant}.wd5.myworkdayjobs.com`, or `/recruiting/{tenant}/` on myworkdaysite.com). */
function workdayTenant(url: URL): string | null {
  const host = url.hostname.toLowerCase();
  if (host.endsWith('.myworkdaysite.com')) {
    const segs = url.pathname.split('/').filter(Boolean);
    const at = segs.findIndex((s) => s.toLowerCase() === 'recruiting');
    return at >= 0 && segs[at + 1] ? segs[at + 1]!.toLowerCase() : null;
  }
  return host.endsWith('.myworkdayjobs.com') ? host.split('.')[0] || null : null;
}

/** The v5 id of a v4 posting row; its own id when nothing changes (every other site, `url:` ids). */
export function v5PostingId(row: IdFields): string {
  if (!row.jobId || row.id !== `${row.site}:${row.jobId}`) return row.id;
  let url: URL;
  try {
    url = new URL(row.url);
  } catch {
    return row.id;
  }
  const scope =
    row.site === 'workday' ? workdayTenant(url) : row.site === 'generic' ? url.hostname.toLowerCase() : undefined;
  if (scope === undefined) return row.id;
  return scope ? `${row.site}:${scope}:${row.jobId}` : `url:${row.url}`;
}

/**
 * Moves every posting whose id changes, with its details row, to the new id: the row is copied
 * whole (saved mark, status, history, notes). The deletions log keeps the old ids on purpose: it
 * guards against old backups, which carry old ids.
 */
export async function upgradeToScopedIds(tx: Transaction): Promise<void> {
  const postings = tx.table('postings');
  const details = tx.table('details');
  const rows = (await postings.toArray()) as IdFields[];
  const moves = rows.flatMap((row) => {
    const id = v5PostingId(row);
    return id === row.id ? [] : [{ row, id }];
  });
  if (moves.length === 0) return;
  // A row already under a new id (none should be) is left alone rather than overwritten.
  const taken = new Set(
    ((await postings.bulkGet(moves.map((m) => m.id))) as (IdFields | undefined)[]).flatMap((r) => (r ? [r.id] : [])),
  );
  const kept = moves.filter((m) => !taken.has(m.id));
  const oldIds = kept.map((m) => m.row.id);
  const detailRows = (await details.bulkGet(oldIds)) as ({ id: string } | undefined)[];
  await postings.bulkDelete(oldIds);
  await details.bulkDelete(oldIds);
  await postings.bulkPut(kept.map(({ row, id }) => ({ ...row, id })));
  await details.bulkPut(
    kept.flatMap(({ id }, i) => {
      const d = detailRows[i];
      return d ? [{ ...d, id }] : [];
    }),
  );
}
