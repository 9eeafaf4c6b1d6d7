/**
 * Alternatives in a posting: skills any one of which satisfies the ask. Read from the words
 * between consecutive mentions on a line:
 * - "X or Y", "X/Y", "X o Y", "X ou Y" (a chain: "X, Y or Z" where the run ends in "or");
 * - a comma list introduced by "one of", "any of", "such as", "e.g.", "like", "por ejemplo",
 *   "como", "tel que", "comme", or closed by "or similar", "or equivalent", "o similar",
 *   "ou équivalent".
 * "X, Y and Z" asks for all three. Pure, linear in the mentions.
 */

export interface Placed {
  id: string;
  start: number;
  end: number;
}

/** The words allowed between two alternatives. */
const OR_GAP = /^\s*(?:\/|\bor\b|\bo\b|\bou\b|,\s*(?:or|o|ou)\b|\|)\s*$/i;
const COMMA_GAP = /^\s*,\s*$/;
const LIST_OPENER =
  /\b(?:one of|any of|either|such as|e\.g\.?|for example|like|including|por ejemplo|como|alguno de|tal(?:es)? como|tel(?:le)?s? que|comme|par exemple|l['’]un des)\s*:?\s*$/i;
const LIST_CLOSER =
  /^\s*,?\s*(?:or (?:a )?(?:similar|equivalent|comparable|other|another)|o (?:similar|equivalente)(?:es)?|ou (?:similaire|[ée]quivalent))\b/i;
/** How far back a list opener may stand before the first item ("experience in one of: "). */
const OPENER_WINDOW = 40;

/**
 * The alternative group of each skill id that is one ("power-bi+tableau"); ids not in any group
 * are absent. A skill named in several groups keeps the first.
 */
export function alternativeGroups(text: string, mentions: readonly Placed[]): Map<string, string> {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const groups = new Map<string, string>();
  let run: Placed[] = [];
  let ored = false;
  const close = (after: number) => {
    const ids = [...new Set(run.map((m) => m.id))];
    if (ids.length > 1) {
      const first = run[0]!;
      const before = text.slice(Math.max(0, first.start - OPENER_WINDOW), first.start);
      const opened = LIST_OPENER.test(before);
      const closed = LIST_CLOSER.test(text.slice(after, after + 40));
      if (ored || opened || closed) {
        const name = [...ids].sort().join('+');
        for (const id of ids) if (!groups.has(id)) groups.set(id, name);
      }
    }
    run = [];
    ored = false;
  };
  for (const m of sorted) {
    const prev = run[run.length - 1];
    if (prev) {
      const gap = text.slice(prev.end, m.start);
      const sameLine = !gap.includes('\n');
      if (sameLine && m.start >= prev.end && OR_GAP.test(gap)) ored = true;
      else if (!(sameLine && m.start >= prev.end && COMMA_GAP.test(gap))) close(prev.end);
    }
    run.push(m);
  }
  const last = run[run.length - 1];
  if (last) close(last.end);
  return groups;
}
