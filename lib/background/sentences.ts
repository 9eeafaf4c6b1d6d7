import type { PostingSkill } from '../skills';

/** For each skill found in a text, the sentence (or line) of its first mention: the evidence a person confirms. */
export function sentencesWithSkills(
  text: string,
  skills: PostingSkill[],
): { id: string; name: string; sentence: string }[] {
  return skills.flatMap((s) => {
    const m = s.mentions[0];
    if (!m) return [];
    return [{ id: s.id, name: s.name, sentence: sentenceAround(text, m.start, m.end) }];
  });
}

export function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('\n'), before.search(/[.!?]\s[^.!?]*$/) + 1, 0);
  const after = text.slice(end);
  const stop = after.search(/[.!?](\s|$)|\n/);
  const to = stop === -1 ? text.length : end + stop + 1;
  return text.slice(from, to).trim().slice(0, 400);
}
