import { impliedClosure, type SkillGraph } from './graph';
import { IMPLIED_FACTOR } from './policy';

/** How a set of held skills covers one asked skill. */
export interface Cover {
  credit: number;
  /** 'direct': the skill itself is held; 'implied': reached through `via`. */
  kind: 'direct' | 'implied' | 'none';
  level: number;
  via: string | null;
}

const NONE: Cover = { credit: 0, kind: 'none', level: 0, via: null };

/**
 * Index of held skills (a profile, or the skills a course teaches at a given level): for each
 * skill id, the best direct level and the best level reached through `implies` edges.
 * Built once per profile so scoring a posting is a map lookup per skill.
 */
export class HeldSkills {
  private readonly direct = new Map<string, number>();
  private readonly implied = new Map<string, { level: number; via: string }>();

  constructor(held: readonly { id: string; level: number }[], graph: SkillGraph) {
    for (const h of held) {
      if ((this.direct.get(h.id) ?? 0) < h.level) this.direct.set(h.id, h.level);
    }
    for (const [id, level] of this.direct) {
      for (const target of impliedClosure(graph, id)) {
        const cur = this.implied.get(target);
        // Highest level wins; ties go to the alphabetically first source so output is stable.
        if (!cur || cur.level < level || (cur.level === level && id < cur.via)) {
          this.implied.set(target, { level, via: id });
        }
      }
    }
  }

  /** Every skill id this index gives some credit for (held directly or implied). */
  *ids(): IterableIterator<string> {
    yield* this.direct.keys();
    for (const id of this.implied.keys()) if (!this.direct.has(id)) yield id;
  }

  /** Best cover of skill `id` asked at level `asked` (1–5). */
  cover(id: string, asked: number): Cover {
    let best = NONE;
    const d = this.direct.get(id);
    if (d !== undefined) best = { credit: Math.min(1, d / asked), kind: 'direct', level: d, via: null };
    const i = this.implied.get(id);
    if (i) {
      const credit = IMPLIED_FACTOR * Math.min(1, i.level / asked);
      if (credit > best.credit) best = { credit, kind: 'implied', level: i.level, via: i.via };
    }
    return best;
  }
}
