/**
 * Readers for the public sources in ../shared/data/taxonomy. Each returns plain entries; the
 * merge (duplicates, alias ownership, ids) happens in merge.ts so the readers stay dumb.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SkillKind } from '../../lib/skills/schema';

export interface SourceEntry {
  name: string;
  kind: SkillKind;
  aliases: string[];
  /** names/aliases/topic slugs of related skills (resolved after the merge) */
  related: string[];
  /** github-explore topic slug, so `related` slugs can be resolved */
  topic?: string;
  /** Other names that identify an existing skill to merge into, without becoming aliases. */
  mergeKeys?: string[];
}

/** The input files, relative to the shared data folder; the manifest hashes each of them. */
export const INPUT_FILES = [
  'taxonomy/linguist/languages.yml',
  'taxonomy/github-explore-topics/topics.jsonl',
  'taxonomy/onet-29.2/technology-skills.tsv',
  'taxonomy/onet-29.2/occupation-data.tsv',
  'taxonomy/esco-1.2.0/digitalSkillsCollection_en.csv',
  'taxonomy/esco-1.2.0/transversalSkillsCollection_en.csv',
  'taxonomy/esco-1.2.0/languageSkillsCollection_en.csv',
  'taxonomy/esco-1.2.0/all-skill-labels-esco-1.1.0.txt',
  'taxonomy/esco-1.2.0/skillGroups_en.csv',
  'skillspan/train.json',
] as const;

export type InputFile = (typeof INPUT_FILES)[number];

export function readInput(dataDir: string, file: InputFile): string {
  return readFileSync(path.join(dataDir, file), 'utf8');
}

/** Linguist languages.yml, `type: programming` only. A tiny reader for its flat YAML subset. */
export function readLinguist(text: string): SourceEntry[] {
  const out: SourceEntry[] = [];
  let cur: { name: string; type: string; aliases: string[] } | null = null;
  let inAliases = false;
  const flush = () => {
    if (cur && cur.type === 'programming')
      out.push({ name: cur.name, kind: 'language', aliases: cur.aliases, related: [] });
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line === '---' || line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      flush();
      cur = { name: unquote(line.replace(/:\s*$/, '')), type: '', aliases: [] };
      inAliases = false;
      continue;
    }
    if (!cur) continue;
    const field = /^ {2}([a-z_]+):\s*(.*)$/.exec(line);
    if (field) {
      inAliases = field[1] === 'aliases';
      if (field[1] === 'type') cur.type = field[2] ?? '';
      continue;
    }
    const item = /^ {2}- (.*)$/.exec(line);
    if (item && inAliases) cur.aliases.push(unquote(item[1] ?? ''));
  }
  flush();
  return out;
}

function unquote(s: string): string {
  const t = s.trim();
  return (t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'")) ? t.slice(1, -1) : t;
}

/** github-explore aliases include repo-ish slugs ("golang-examples"); those are not skill names. */
const JUNK_ALIAS =
  /\b(tutorials?|examples?|awesome|demos?|samples?|boilerplates?|starter|templates?|exercises?|courses?|projects?|library|libraries|resources|snippets|cheatsheet|docs|guide|code|tools|framework|plugins?|apps?)\b/;

/** Kind of a github-explore topic, from the words its own description uses. */
function topicKind(topic: string, description: string): SkillKind {
  const d = description.toLowerCase();
  if (/\bprogramming language\b|\bscripting language\b|\bquery language\b|\bmarkup language\b/.test(d))
    return 'language';
  if (
    /\boperating system\b|\bcloud (computing )?platform\b|\bplatform\b/.test(d) &&
    !/\blibrary\b|\bframework\b/.test(d)
  )
    return 'platform';
  if (
    /\b(methodology|methology|practice|approach|paradigm|technique|principle|process)\b/.test(d) &&
    !/\b(library|framework|tool)\b/.test(d)
  )
    return 'method';
  if (
    /\b(field|study|science|discipline|branch|industry|refers to)\b/.test(d) &&
    !/\b(library|framework|tool|software)\b/.test(d)
  )
    return 'domain';
  void topic;
  return 'tool';
}

/** github-explore topics: display name, aliases (slugs), related topics. */
export function readGithubTopics(text: string): SourceEntry[] {
  const out: SourceEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Record<string, unknown>;
    const topic = String(r.topic ?? '');
    const name = String(r.display_name ?? topic).trim();
    if (!name) continue;
    const list = (v: unknown) =>
      typeof v === 'string'
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [];
    const aliases = [topic, ...list(r.aliases)].filter(
      (a) => !JUNK_ALIAS.test(a.replace(/-/g, ' ')) && !/^\d+$/.test(a),
    );
    // Topics about software carry its facts (creator, release, repository, site); the others
    // are fields and practices ("Automation", "Security"), not tools.
    const software = ['created_by', 'released', 'github_url', 'url'].some((k) => k in r);
    let kind = topicKind(topic, String(r.short_description ?? ''));
    if (!software && kind === 'tool') kind = 'domain';
    out.push({ name, kind, aliases, related: list(r.related), topic });
  }
  return out;
}

/** Vendors whose names job ads drop: "Atlassian JIRA" is written "JIRA". */
const VENDORS = [
  'Microsoft',
  'Oracle',
  'Atlassian',
  'Adobe',
  'Apache',
  'Amazon',
  'Google',
  'IBM',
  'SAP',
  'Autodesk',
  'Intuit',
  'Salesforce',
  'Red Hat',
  'The MathWorks',
  'SAS',
  'Apple',
  'Cisco',
  'VMware',
  'HashiCorp',
  'JetBrains',
  'Meta',
  'Facebook',
  'Elastic',
  'MongoDB',
  'Dassault Systemes',
  'Bentley',
  'Esri',
  'ESRI',
  'Trimble',
  'Corel',
  'Sage',
];
const VENDOR_RE = new RegExp(`^(?:${VENDORS.map((v) => v.replace(/ /g, '\\s+')).join('|')})\\s+(.+)$`);

/** O*NET technology skills: unique product names; kind from the commodity title. */
/**
 * Is `acronym` an abbreviation of `phrase`? Its letters appear in order in the phrase, starting
 * with the phrase's first letter ("Hypertext markup language" / HTML, "JavaScript Object Notation"
 * / JSON), unlike a product name in capitals ("CaseWare International IDEA").
 */
export function spellsOut(phrase: string, acronym: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^a-z]/g, '');
  const text = phrase.toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length < 2 || phrase.trim().split(/\s+/).length < 2 || letters[0] !== text[0]) return false;
  let at = 0;
  for (const ch of letters) {
    at = text.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

export function readOnetTech(text: string): SourceEntry[] {
  const seen = new Map<string, SourceEntry>();
  const lines = text.split('\n').slice(1);
  for (const line of lines) {
    const cols = line.split('\t');
    const name = cols[1]?.trim();
    const commodity = cols[3]?.trim() ?? '';
    if (!name || seen.has(name)) continue;
    const kind: SkillKind = /operating system/i.test(commodity) ? 'platform' : 'tool';
    const aliases: string[] = [];
    const stripped = VENDOR_RE.exec(name)?.[1];
    if (stripped && stripped.length > 1) aliases.push(stripped);
    // O*NET spells out an acronym before it ("Structured query language SQL", "Amazon Web Services
    // AWS software"): both halves are names of the same skill, so it merges with the one that has them.
    const spelled = /^(.{6,}?)\s+([A-Z][A-Z0-9.+#/-]{1,8})(?:\s+software)?$/.exec(name);
    const mergeKeys: string[] = [];
    if (spelled?.[1] && spelled[2] && spellsOut(spelled[1], spelled[2])) {
      // The acronym only finds the skill to merge into: as an alias of a new skill, product acronyms
      // that are words ("BASE", "APPS") would fire on prose.
      // "A Programming Language APL": a phrase starting with an article is prose, not a name.
      if (!/^(?:a|an|the)\s/i.test(spelled[1])) aliases.push(spelled[1]);
      mergeKeys.push(spelled[2], spelled[1]);
    }
    seen.set(name, { name, kind, aliases, related: [], ...(mergeKeys.length ? { mergeKeys } : {}) });
  }
  return [...seen.values()];
}

/** Minimal RFC 4180 CSV reader (quoted fields may hold commas and newlines). */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  if (!header) return [];
  return body
    .filter((r) => r.length === header.length)
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const splitAlt = (s: string | undefined) =>
  (s ?? '')
    .split(/\s*\|\s*|\n/)
    .map((a) => a.trim())
    .filter(Boolean);

/**
 * ESCO digital skills: knowledge -> domain (or tool when the label is a product name), skills -> method.
 * A generic concept's alternative labels are sometimes a list of products ("computer programming":
 * DIBOL, KnockoutJS, Subversion…): a product name sharing no word with the concept is its own skill,
 * related to the concept, not another name for it.
 */
export function readEscoDigital(text: string): SourceEntry[] {
  return parseCsv(text).flatMap((r) => {
    const name = (r.preferredLabel ?? '').trim();
    const product = /[A-Z]/.test(name);
    const kind: SkillKind = r.skillType === 'knowledge' ? (product ? 'tool' : 'domain') : 'method';
    const words = new Set(
      name
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean),
    );
    const unrelated = (alt: string) =>
      !alt
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .some((w) => w && words.has(w));
    const alts = splitAlt(r.altLabels);
    // A list of products: several capitalised names that share no word with the concept.
    const productList = !product && alts.filter((a) => /[A-Z]/.test(a) && unrelated(a)).length >= 5;
    const separate = (alt: string) => productList && unrelated(alt);
    const own: SourceEntry = { name, kind, aliases: alts.filter((a) => !separate(a)), related: [] };
    const split = alts
      .filter(separate)
      .map((a): SourceEntry => ({ name: a, kind: 'tool', aliases: [], related: [name] }));
    return [own, ...split];
  });
}

/** ESCO transversal skills: soft skills. */
export function readEscoTransversal(text: string): SourceEntry[] {
  return parseCsv(text).map((r) => ({
    name: (r.preferredLabel ?? '').trim(),
    kind: 'soft',
    aliases: splitAlt(r.altLabels),
    related: [],
  }));
}

/** ESCO language skills, collapsed to one skill per language ("write Hungarian" -> Hungarian). */
export function readEscoLanguages(text: string): SourceEntry[] {
  const names = new Set<string>();
  for (const r of parseCsv(text)) {
    if (r.skillType === 'knowledge' && !/\s(spoken|written)\s/.test(r.preferredLabel ?? ''))
      names.add((r.preferredLabel ?? '').trim());
    for (const b of splitAlt(r.broaderConceptPT)) if (/^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(b)) names.add(b);
  }
  return [...names].filter(Boolean).map((name) => ({ name, kind: 'human-language', aliases: [], related: [] }));
}

/** ESCO 1.1 preferred labels of all skills (the breadth beyond tech), up to `maxWords` words. */
export function readEscoAllLabels(text: string, maxWords: number): SourceEntry[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && l.split(/\s+/).length <= maxWords)
    .map((name) => ({ name, kind: 'other' as SkillKind, aliases: [], related: [] }));
}
