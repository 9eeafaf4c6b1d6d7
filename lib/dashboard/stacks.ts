import type { StackStep } from '../courses/stack-schema';
import { formatWords } from '../courses/stacks';
import { totalTime } from './plan';

/** How many unlocked jobs a stack line names (the rest are counted). */
const NAMED_JOBS = 2;

/** "Shift Lead (Blue Harbor Foods)". */
const jobName = (j: StackStep['unlocks'][number]) => (j.company ? `${j.title} (${j.company})` : j.title);

/** "8 h", "in person, 75 h", "self-paced". */
export function stepSize(course: StackStep['course']): string {
  const time = course.minutes === null ? 'self-paced' : totalTime(course.minutes);
  const how = formatWords(course);
  return how ? `${how.toLowerCase()}, ${time}` : time;
}

/** "unlocks 1 saved job: Shift Lead (Blue Harbor Foods)"; "" when it unlocks none. */
export function unlocksPhrase(step: Pick<StackStep, 'unlocks'>): string {
  const n = step.unlocks.length;
  if (n === 0) return '';
  const named = step.unlocks.slice(0, NAMED_JOBS).map(jobName).join(', ');
  const more = n > NAMED_JOBS ? ` and ${n - NAMED_JOBS} more` : '';
  return `unlocks ${n} saved job${n === 1 ? '' : 's'}: ${named}${more}`;
}

/**
 * One stack as a sentence: "Food Handler ✓ → ServSafe Manager, in person and online, 8 h, unlocks
 * 1 saved job: Shift Lead (Blue Harbor Foods)". Several held credentials leading to one step are
 * joined by "+".
 */
export function stackLine(step: StackStep): string {
  const from = step.from.map((t) => `${t} ✓`).join(' + ');
  const unlocks = unlocksPhrase(step);
  return `${from} → ${step.course.title}, ${stepSize(step.course)}${unlocks ? `, ${unlocks}` : ''}`;
}

/**
 * "It proves what those jobs ask for and you lack: Receive kitchen supplies, Food safety."; "" when
 * it proves none. The names close the sentence, after a colon, so their capitals read as names.
 */
export function provesSentence(step: Pick<StackStep, 'skills' | 'unlocks'>): string {
  if (step.skills.length === 0) return '';
  const names = step.skills.map((s) => s.name).join(', ');
  const jobs = step.unlocks.length === 1 ? 'that job asks' : 'those jobs ask';
  return `It proves what ${jobs} for and you lack: ${names}.`;
}
