import type { BackgroundContext } from './context';
import { currentProfile } from './profile';
import { ensureUserCourses } from './user-courses';
import type { Fit, ProfileSkill } from '../fit/schema';
import type { PostingRecord } from '../db/records';
import type { PostingSkill } from '../skills/schema';
import type { PostingView } from '../messaging/views';
import { localizeView } from './skill-names';
import { countedSkills } from '../fit/ignore';
import { signalChips } from '../posting/chips';
import { neverCounted } from './ignored';

/** How many courses the popup and the panel offer for one posting. */
const VIEW_COURSES = 5;

/**
 * A stored posting as the popup and the on-page panel show it: fit, reasons and the courses for its
 * gaps, over the skills that count (not those the user set aside). A `fit` given must be of those.
 */
export async function postingView(
  ctx: BackgroundContext,
  record: PostingRecord,
  all: PostingSkill[],
  profile?: ProfileSkill[],
  fit?: Fit | null,
): Promise<PostingView> {
  await ensureUserCourses(ctx);
  const held = profile ?? (await currentProfile(ctx));
  const skills = countedSkills(all, { never: await neverCounted(ctx), here: record.ignored });
  return localizeView(ctx.engine, ctx.language ?? 'en', {
    id: record.id,
    site: record.site,
    url: record.url,
    title: record.title,
    company: record.company,
    location: record.location,
    skills,
    fit: fit === undefined ? ctx.engine.fit(skills, held) : fit,
    saved: record.saved === 1,
    status: record.status,
    recommendations: ctx.engine.recommend(skills, held).slice(0, VIEW_COURSES),
    profileEmpty: held.length === 0,
    signals: record.signals ?? null,
    chips: record.signals ? signalChips(record.signals) : [],
    ...(record.cut ? { cut: record.cut } : {}),
  });
}
