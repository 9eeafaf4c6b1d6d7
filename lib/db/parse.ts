import * as z from 'zod/mini';

/**
 * Storage reads are validated: a row that no longer fits its schema (a bug, a partial write by an
 * old version) is reported once and left out, instead of breaking the whole list.
 */
export function parseRows<S extends z.ZodMiniType>(schema: S, rows: unknown[], table: string): z.infer<S>[] {
  const out: z.infer<S>[] = [];
  let bad = 0;
  for (const row of rows) {
    const r = z.safeParse(schema, row);
    if (r.success) out.push(r.data);
    else bad++;
  }
  if (bad) console.warn(`[skillfit] ${bad} unreadable row(s) in ${table} skipped`);
  return out;
}
