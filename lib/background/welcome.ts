import type { SkillFitDB } from '../db/database';

/**
 * The first run: the welcome tab opens once, on install, with three steps — add skills, pin the
 * toolbar button, open a job — each ticked as it happens. The background sees two of them (skills
 * in the profile, a posting analysed); whether the button is pinned only the page can ask
 * (`action.getUserSettings`), and a user may skip that step.
 */
export const WELCOME_PAGE = '/dashboard.html#welcome';
const ANALYSED_KEY = 'meta.welcome.analysedAt';
const PIN_SKIPPED_KEY = 'meta.welcome.pinSkipped';

/** Opens the welcome tab on a fresh install (not on an update or a browser update). */
export async function openWelcomeOnInstall(
  reason: string,
  openPage: (path: string) => Promise<void>,
): Promise<boolean> {
  if (reason !== 'install') return false;
  await openPage(WELCOME_PAGE);
  return true;
}

/**
 * What the background knows of the steps. A posting once analysed counts for good, even after the
 * viewed posting is pruned (lib/db/retention.ts).
 */
export async function welcomeStatus(
  db: SkillFitDB,
  now: number,
): Promise<{ skills: number; analysed: boolean; pinSkipped: boolean }> {
  const [skills, analysedAt, pinSkipped] = await Promise.all([
    db.profile.count(),
    db.settings.get(ANALYSED_KEY),
    db.settings.get(PIN_SKIPPED_KEY),
  ]);
  let analysed = typeof analysedAt?.value === 'number';
  if (!analysed && (await db.postings.count()) > 0) {
    await db.settings.put({ key: ANALYSED_KEY, value: now });
    analysed = true;
  }
  return { skills, analysed, pinSkipped: pinSkipped?.value === true };
}

export async function skipPinStep(db: SkillFitDB, skipped: boolean): Promise<void> {
  await db.settings.put({ key: PIN_SKIPPED_KEY, value: skipped });
}
