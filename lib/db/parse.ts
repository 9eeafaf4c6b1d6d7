import type { z } from 'zod';

/**
 * Storage reads are validated: a row that no longer fits its schema (a bug, a partial write by an
 * old version) is reported once and left out, instead of breaking the whole list.
 */
export function parseRows<S extends z.ZodType>(schema: S, rows: unknown[], table: string): z.infer<S>[] {
  const out: z.infer<S>[] = [];
  let bad = 0;
  for (const row of rows) {
    const r = schema.safeParse(row);
    if (r.success) out.push(r.data);
    else bad++;
  }
  if (bad) console.warn(`[skillfit] ${bad} unreadable row(s) in ${table} skipped`);
  return out;
}
