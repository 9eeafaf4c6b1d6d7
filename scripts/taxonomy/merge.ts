/**
 * Merges source entries into canonical skills: one skill per lookup key, the first source to
 * name a thing owns it (curated, then Linguist, github-explore, O*NET, ESCO), later sources add
 * aliases. Produces the compact data file.
 */
import { slugify } from '../../lib/skills/ids';
import { normalizeKey, tokenize } from '../../lib/skills/tokens';

export { slugify };
import type { ContextRule, SkillKind, TaxonomyFile } from '../../lib/skills/schema';
import type { SourceEntry } from './sources';

interface Draft {
  id: string;
  name: string;
  kind: SkillKind;
  aliases: string[];
  aliasKeys: Set<string>;
  /** first source lists proper names (curated tech, Linguist, O*NET): plain words are names */
  named: boolean;
  implies: string[];
  related: string[];
  context: ContextRule | undefined;
}

/** Words that make no skill name on their own: "to do", "be part of". */
const FUNCTION_WORDS = new Set([
  'to',
  'do',
  'be',
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'for',
  'and',
  'or',
  'it',
  'as',
  'at',
  'by',
  'is',
  'are',
  'we',
  'you',
  'our',
  'your',
  'get',
  'go',
  'make',
  'take',
  'have',
  'has',
  'with',
  'from',
  'up',
  'out',
  'all',
  'this',
  'that',
  'not',
  'no',
  'so',
  'if',
  'can',
  'will',
  'one',
  'more',
  'part',
]);

/** Source aliases this short (without spaces) are mostly other things in ads: "GB", "as". */
const MIN_SOURCE_ALIAS_CHARS = 3;
/** Merging through an alias is only safe for lists this short (see `add`). */
const MAX_ALIASES_TO_MERGE = 3;
/** Longer aliases are descriptions, not names. */
const MAX_ALIAS_TOKENS = 8;

function isFunctionPhrase(key: string): boolean {
  const parts = key.split(' ');
  return parts.length > 1 && parts.every((p) => FUNCTION_WORDS.has(p) || !/[a-z0-9]/.test(p));
}

export const KINDS: SkillKind[] = [
  'language',
  'tool',
  'platform',
  'domain',
  'method',
  'soft',
  'certification',
  'human-language',
  'other',
];

/** Variants of an alias that job ads also write: "front-end" -> "frontend", "vue.js" -> "vuejs". */
function variants(alias: string): string[] {
  const out = [alias];
  if (/^[A-Za-z0-9]+-[A-Za-z0-9]+$/.test(alias)) out.push(alias.replace('-', ''));
  const js = /^([A-Za-z0-9]+)\.js$/i.exec(alias);
  if (js) out.push(`${js[1]}js`, `${js[1]} js`);
  return out;
}

export class TaxonomyBuilder {
  private skills: Draft[] = [];
  private byKey = new Map<string, Draft>();
  private ids = new Set<string>();
  private byTopic = new Map<string, Draft>();

  /**
   * `isWord(key)`: a one-word key the extractor treats as an ordinary English word;
   * `inProse(key)`: the word occurs in plain prose at all, even if annotators also call it a
   * skill ("maintenance", "rest"): a source alias that is such a word is dropped.
   * (See build-taxonomy.ts.)
   */
  constructor(
    private readonly isWord: (key: string) => boolean,
    private readonly inProse: (key: string) => boolean,
  ) {}

  /** Adds one entry: merged into the skill that already owns its name (or an alias matching a name), else new. */
  add(
    e: SourceEntry,
    opts: {
      id?: string;
      implies?: readonly string[];
      mergeByAlias?: boolean;
      curated?: boolean;
      named?: boolean;
      context?: ContextRule;
    } = {},
  ): void {
    const nameKey = normalizeKey(e.name);
    if (!nameKey || isFunctionPhrase(nameKey)) return;
    let target = this.byKey.get(nameKey);
    // Merging through an alias is only safe for short alias lists: ESCO's long ones list example
    // products ("use word processing software": LaTeX, AbiWord…), which are not synonyms.
    for (const k of e.mergeKeys ?? []) {
      if (target) break;
      const t = this.byKey.get(normalizeKey(k));
      if (t && normalizeKey(t.name) === normalizeKey(k)) target = t;
    }
    if (!target && opts.mergeByAlias !== false && e.aliases.length <= MAX_ALIASES_TO_MERGE) {
      for (const a of e.aliases) {
        const t = this.byKey.get(normalizeKey(a));
        if (t && normalizeKey(t.name) === normalizeKey(a)) {
          target = t;
          break;
        }
      }
    }
    if (!target) {
      let id = opts.id ?? slugify(e.name);
      if (this.ids.has(id)) {
        let n = 2;
        while (this.ids.has(`${id}-${n}`)) n++;
        id = `${id}-${n}`;
      }
      this.ids.add(id);
      const named =
        !!(opts.named || opts.curated) && (e.kind === 'language' || e.kind === 'tool' || e.kind === 'platform');
      target = {
        id,
        name: e.name,
        kind: e.kind,
        aliases: [],
        aliasKeys: new Set([nameKey]),
        named,
        implies: [],
        related: [],
        context: undefined,
      };
      this.skills.push(target);
      this.byKey.set(nameKey, target);
    } else {
      this.claim(target, e.name);
    }
    // Source aliases that are plain words ("as" for AssemblyScript, "lead" for "lead others",
    // "Contribute" for Adobe Contribute) would fire on ordinary prose; only curated ones stay.
    // Two-letter source aliases ("GB" for Game Boy, "as") are mostly other things in ads.
    const aliases = opts.curated
      ? e.aliases
      : e.aliases.filter((a) => {
          const k = normalizeKey(a);
          return k.replace(/ /g, '').length >= MIN_SOURCE_ALIAS_CHARS && !this.isWord(k) && !isFunctionPhrase(k);
        });
    for (const a of aliases) for (const v of variants(a)) this.claim(target, v);
    if (opts.implies) target.implies.push(...opts.implies);
    if (opts.context) target.context = opts.context;
    target.related.push(...e.related);
    if (e.topic) this.byTopic.set(e.topic, target);
  }

  private claim(target: Draft, alias: string): void {
    const key = normalizeKey(alias);
    if (!key || tokenize(alias).length > MAX_ALIAS_TOKENS) return;
    if (this.byKey.has(key)) return;
    this.byKey.set(key, target);
    target.aliasKeys.add(key);
    target.aliases.push(alias);
  }

  get size(): number {
    return this.skills.length;
  }

  private resolve(ref: string): Draft | undefined {
    return this.byTopic.get(ref) ?? this.byKey.get(normalizeKey(ref));
  }

  /**
   * Resolves edges and emits the data file. `commonWords` = lowercase words of ordinary English;
   * `conceptKeys` = keys ESCO writes in lower case as a concept ("marketing", "statistics"): the
   * lowercase word is then the skill itself, not a name that happens to be a word;
   * `forced` = curated ambiguous words, always marked. `unresolved` lists curated implies that
   * name no skill; `problems`, curated ambiguity data that would do nothing (a forced word that
   * is no tool's key, a rule on a skill with no ordinary-word key, a word listed twice).
   */
  build(
    conceptKeys: ReadonlySet<string>,
    forced: readonly string[],
  ): { file: TaxonomyFile; unresolved: string[]; problems: string[] } {
    const index = new Map(this.skills.map((s, i) => [s, i]));
    const unresolved: string[] = [];
    const problems: string[] = [];
    const forcedSet = new Set(forced);
    if (forcedSet.size !== forced.length) problems.push(`ambiguous words listed twice: ${twice(forced).join(', ')}`);
    const edge = (s: Draft, refs: string[], strict: boolean) => {
      const out: number[] = [];
      for (const r of refs) {
        const t = this.resolve(r);
        if (!t) {
          if (strict) unresolved.push(`${s.name} -> ${r}`);
          continue;
        }
        const i = index.get(t);
        if (i !== undefined && t !== s && !out.includes(i)) out.push(i);
      }
      return out;
    };
    const cw = new Set<string>();
    const gw = new Set<string>();
    for (const s of this.skills) {
      const named =
        s.named ||
        ((s.kind === 'language' || s.kind === 'tool' || s.kind === 'platform') &&
          [...s.aliasKeys].some((k) => forcedSet.has(k)));
      for (const k of s.aliasKeys) {
        if (k.includes(' ')) continue;
        if (named && (k.length === 1 || forcedSet.has(k) || (this.isWord(k) && !conceptKeys.has(k)))) cw.add(k);
        else if (this.isWord(k)) gw.add(k);
      }
      // An all-caps alias that is also a prose word ("REST": "the rest of the team") must be
      // written in capitals: listing it as a word makes the matcher require them.
      for (const a of [s.name, ...s.aliases]) {
        const k = normalizeKey(a);
        if (/^[A-Z]{2,}$/.test(a) && this.inProse(k) && !cw.has(k)) gw.add(k);
      }
    }
    for (const w of forced) if (!cw.has(w)) problems.push(`ambiguous word "${w}" is no tool's one-word key`);
    const cx: Record<string, ContextRule> = {};
    for (const s of this.skills) {
      if (!s.context) continue;
      if (![...s.aliasKeys].some((k) => cw.has(k)))
        problems.push(`context rule of ${s.id}: no key is an ordinary word`);
      for (const [field, list] of Object.entries(s.context))
        if (Array.isArray(list) && twice(list.map((x) => JSON.stringify(x))).length)
          problems.push(`context rule of ${s.id}: ${field} lists a word twice`);
      cx[s.id] = s.context;
    }
    const ids: Record<string, string> = {};
    const file: TaxonomyFile = {
      v: 3,
      kinds: KINDS,
      s: this.skills.map((s, i) => {
        if (s.id !== slugify(s.name)) ids[String(i)] = s.id;
        const row: TaxonomyFile['s'][number] = [
          s.name,
          KINDS.indexOf(s.kind),
          s.aliases,
          edge(s, s.implies, true),
          edge(s, s.related, false),
        ];
        // Trailing empty parts are left out: most skills have no alias and no edge.
        while (row.length > 2 && (row[row.length - 1] as unknown[]).length === 0) row.pop();
        return row;
      }),
      ids,
      cw: [...cw].sort(),
      gw: [...gw].sort(),
      cx,
    };
    return { file, unresolved, problems };
  }
}

/** Entries that occur more than once. */
function twice(list: readonly string[]): string[] {
  return list.filter((x, i) => list.indexOf(x) !== i);
}

/** One skill per line: readable diffs, still compact. */
export function serialize(file: TaxonomyFile): string {
  const head = JSON.stringify({ v: file.v, kinds: file.kinds, ids: file.ids, cw: file.cw, gw: file.gw, cx: file.cx });
  return `${head.slice(0, -1)},"s":[\n${file.s.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
}
