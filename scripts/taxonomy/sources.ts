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
  /** The words an acronym stands for ("Warehouse management system" of WMS): kept as labels even when every word is ordinary. */
  expansions?: string[];
}

/** The input files, relative to the shared data folder; the manifest hashes each of them. */
export const INPUT_FILES = [
  'taxonomy/linguist/languages.yml',
  'taxonomy/github-explore-topics/topics.jsonl',
  'taxonomy/onet-29.2/technology-skills.tsv',
  'taxonomy/onet-29.2/tools-used.tsv',
  'taxonomy/onet-29.2/occupation-data.tsv',
  'taxonomy/esco-1.1.1/esco-v1.1.1-classification-en-csv.zip',
  'taxonomy/esco-1.1.1/esco-v1.1.1-relations-csv.zip',
  'taxonomy/esco-1.0-es-fr/skills_es.csv',
  'taxonomy/esco-1.0-es-fr/skills_fr.csv',
  'taxonomy/esco-1.2.0/all-skill-labels-esco-1.1.0.txt',
  'taxonomy/esco-1.2.0/digitalSkillsCollection_en.csv',
  'taxonomy/esco-1.2.0/transversalSkillsCollection_en.csv',
  'taxonomy/esco-1.2.0/languageSkillsCollection_en.csv',
  'skillspan/train.json',
] as const;

export type InputFile = (typeof INPUT_FILES)[number];

export function readInput(dataDir: string, file: InputFile): Buffer {
  return readFileSync(path.join(dataDir, file));
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

/**
 * Is `acronym` an abbreviation of `phrase`? Its letters appear in order in the phrase, starting
 * with the phrase's first letter ("Hypertext markup language" / HTML, "JavaScript Object Notation"
 * / JSON), unlike a product name in capitals ("CaseWare International IDEA").
 */
export function spellsOut(phrase: string, acronym: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^a-z]/g, '');
  const text = phrase.toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length < 2 || phrase.trim().split(/\s+/).length < 2 || letters[0] !== text[0]) return false;
  // Its last letter starts a word too ("Hypertext markup language" / HTML): "Bing for Power" is no "BI".
  const initials = phrase
    .toLowerCase()
    .split(/[^a-z]+/)
    .map((w) => w[0]);
  if (!initials.includes(letters[letters.length - 1])) return false;
  let at = 0;
  for (const ch of letters) {
    at = text.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Minimal RFC 4180 CSV reader (quoted fields may hold commas and newlines). */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  const n = text.length;
  let i = 0;
  // Unquoted fields are cut with slice, quoted ones unescaped: the ESCO relation files are 20 MB.
  while (i <= n) {
    let field: string;
    if (text[i] === '"') {
      let out = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q === -1) {
          out += text.slice(from);
          i = n;
          break;
        }
        out += text.slice(from, q);
        if (text[q + 1] === '"') {
          out += '"';
          from = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      field = out;
    } else {
      let j = i;
      while (j < n && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++;
      field = text.slice(i, j);
      i = j;
    }
    row.push(field);
    const ch = text[i];
    if (ch === ',') {
      i++;
      continue;
    }
    // end of line or of text
    if (ch === '\r' && text[i + 1] === '\n') i++;
    i++;
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  }
  const [header, ...body] = rows;
  if (!header) return [];
  return body
    .filter((r) => r.length === header.length)
    .map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ''])));
}

/** ESCO 1.1 preferred labels of all skills (the breadth beyond tech), up to `maxWords` words. */
export function readEscoAllLabels(text: string, maxWords: number): SourceEntry[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && l.split(/\s+/).length <= maxWords)
    .map((name) => ({ name, kind: 'other' as SkillKind, aliases: [], related: [] }));
}
