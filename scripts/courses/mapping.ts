/**
 * What the catalog build asked the skill engine, recorded beside the catalog
 * (lib/courses/data/catalog.inputs.json): for each course the source rows it was mapped from, and
 * the rows dropped because they mapped to no skill. The catalog test maps them again with the
 * current engine: an engine change that would change the catalog fails it, a comment does not.
 */
import { z } from 'zod';
import { type SkillMapper, unique } from './skills';

export const INPUTS_FILE = 'lib/courses/data/catalog.inputs.json';

/**
 * One source row as the mapper sees it, as a short tuple (the file holds ~1,500):
 * `["curated", names]`, `["ossu", title]`, `["fpb", title, list heading or null]`, and
 * `["ids", taxonomy ids]` for catalog v2 credentials (scripts/courses/credentials.ts).
 */
export const MappingInputSchema = z.union([
  z.tuple([z.literal('curated'), z.array(z.string())]),
  z.tuple([z.literal('ids'), z.array(z.string())]),
  z.tuple([z.literal('ossu'), z.string()]),
  z.tuple([z.literal('fpb'), z.string(), z.string().nullable()]),
]);
export type MappingInput = z.infer<typeof MappingInputSchema>;

export const MappingFileSchema = z.object({
  version: z.literal(1),
  /** by course id, the rows merged into it (same URL), first row first */
  courses: z.record(z.string(), z.array(MappingInputSchema).min(1)),
  /** rows that mapped to no skill and joined no course */
  dropped: z.array(MappingInputSchema),
});
export type MappingFile = z.infer<typeof MappingFileSchema>;

/** The skill ids of one source row, in the order the catalog keeps them. */
export function mapRow(mapper: SkillMapper, input: MappingInput): string[] {
  switch (input[0]) {
    case 'curated':
      return unique(mapper.resolveNames(input[1]));
    case 'ids':
      return unique(mapper.knownIds(input[1]));
    case 'ossu':
      return unique([...mapper.ossuSkills(input[1]), ...mapper.titleSkills(input[1])]);
    case 'fpb':
      return unique([...(input[2] ? mapper.topicSkills(input[2]) : []), ...mapper.titleSkills(input[1])]);
  }
}

/** A course's skills: those of its rows, merged in order. */
export function mapCourse(mapper: SkillMapper, rows: readonly MappingInput[]): string[] {
  return unique(rows.flatMap((r) => mapRow(mapper, r)));
}

/** One course (or dropped row) per line, so diffs stay readable. */
export function serializeMapping(file: MappingFile): string {
  const courses = Object.entries(file.courses).map(([id, rows]) => `${JSON.stringify(id)}:${JSON.stringify(rows)}`);
  return (
    `{"version":${file.version},"courses":{\n${courses.join(',\n')}\n},"dropped":[\n` +
    `${file.dropped.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`
  );
}
