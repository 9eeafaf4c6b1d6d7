import type { ImportPlan, KindChanges } from '../backup';
import { KIND_WORDS } from '../backup/format';

const plural = (n: number, [one, many]: readonly [string, string]) => `${n} ${n === 1 ? one : many}`;

/** Lines of an import preview, in plain words: "Add 3 saved jobs", "Keep yours for 2 skills (yours is newer)". */
export function summarizePlan(plan: ImportPlan): { lines: string[]; deleted: number; nothing: boolean } {
  const lines: string[] = [];
  let deleted = 0;
  let changes = 0;
  for (const [kind, c] of Object.entries(plan.changes) as [keyof typeof KIND_WORDS, KindChanges][]) {
    const words = KIND_WORDS[kind];
    if (c.add) lines.push(`Add ${plural(c.add, words)}`);
    if (c.update) lines.push(`Update ${plural(c.update, words)} with the newer version in the file`);
    if (c.keep) lines.push(`Keep yours for ${plural(c.keep, words)} (changed here since, or the same age)`);
    if (c.deleted) lines.push(`Leave ${plural(c.deleted, words)} deleted (you deleted them after this backup)`);
    deleted += c.deleted;
    changes += c.add + c.update;
  }
  return { lines, deleted, nothing: changes === 0 };
}
