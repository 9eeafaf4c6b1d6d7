import type { Recommendation } from '@/lib/courses/schema';

interface Props {
  recommendations: Recommendation[];
  currentScore: number | null;
  onStart(rec: Recommendation): void;
  started?: ReadonlySet<string>;
  /** Names of the posting's skills by id, to say what a provider search is for. */
  skillNames?: ReadonlyMap<string, string>;
}

export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return 'self-paced';
  if (minutes < 60) return `${minutes} min`;
  const h = minutes / 60;
  return h < 10 ? `${Math.round(h * 10) / 10} h` : `${Math.round(h)} h`;
}

const COST: Record<string, string> = {
  free: 'Free',
  'free-audit': 'Free to audit',
  paid: 'Paid',
  unknown: 'Cost varies',
};

/** A provider search, not a course: it may find one, so it shows no length, no cost and no projected fit. */
export function isSearch(rec: Recommendation): boolean {
  return rec.course.source === 'search';
}

/** Micro-courses for a posting's gaps: what each covers, its size and cost, and the fit it leads to. */
export function CourseList({ recommendations, currentScore, onStart, started, skillNames }: Props) {
  if (recommendations.length === 0) return null;
  return (
    <ul class="sf-courses">
      {recommendations.map((rec, i) => {
        if (isSearch(rec))
          return (
            <SearchItem
              key={rec.course.id}
              rec={rec}
              skill={skillNames?.get(rec.course.skills[0] ?? '')}
              onStart={onStart}
            />
          );
        const isStarted = started?.has(rec.course.id) ?? false;
        const gain = currentScore === null ? null : rec.projectedScore - currentScore;
        // Projections add up: each course's figure assumes the ones listed before it are done too.
        const projection =
          i === 0 ? ` · fit ${currentScore}% → ${rec.projectedScore}%` : ` · with the above: ${rec.projectedScore}%`;
        return (
          <li key={rec.course.id} class="sf-course">
            <div class="sf-course-main">
              <span class="sf-course-title">{rec.course.title}</span>
              <span class="sf-course-meta">
                {rec.course.provider} · {formatMinutes(rec.course.minutes)} · {COST[rec.course.cost] ?? rec.course.cost}
              </span>
              <span class="sf-course-gain">
                Covers {rec.closes.length} gap{rec.closes.length === 1 ? '' : 's'}
                {gain !== null && gain > 0 ? projection : ''}
              </span>
            </div>
            <button
              type="button"
              class="sf-start"
              onClick={() => onStart(rec)}
              aria-label={`${isStarted ? 'Open' : 'Start'} ${rec.course.title}`}
            >
              {isStarted ? 'Open' : 'Start'}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** "Find a course on Coursera" for a gap no course in the catalog covers. */
function SearchItem({
  rec,
  skill,
  onStart,
}: {
  rec: Recommendation;
  skill: string | undefined;
  onStart(rec: Recommendation): void;
}) {
  const label = `Find a course on ${rec.course.provider}${skill ? ` for “${skill}”` : ''}`;
  return (
    <li class="sf-course">
      <div class="sf-course-main">
        <span class="sf-course-title">{label}</span>
        <span class="sf-course-meta">
          No course in the catalog covers this gap yet: a search, not counted in the fit
        </span>
      </div>
      <button type="button" class="sf-start" onClick={() => onStart(rec)} aria-label={`${label} (opens a search)`}>
        Search
      </button>
    </li>
  );
}
