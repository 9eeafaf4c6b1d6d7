/**
 * Build manifest for the generated catalog: sha256 of the scripts that shape it, of each input
 * read from ../shared/data and the repo's taxonomy, and of the outputs. The unit test recomputes
 * the repo-side hashes (scripts, taxonomy, outputs) and fails when they differ. The skill engine
 * is not hashed: the test maps the recorded inputs again (scripts/courses/mapping.ts), so only an
 * engine change that would change the catalog asks for a rebuild.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Repo-relative files whose content shapes catalog.json. */
export const COURSE_SCRIPT_FILES = [
  'scripts/build-courses.ts',
  'scripts/courses/sources.ts',
  'scripts/courses/skills.ts',
  'scripts/courses/mapping.ts',
  'scripts/courses/manifest.ts',
  'scripts/data/curated-courses.ts',
  'scripts/courses/credentials.ts',
  'lib/courses/schema.ts',
] as const;

/** Repo files read as inputs (the taxonomy decides the skill ids). */
export const COURSE_REPO_INPUTS = ['lib/skills/data/taxonomy.json'] as const;

export const CATALOG_FILE = 'lib/courses/data/catalog.json';
export const MANIFEST_FILE = 'lib/courses/data/catalog.manifest.json';

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function hashFiles(root: string, files: readonly string[]): Record<string, string> {
  return Object.fromEntries(files.map((f) => [f, sha256(readFileSync(path.join(root, f)))]));
}

export interface CourseManifest {
  output: Record<string, string>;
  scripts: Record<string, string>;
  repoInputs: Record<string, string>;
  /** Paths relative to ../shared/data. */
  inputs: Record<string, string>;
}
