import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { safeWebUrl } from '@/lib/safe-url';
import { PlanView } from '@/components/dashboard/PlanView';
import type { CourseSnapshot, LearningRecord, PostingStatus } from '@/lib/db/records';
import { courseSnapshot } from '@/lib/db/course-snapshot';
import type { Res } from '@/lib/messaging/protocol';
import type { Recommendation } from '@/lib/courses/schema';
import type { StackStep } from '@/lib/courses/stack-schema';
import { send } from '@/lib/messaging/runtime';
import type { Guard } from '../guard';
import { useRefreshOnShow } from '../refresh';

/** Learning-plan container: the plan over saved jobs, courses started and completed, and what a completion changed. */
export function PlanSection({ guard }: { guard: Guard }) {
  const [plan, setPlan] = useState<Res<'plan.get'> | null>(null);
  const [learning, setLearning] = useState<LearningRecord[]>([]);
  const [stacks, setStacks] = useState<StackStep[]>([]);
  const [profileEmpty, setProfileEmpty] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [change, setChange] = useState<Res<'learning.complete'> | null>(null);
  /** The jobs the plan aims at: statuses (null: the default, jobs still in play) less single jobs. */
  const [statuses, setStatuses] = useState<PostingStatus[] | null>(null);
  const [exclude, setExclude] = useState<string[]>([]);

  const load = async () => {
    // Where credentials lead is an extra: asked for alongside, so its failure never hides the plan.
    const steps = guard(send('stacks.get', {}));
    const r = await guard(
      Promise.all([
        send('plan.get', { ...(statuses ? { statuses } : {}), exclude }),
        send('learning.list', {}),
        send('profile.get', {}),
      ]),
    );
    if (r) {
      setPlan(r[0]);
      setLearning(r[1].items);
      setProfileEmpty(r[2].skills.length === 0);
    }
    setLoaded(true);
    setStacks((await steps)?.steps ?? []);
  };
  useEffect(() => void load(), [statuses, exclude]);
  useRefreshOnShow(load);

  const open = (course: Pick<CourseSnapshot, 'url'>) => {
    const url = safeWebUrl(course.url, true);
    return url ? guard(browser.tabs.create({ url })) : Promise.resolve(undefined);
  };

  /** Puts a course on the plan; true once it is there. */
  const add = async (course: Recommendation['course']) => {
    const started = await guard(send('learning.start', { course: courseSnapshot(course) }));
    if (!started) return false;
    setLearning((l) => (l.some((i) => i.courseId === course.id) ? l : [started, ...l]));
    return true;
  };

  const start = async (rec: Recommendation) => {
    if (await add(rec.course)) await open(rec.course);
  };

  const complete = async (courseId: string) => {
    const r = await guard(send('learning.complete', { courseId }));
    if (!r) return;
    setChange(r);
    await load();
  };

  return (
    <PlanView
      plan={plan}
      learning={learning}
      loaded={loaded}
      profileEmpty={profileEmpty}
      change={change}
      onStart={(rec) => void start(rec)}
      stacks={stacks}
      onAddStep={(step) => void add(step.course)}
      onOpen={(course) => void open(course)}
      onComplete={(id) => void complete(id)}
      onDismissChange={() => setChange(null)}
      statuses={statuses}
      excluded={exclude}
      onStatuses={setStatuses}
      onExclude={(id, out) => setExclude((xs) => (out ? [...xs, id] : xs.filter((x) => x !== id)))}
    />
  );
}
