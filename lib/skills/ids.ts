/**
 * Skill ids: lowercase ASCII slugs of the canonical name. The data file omits an id that equals
 * the slug of its name (almost all of them), so the builder and the loader share this function.
 */

/** "C++" -> "cplusplus", ".NET" -> "dotnet", "Node.js" -> "node-js", "Café" -> "cafe". */
export function slugify(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^\./, 'dot')
    .replace(/\+/g, 'plus')
    .replace(/#/g, 'sharp')
    .replace(/&/g, '-and-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'skill';
}
