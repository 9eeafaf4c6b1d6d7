/**
 * Readers for ESCO v1.1.1 (../shared/data/taxonomy/esco-1.1.1, the official CSV download kept
 * zipped) and ESCO v1.0 Spanish and French labels (esco-1.0-es-fr): the whole skills pillar with
 * its alternative labels, the skill hierarchy, skill-to-skill relations, how many occupations
 * ask for each skill, and which skills occupations ask for together.
 */
import type { SkillKind } from '../../lib/skills/schema';
import { parseCsv, type SourceEntry } from './sources';

/** One ESCO concept as the builder merges it; `uri` ties it to its relations and translations. */
export interface EscoEntry extends SourceEntry {
  uri: string;
  /** "knowledge" or "skill/competence" */
  type: string;
}

const splitLines = (s: string | undefined) =>
  (s ?? '')
    .split(/\s*\|\s*|\n/)
    .map((a) => a.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * Some generic concepts list products as alternative labels ("computer programming": DIBOL,
 * KnockoutJS, Subversion…): a capitalised label sharing no word with the concept, when at least
 * this many do so, is a product of its own, related to the concept, not another name for it.
 */
const PRODUCT_LIST_MIN = 5;

/** The collections that give a concept its kind: digital (tools, fields, methods), transversal (soft). */
export interface EscoCollections {
  digital: ReadonlySet<string>;
  transversal: ReadonlySet<string>;
  language: ReadonlySet<string>;
}

export function collectionUris(csv: string): Set<string> {
  return new Set(parseCsv(csv).map((r) => r.conceptUri ?? ''));
}

/**
 * The skills pillar (skills_en.csv): one entry per concept, languages left out (see
 * readEscoLanguages). Kinds: transversal -> soft; digital knowledge -> tool when the label is a
 * product name, else domain; digital skills -> method; any other concept -> other (its
 * lower-case label counts only where the text talks about skills, see lib/skills/README.md).
 */
export function readEscoSkills(csv: string, collections: EscoCollections): EscoEntry[] {
  const out: EscoEntry[] = [];
  for (const r of parseCsv(csv)) {
    const uri = r.conceptUri ?? '';
    const name = (r.preferredLabel ?? '').replace(/\s+/g, ' ').trim();
    if (!name || collections.language.has(uri)) continue;
    const type = r.skillType ?? '';
    const product = /[A-Z]/.test(name);
    let kind: SkillKind = 'other';
    if (collections.transversal.has(uri)) kind = 'soft';
    else if (collections.digital.has(uri)) kind = type === 'knowledge' ? (product ? 'tool' : 'domain') : 'method';
    const own = new Set(words(name));
    const unrelated = (alt: string) => !words(alt).some((w) => own.has(w));
    const alts = splitLines(r.altLabels).filter((a) => a !== name);
    const productList = !product && alts.filter((a) => /[A-Z]/.test(a) && unrelated(a)).length >= PRODUCT_LIST_MIN;
    const separate = (alt: string) => productList && unrelated(alt);
    out.push({ uri, type, name, kind, aliases: alts.filter((a) => !separate(a)), related: [] });
    for (const a of alts.filter(separate))
      out.push({ uri: `${uri}#${a}`, type, name: a, kind: 'tool', aliases: [], related: [name] });
  }
  return out;
}

/** ESCO language skills, collapsed to one skill per language ("write Hungarian" -> Hungarian), with their URIs. */
export function readEscoLanguages(csv: string): { name: string; uris: string[] }[] {
  const byName = new Map<string, string[]>();
  const add = (name: string, uri: string) => {
    const list = byName.get(name) ?? [];
    if (uri) list.push(uri);
    byName.set(name, list);
  };
  for (const r of parseCsv(csv)) {
    const label = (r.preferredLabel ?? '').trim();
    if (r.skillType === 'knowledge' && !/\s(spoken|written)\s/.test(label)) add(label, r.conceptUri ?? '');
    for (const b of splitLines(r.broaderConceptPT)) if (/^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(b)) add(b, '');
  }
  return [...byName].filter(([n]) => n).map(([name, uris]) => ({ name, uris }));
}

/** Narrower -> broader links between skills (not skill groups): knowing the narrower implies some of the broader. */
export function readEscoBroader(csv: string): [string, string][] {
  return parseCsv(csv)
    .filter((r) => r.conceptType === 'KnowledgeSkillCompetence' && r.broaderType === 'KnowledgeSkillCompetence')
    .map((r) => [r.conceptUri ?? '', r.broaderUri ?? '']);
}

/** Skill-to-skill relations (essential / optional): related skills. */
export function readEscoSkillRelations(csv: string): [string, string][] {
  return parseCsv(csv).map((r) => [r.originalSkillUri ?? '', r.relatedSkillUri ?? '']);
}

/** An essential link counts this many times an optional one in a skill's popularity. */
const ESSENTIAL_WEIGHT = 2;
/** Two skills essential together to at least this many occupations are related… */
const CO_OCCURRENCE_MIN = 4;
/** …keeping at most this many partners per skill, the most frequent first. */
const CO_OCCURRENCE_TOP = 3;

/**
 * Occupation -> skill links: the popularity of each skill (how many occupations ask for it,
 * essential links counting double) and, for each skill, the skills most often essential
 * alongside it.
 */
export function readOccupationLinks(csv: string): { popularity: Map<string, number>; together: Map<string, string[]> } {
  const popularity = new Map<string, number>();
  const essential = new Map<string, string[]>();
  for (const r of parseCsv(csv)) {
    const skill = r.skillUri ?? '';
    const isEssential = r.relationType === 'essential';
    popularity.set(skill, (popularity.get(skill) ?? 0) + (isEssential ? ESSENTIAL_WEIGHT : 1));
    if (isEssential) {
      const list = essential.get(r.occupationUri ?? '') ?? [];
      list.push(skill);
      essential.set(r.occupationUri ?? '', list);
    }
  }
  const pairs = new Map<string, Map<string, number>>();
  for (const skills of essential.values()) {
    for (const a of skills)
      for (const b of skills) {
        if (a === b) continue;
        let m = pairs.get(a);
        if (!m) pairs.set(a, (m = new Map()));
        m.set(b, (m.get(b) ?? 0) + 1);
      }
  }
  const together = new Map<string, string[]>();
  for (const [a, m] of pairs) {
    const top = [...m]
      .filter(([, n]) => n >= CO_OCCURRENCE_MIN)
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .slice(0, CO_OCCURRENCE_TOP)
      .map(([b]) => b);
    if (top.length) together.set(a, top);
  }
  return { popularity, together };
}

/** Spanish or French labels by concept URI: preferred label first, then alternative labels. */
export function readEscoTranslations(csv: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of parseCsv(csv)) {
    const name = (r.preferredLabel ?? '').replace(/\s+/g, ' ').trim();
    if (!name) continue;
    out.set(r.conceptUri ?? '', [name, ...splitLines(r.altLabels).filter((a) => a !== name)]);
  }
  return out;
}
