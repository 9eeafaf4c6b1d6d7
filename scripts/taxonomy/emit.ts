/**
 * Writes the merged skills (merge.ts) as the compact data file (schema.ts TaxonomyFileSchema):
 * rows, edges, moved ids, the ordinary-word lists and, per language, the prebuilt match index
 * with each key's flags, so that loading it costs one JSON.parse and one pass over a string.
 */
import { conceptKey, exactKey, isProperName } from '../../lib/skills/keys';
import {
  KEY_FLAGS,
  SkillKindSchema,
  type ContextRule,
  type SkillKind,
  type TaxonomyFile,
} from '../../lib/skills/schema';
import type { StemLanguage } from '../../lib/skills/stem';
import { tokenize } from '../../lib/skills/tokens';
import { slugify, type Draft, type TaxonomyBuilder } from './merge';

/** The kinds in the data file's order: the schema's. */
export const KINDS: readonly SkillKind[] = SkillKindSchema.options;

const TECH_KINDS: ReadonlySet<SkillKind> = new Set(['language', 'tool', 'platform']);
/** An acronym alias ("IT", "SQL"); those of at most SHORT_ACRONYM letters always need capitals. */
const ACRONYM = /^[A-Z]{2,3}$/;
const SHORT_ACRONYM = 2;
const CAPS = /^[A-Z]{2,}$/;
/** A name only Linguist knows this short ("AL", "Lex", "Io") is a word or a place in an ad, not a language. */
const OBSCURE_MAX_CHARS = 3;
/** Spanish and French acronym labels this short need capitals in the text. */
const ACRONYM_MAX_CHARS_TRANSLATED = 5;
/** Related skills kept per skill (github topics, ESCO relations, occupations asking for both). */
const MAX_RELATED = 8;
/** Popularity digit: log2 of (occupations + 1) times this, at most 35 (one base-36 digit). */
const POPULARITY_SCALE = 3;

export interface EmitInput {
  builder: TaxonomyBuilder;
  /** curated tool names that are ordinary words (ambiguity.ts AMBIGUOUS_WORDS) */
  forced: readonly string[];
  /** words ESCO writes in lower case as a concept ("marketing"): the word is the skill */
  conceptKeys: ReadonlySet<string>;
  /** ESCO URI -> broader URIs, related URIs, popularity */
  broader: ReadonlyMap<string, string[]>;
  relatedUris: ReadonlyMap<string, string[]>;
  popularity: ReadonlyMap<string, number>;
  /** ids published before, with their names: each must still name a skill or a moved one */
  published: readonly [string, string][];
  /** a word the sources' prose or the SkillSpan sentences write in lower case at all */
  writtenLower: (word: string) => boolean;
}

interface KeyEntry {
  skill: number;
  flags: number;
}

export function emit(input: EmitInput): { file: TaxonomyFile; unresolved: string[]; problems: string[] } {
  const { builder: b, forced, conceptKeys } = input;
  const skills = b.skills;
  const index = new Map(skills.map((s, i) => [s, i]));
  const unresolved: string[] = [];
  const problems: string[] = [];
  const forcedSet = new Set(forced);
  if (forcedSet.size !== forced.length) problems.push(`ambiguous words listed twice: ${twice(forced).join(', ')}`);

  const edge = (s: Draft, refs: readonly string[], strict: boolean, limit = Infinity) => {
    const out: number[] = [];
    for (const r of refs) {
      if (out.length >= limit) break;
      const t = b.resolve(r);
      if (!t) {
        if (strict) unresolved.push(`${s.name} -> ${r}`);
        continue;
      }
      const i = index.get(t);
      if (i !== undefined && t !== s && !out.includes(i)) out.push(i);
    }
    return out;
  };

  // Ordinary words among one-word keys (see schema.ts `cw`, `gw`).
  const cw = new Set<string>();
  const gw = new Set<string>();
  const isNamed = (s: Draft) =>
    s.named || (TECH_KINDS.has(s.kind) && s.labels.some((l) => forcedSet.has(tokenize(l).join(' '))));
  for (const s of skills) {
    const named = isNamed(s);
    for (const l of s.labels) {
      const tokens = tokenize(l);
      if (tokens.length !== 1) continue;
      const k = tokens[0] as string;
      if (named && (k.length === 1 || forcedSet.has(k) || (b.isWord(k) && !conceptKeys.has(k)))) cw.add(k);
      else if (b.isWord(k)) gw.add(k);
      // An all-caps alias that is also a prose word ("REST": "the rest of the team") must be
      // written in capitals: listing it as a word makes the matcher require them.
      if (CAPS.test(l) && b.inProse(k) && !cw.has(k)) gw.add(k);
    }
  }
  for (const w of forced) if (!cw.has(w)) problems.push(`ambiguous word "${w}" is no tool's one-word key`);

  // Match index, English: names of every skill first (a name beats another skill's alias), then aliases.
  const en = new Map<string, KeyEntry>();
  const displays = new Map<string, string[]>();
  // keys held through another word's stem ("canva" of Canvas): a name spelled so takes them (Canva)
  const stemmed = new Set<string>();
  for (const pass of [0, 1])
    skills.forEach((s, i) => {
      const labels = pass === 0 ? s.labels.slice(0, 1) : s.labels.slice(1);
      for (const l of labels) {
        const key = englishKey(s, l, b, cw, gw, forcedSet);
        if (!key) continue;
        // A one-word concept is also keyed as written ("sales" beside "sale"): the extractor
        // reads an ordinary word's other forms for nothing ("plans" is not "plan").
        const written = key.includes(' ') ? '' : exactKey(l);
        if (written && written !== key && !en.has(written)) {
          en.set(written, { skill: i, flags: 0 });
          displays.set(written, [l]);
        }
        let owner = en.get(key);
        const spelled = key === exactKey(l);
        if (owner && owner.skill !== i && pass === 0 && spelled && stemmed.has(key)) {
          displays.delete(key);
          en.delete(key);
          owner = undefined;
        }
        if (owner && owner.skill !== i) continue;
        if (!owner) {
          en.set(key, { skill: i, flags: 0 });
          if (spelled) stemmed.delete(key);
          else stemmed.add(key);
        }
        const list = displays.get(key) ?? [];
        list.push(l);
        displays.set(key, list);
      }
    });
  for (const [key, entry] of en) {
    const s = skills[entry.skill] as Draft;
    const shown = displays.get(key) ?? [];
    entry.flags = keyFlags(s, key, shown, cw, gw, input.writtenLower);
  }

  // Spanish and French: ESCO's labels of the concepts each skill holds.
  const translated = (lang: 'es' | 'fr') => {
    const out = new Map<string, KeyEntry>();
    skills.forEach((s, i) => {
      for (const l of s[lang]) {
        const key = isProperName(l) ? exactKey(l) : conceptKey(l, lang as StemLanguage);
        const words = tokenize(l).length;
        if (!key || out.has(key) || words > 8) continue;
        // An acronym ("AVEC", "TIC") must be written in capitals: in lower case it is a word.
        // A phrase naming a trade's task, tool or field ("préparation de commandes", "chariot
        // élévateur") counts in a duty sentence ("Vous assurez la réception des marchandises"), as
        // its English name does; a soft skill, ESCO's generic phrases and any one word ("ventas",
        // "archivo") only where the text talks about skills.
        const flags = isProperName(l)
          ? CAPS.test(l) && l.length <= ACRONYM_MAX_CHARS_TRANSLATED
            ? KEY_FLAGS.NEED_UPPER
            : 0
          : words === 1 || s.gated || s.kind === 'soft' || s.kind === 'other'
            ? KEY_FLAGS.GATED
            : 0;
        out.set(key, { skill: i, flags });
      }
    });
    return out;
  };

  const cx: Record<string, ContextRule> = {};
  for (const s of skills) {
    if (!s.context) continue;
    const keys = s.labels.map((l) => tokenize(l).join(' '));
    const common = keys.some((k) => cw.has(k));
    // Words around a mention apply to any name; evidence is asked only of ordinary words.
    if (s.context.needEvidence && !common)
      problems.push(`context rule of ${s.id}: asks for evidence, but no key is an ordinary word`);
    for (const [field, list] of Object.entries(s.context))
      if (Array.isArray(list) && twice(list.map((x) => JSON.stringify(x))).length)
        problems.push(`context rule of ${s.id}: ${field} lists a word twice`);
    // A rule written for an ordinary-word name ("Teams": "in teams", "our teams") is that word's
    // only: "Collaborate in Microsoft Teams" keeps the product.
    const ordinary = common || keys.some((k) => gw.has(k));
    cx[s.id] = ordinary ? { ...s.context, wordOnly: true } : s.context;
  }

  const ids: Record<string, string> = {};
  const current = new Set(skills.map((s) => s.id));
  const moved: Record<string, string> = {};
  for (const [id, name] of input.published) {
    if (current.has(id)) continue;
    const to = b.mergedIds.get(id) ?? b.find(name);
    if (to) moved[id] = to.id;
    else problems.push(`published id "${id}" (${name}) names no skill any more`);
  }

  const popularity = (s: Draft) => {
    let n = 0;
    for (const u of s.uris) n += input.popularity.get(u) ?? 0;
    if (s.source === 'curated') n += 64;
    if (s.hot) n += 32;
    return Math.min(35, Math.floor(Math.log2(n + 1) * POPULARITY_SCALE));
  };

  const file: TaxonomyFile = {
    v: 4,
    kinds: [...KINDS],
    s: skills.map((s, i) => {
      if (s.id !== slugify(s.name)) ids[String(i)] = s.id;
      const broader = s.uris.flatMap((u) => input.broader.get(u) ?? []);
      const related = [...s.related, ...s.uris.flatMap((u) => input.relatedUris.get(u) ?? [])];
      const row: TaxonomyFile['s'][number] = [
        displayName(s),
        KINDS.indexOf(s.kind),
        s.aliases,
        [...edge(s, s.implies, true), ...edge(s, broader, false)].filter((x, k, all) => all.indexOf(x) === k),
        edge(s, related, false, MAX_RELATED),
      ];
      // Trailing empty parts are left out: most skills have no alias and no edge.
      while (row.length > 2 && (row[row.length - 1] as unknown[]).length === 0) row.pop();
      return row;
    }),
    ids,
    moved,
    cw: [...cw].sort(),
    gw: [...gw].sort(),
    cx,
    m: { en: indexString(en), es: indexString(translated('es')), fr: indexString(translated('fr')) },
    names: {
      es: skills.map((s) => oneLine(s.es[0] && upperFirst(s.es[0]))).join('\n'),
      fr: skills.map((s) => oneLine(s.fr[0] && upperFirst(s.fr[0]))).join('\n'),
    },
    pop: skills.map((s) => popularity(s).toString(36)).join(''),
  };
  return { file, unresolved, problems };
}

const oneLine = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * The English key of one label of `s`, or '' when the label must not match on its own:
 * exact for names (a capital inside, a digit, a symbol; any one-word label of a product),
 * else the concept key (keys.ts). One-word labels are left out when the skill never matches a
 * bare word (companies), when only a source's concept list holds an ordinary word
 * ("Development", "Support" from github topics), or when an obscure product or language is
 * named by an ordinary word or a very short one (Linguist's "AL", "Lex").
 */
function englishKey(
  s: Draft,
  label: string,
  b: TaxonomyBuilder,
  cw: ReadonlySet<string>,
  gw: ReadonlySet<string>,
  forced: ReadonlySet<string>,
): string {
  const tokens = tokenize(label);
  if (tokens.length === 0) return '';
  // O*NET tools are named in the plural ("Balances", "Containers"): one word keeps its exact
  // form, since its singular is more often a verb or an ordinary noun ("balance the drawer").
  const toolOnly = s.sources.size === 1 && s.sources.has('onet-tools');
  const exact = isProperName(label) || (s.named && tokens.length === 1) || (toolOnly && tokens.length === 1);
  const key = exact ? exactKey(label) : conceptKey(label);
  if (tokens.length > 1 || !key) return key;
  if (tokens.length > 1) return key;
  const word = tokens[0] as string;
  if (!s.bare) return '';
  // "SAFe" beside "safe": a capital inside an ordinary word is the only sign, and keys are lower case.
  if (/^.+[A-Z]/.test(label) && !CAPS.test(label) && (b.inProse(word) || cw.has(word) || gw.has(word))) return '';
  const curated = s.sources.has('curated');
  // Only a source's concept list holds this ordinary word ("Development", "Code" from github topics).
  if (!curated && gw.has(word) && !s.sources.has('esco') && !s.sources.has('esco-labels')) return '';
  if (obscureProduct(s) && !forced.has(word) && (cw.has(word) || b.inProse(word) || word.length <= OBSCURE_MAX_CHARS))
    return '';
  return key;
}

/** A product only the sources name (a GitHub tech topic too): not curated, hot, ESCO's or SkillSpan's. */
const sourceProduct = (s: Draft) =>
  (s.named || (s.sources.has('github') && TECH_KINDS.has(s.kind))) &&
  !s.hot &&
  !s.sources.has('curated') &&
  !s.sources.has('esco') &&
  !s.sources.has('skillspan');

/** A product only one niche source names: not curated, not hot, unknown to github topics and ESCO. */
const obscureProduct = (s: Draft) =>
  s.named && !s.hot && !s.sources.has('curated') && !s.sources.has('github') && !s.sources.has('esco');

/**
 * The name the user sees: ESCO writes its labels in lower case ("food safety principles"), the
 * other names start with a capital ("Forklift operation"), so an ESCO concept's first letter is
 * raised. A name whose first word holds a capital is a brand written so ("iOS", "jQuery") and any
 * other source's name keeps its spelling ("dbt"). Ids and match keys are lower case: unchanged.
 */
export function displayName(s: Pick<Draft, 'name' | 'source' | 'named'>): string {
  // SkillSpan's phrases are as ads wrote them, mostly in lower case too ("threat modelling").
  const lower = s.source === 'esco' || s.source === 'esco-labels' || s.source === 'skillspan';
  return lower && !s.named ? upperFirst(s.name) : s.name;
}

/** A lower-case label's first letter raised ("contabilidad" -> "Contabilidad"); a brand ("iOS") kept. */
export function upperFirst(label: string): string {
  if (!/^\p{Ll}[^\s\p{Lu}]*(\s|$)/u.test(label)) return label;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Words a title leaves in lower case ("After the Deadline"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'by', 'with']);

/** Every word but the small ones starts with a capital: a product's name ("Amazing Charts"), not a category ("Presentation software"). */
export function titleCase(label: string): boolean {
  const words = label.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length > 1 && words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w)));
}

/** Flags of a key (KEY_FLAGS) from the spellings of its owner that reach it. */
function keyFlags(
  s: Draft,
  key: string,
  shown: readonly string[],
  cw: ReadonlySet<string>,
  gw: ReadonlySet<string>,
  writtenLower: (word: string) => boolean,
): number {
  let flags = 0;
  // ESCO's lower-case phrases ("make decisions") and soft skills are asked for in clauses about
  // the candidate; elsewhere they describe the company.
  if (s.gated || s.kind === 'soft' || (s.kind === 'other' && s.name === s.name.toLowerCase())) flags |= KEY_FLAGS.GATED;
  if (key.includes(' ')) {
    // A product named by ordinary words ("After the Deadline", "Power Query") is that product
    // only as its name is written: in lower case the words are prose ("apply after the deadline").
    const words = tokenize(shown[0] ?? key);
    if (obscureProduct(s) && shown.length > 0 && shown.every(titleCase) && words.every(writtenLower))
      flags |= KEY_FLAGS.CASED;
    // A product whose name joins ordinary words with "@" ("time@work", "people@work") keys as the
    // words alone, which are prose ("full time work", "lead people working"): only with capitals.
    else if (shown.some((d) => /\p{L}@\p{L}/u.test(d)) && words.every(writtenLower)) flags |= KEY_FLAGS.CASED;
    return flags;
  }
  const toolOnly = s.sources.size === 1 && s.sources.has('onet-tools');
  if (s.named || toolOnly || shown.some((d) => isProperName(d))) flags |= KEY_FLAGS.EXACT;
  const word = tokenize(shown[0] ?? key)[0] ?? key;
  // A product no curated row names, called by a word prose writes in lower case ("FEAR", "Aspire",
  // "InterConnect", "Fennel", GitHub's "wow"): "no fear", "we aspire", "a wow experience" are
  // prose, so only a capital makes it the product. (The words SkillSpan's annotators marked as
  // skills, "npm", stay as written; ambiguous words have their own rule.)
  if (sourceProduct(s) && !cw.has(word) && writtenLower(word)) flags |= KEY_FLAGS.CASED;
  const common = cw.has(word);
  const generic = gw.has(word);
  if (common) flags |= KEY_FLAGS.COMMON_WORD;
  if (generic) flags |= KEY_FLAGS.GENERIC_WORD;
  // Two-letter acronyms ("IT", "ML", "AP") and acronyms that are words need capitals; three-letter
  // ones ("SQL", "PHP") are safe in lower case ("python bash sql"). Same skill, several spellings
  // ("Jira", "JIRA"): an acronym only if every spelling is.
  const upper = shown.every(
    (d) =>
      (ACRONYM.test(d) && (d.length <= SHORT_ACRONYM || common || generic)) || ((common || generic) && CAPS.test(d)),
  );
  if (upper) flags |= KEY_FLAGS.NEED_UPPER;
  return flags;
}

/** Sorted lines `key\tskill[\tflags]`, numbers in base 36: one first token's lines stay together. */
function indexString(keys: ReadonlyMap<string, KeyEntry>): string {
  return [...keys]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, e]) => `${k}\t${e.skill.toString(36)}${e.flags ? `\t${e.flags.toString(36)}` : ''}`)
    .join('\n');
}

/** Entries that occur more than once. */
export function twice(list: readonly string[]): string[] {
  return list.filter((x, i) => list.indexOf(x) !== i);
}

/** The data file with one skill per line: readable diffs, still compact. */
export function serialize(file: TaxonomyFile): string {
  const { s, ...head } = file;
  const top = JSON.stringify(head);
  return `${top.slice(0, -1)},"s":[\n${s.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
}
