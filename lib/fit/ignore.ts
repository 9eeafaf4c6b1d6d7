/**
 * Skills the user told SkillFit not to count: the extractor's pick was wrong for one posting
 * ("Not a skill here"), or the skill never means anything to them ("Never count this"). Every
 * score, explanation, plan and recommendation reads a posting's skills through `countedSkills`,
 * so the two lists are honoured in one place.
 */
export interface IgnoredSkills {
  /** Never counted in any posting. */
  never: ReadonlySet<string> | readonly string[];
  /** Not counted in this posting (the posting record's `ignored`). */
  here?: readonly string[] | undefined;
}

/** The posting's skills that count: all of them but the ones the user set aside (order kept). */
export function countedSkills<T extends { id: string }>(skills: readonly T[], ignored: IgnoredSkills): T[] {
  const never = ignored.never instanceof Set ? ignored.never : new Set(ignored.never);
  const here = ignored.here?.length ? new Set(ignored.here) : null;
  if (never.size === 0 && !here) return [...skills];
  return skills.filter((s) => !never.has(s.id) && !here?.has(s.id));
}

/** A list with one id added (once) or removed: the write behind each action and its undo. */
export function toggled(list: readonly string[] | undefined, id: string, on: boolean): string[] {
  const rest = (list ?? []).filter((x) => x !== id);
  return on ? [...rest, id] : rest;
}
