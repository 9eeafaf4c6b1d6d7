import { skillNameOf, type Taxonomy } from '../skills/index';

/**
 * The slice of the taxonomy that scoring needs: `implies` edges (React → JavaScript,
 * PostgreSQL → SQL) and display names. Kept as an interface so fit and courses can be tested
 * with small hand-made graphs.
 */
export interface SkillGraph {
  implies(id: string): readonly string[];
  name(id: string): string;
}

/**
 * Adapts a loaded taxonomy; unknown ids imply nothing and are named by their id (a `custom:` id
 * by its words: a phrase the taxonomy lacks, read where an ad names a skill). Build it once
 * and reuse it: the recommender caches per graph object what each course teaches.
 */
export function graphFromTaxonomy(t: Taxonomy): SkillGraph {
  return {
    implies: (id) => t.get(id)?.implies ?? [],
    name: (id) => skillNameOf(t, id),
  };
}

/** Builds a SkillGraph from a plain map; handy for tests and user-supplied data. */
export function graphFromMap(edges: Record<string, readonly string[]>, names: Record<string, string> = {}): SkillGraph {
  return {
    implies: (id) => edges[id] ?? [],
    name: (id) => names[id] ?? id,
  };
}

/**
 * Every skill reachable from `id` through `implies` edges (excluding `id` itself), breadth
 * first. Cycles in the data are tolerated through the visited set.
 */
export function impliedClosure(graph: SkillGraph, id: string): Set<string> {
  const seen = new Set<string>([id]);
  const queue = [id];
  for (let i = 0; i < queue.length; i++) {
    for (const next of graph.implies(queue[i]!)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  seen.delete(id);
  return seen;
}
