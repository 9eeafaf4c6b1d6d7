/**
 * Merges source entries into canonical skills: one skill per identity key, the first source to
 * name a thing owns it (curated, then Linguist, github-explore, O*NET, ESCO), later sources add
 * labels. Edges are resolved once every source is in (emit.ts writes the data file).
 *
 * Identity keys are concept keys (lib/skills/keys.ts): "Forklifts" (O*NET) meets the curated
 * "forklift", "operating forklifts" meets "operate forklift".
 */
import { slugify } from '../../lib/skills/ids';
import { conceptKey, exactKey } from '../../lib/skills/keys';
import type { ContextRule, SkillKind } from '../../lib/skills/schema';
import { tokenize } from '../../lib/skills/tokens';
import type { SourceEntry } from './sources';
import { ORDINARY_PHRASES } from './ambiguity';

const ORDINARY_PHRASE_SET: ReadonlySet<string> = new Set(ORDINARY_PHRASES);

export { slugify };

/** Where a skill's first entry came from; decides how its labels are keyed (see emit.ts). */
export type Source = 'curated' | 'linguist' | 'github' | 'onet' | 'onet-tools' | 'esco' | 'esco-labels' | 'skillspan';

export interface Draft {
  id: string;
  name: string;
  kind: SkillKind;
  /** the first source, and every source that merged in */
  source: Source;
  sources: Set<Source>;
  /** a product or language name: every label keeps its exact spelling (Pandas, Rails) */
  named: boolean;
  /** English labels: the name first, then aliases in the order they came */
  labels: string[];
  /** labels shown as aliases (all curated ones, a few from each source) */
  aliases: string[];
  /** identity keys this skill owns */
  keys: Set<string>;
  implies: string[];
  related: string[];
  context: ContextRule | undefined;
  /** ESCO concept URIs merged into this skill (edges, translations, popularity) */
  uris: string[];
  /** an O*NET hot or in-demand technology, or a tool many occupations use */
  hot: boolean;
  /** one-word labels never match alone (company names, obscure short names): see emit.ts */
  bare: boolean;
  /** matched only where the text talks about skills (soft skills, ESCO phrases, physical tools) */
  gated: boolean;
  /** Spanish and French labels, preferred first */
  es: string[];
  fr: string[];
}

/** Words that make no skill name on their own: "to do", "be part of". */
const FUNCTION_WORDS = new Set(
  `to do be the a an of in on for and or it as at by is are we you our your get go make take have has with
   from up out all this that not no so if can will one more part`.split(/\s+/),
);

/** Source aliases this short (without spaces) are mostly other things in ads: "GB", "as". */
const MIN_SOURCE_ALIAS_CHARS = 3;
/** Merging through an alias is only safe for lists this short (see `add`). */
const MAX_ALIASES_TO_MERGE = 3;
/** Longer labels are descriptions, not names. */
const MAX_LABEL_TOKENS = 8;
/** Aliases shown per skill from a source (all curated ones are shown). */
const MAX_SHOWN_SOURCE_ALIASES = 3;

function isFunctionPhrase(label: string): boolean {
  const parts = tokenize(label);
  return parts.length > 1 && parts.every((p) => FUNCTION_WORDS.has(p) || !/[a-z0-9]/.test(p));
}

/** The identity of a label: its concept key, or its exact key when it has no concept key. */
export function identity(label: string): string {
  return conceptKey(label) || exactKey(label);
}

/** Variants of an alias that job ads also write: "front-end" -> "frontend", "vue.js" -> "vuejs". */
function variants(alias: string): string[] {
  const out = [alias];
  if (/^[A-Za-z0-9]+-[A-Za-z0-9]+$/.test(alias)) out.push(alias.replace('-', ''));
  const js = /^([A-Za-z0-9]+)\.js$/i.exec(alias);
  if (js) out.push(`${js[1]}js`, `${js[1]} js`);
  return out;
}

const TECH_KINDS: ReadonlySet<SkillKind> = new Set(['language', 'tool', 'platform']);

export interface AddOptions {
  source: Source;
  /** a product name (exact keys); by default curated, Linguist and O*NET tools, languages, platforms */
  named?: boolean;
  id?: string;
  implies?: readonly string[];
  mergeByAlias?: boolean;
  context?: ContextRule;
  uri?: string;
  hot?: boolean;
  /** false: one-word labels never match alone */
  bare?: boolean;
  gated?: boolean;
}

export class TaxonomyBuilder {
  readonly skills: Draft[] = [];
  private readonly byKey = new Map<string, Draft>();
  private readonly ids = new Set<string>();
  private readonly byTopic = new Map<string, Draft>();
  readonly byUri = new Map<string, Draft>();
  /** ids that entries would have had, merged into another skill: id -> that skill */
  readonly mergedIds = new Map<string, Draft>();

  /**
   * `isWord(key)`: a one-word key the extractor treats as an ordinary English word;
   * `inProse(key)`: the word occurs in plain prose at all, even if annotators also call it a
   * skill ("maintenance", "rest"): a source alias that is such a word is dropped.
   * (See build-taxonomy.ts.)
   */
  constructor(
    readonly isWord: (key: string) => boolean,
    readonly inProse: (key: string) => boolean,
  ) {}

  /** The skill owning a label's identity key. */
  find(label: string): Draft | undefined {
    return this.byKey.get(identity(label)) ?? this.byKey.get(exactKey(label));
  }

  /** Adds one entry: merged into the skill that already owns its name (or an alias matching a name), else new. */
  add(e: SourceEntry, opts: AddOptions): Draft | undefined {
    const curated = opts.source === 'curated';
    const nameKey = identity(e.name);
    if (!nameKey || isFunctionPhrase(e.name)) return undefined;
    const named =
      opts.named ?? ((curated || opts.source === 'linguist' || opts.source === 'onet') && TECH_KINDS.has(e.kind));
    const aliases = curated ? e.aliases : [...this.sourceAliases(e.aliases, named), ...(e.expansions ?? [])];
    // Two product names are one skill only when spelled alike: "Canva" is not "Canvas", nor
    // "Epics" the EHR product "Epic", though their concept keys meet.
    const same = (label: string, t: Draft | undefined) =>
      !!t && (!(named || t.named) || t.labels.some((l) => exactKey(l) === exactKey(label)));
    let target = this.byKey.get(nameKey);
    if (!same(e.name, target)) target = undefined;
    // Merging through an alias is only safe for short alias lists: ESCO's long ones list example
    // products ("use word processing software": LaTeX, AbiWord…), which are not synonyms.
    for (const k of e.mergeKeys ?? []) {
      if (target) break;
      const t = this.byKey.get(identity(k));
      if (t && identity(t.name) === identity(k) && same(k, t)) target = t;
    }
    if (!target && opts.mergeByAlias !== false && aliases.length <= MAX_ALIASES_TO_MERGE) {
      for (const a of aliases) {
        const t = this.byKey.get(identity(a));
        if (t && identity(t.name) === identity(a) && same(a, t)) {
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
      target = {
        id,
        name: e.name,
        kind: e.kind,
        source: opts.source,
        sources: new Set([opts.source]),
        named,
        labels: [e.name],
        aliases: [],
        keys: new Set([nameKey]),
        implies: [],
        related: [],
        context: undefined,
        uris: [],
        hot: !!opts.hot,
        bare: opts.bare ?? true,
        gated: !!opts.gated,
        es: [],
        fr: [],
      };
      this.skills.push(target);
      this.byKey.set(nameKey, target);
    } else {
      const own = slugify(e.name);
      if (own !== target.id && !this.mergedIds.has(own)) this.mergedIds.set(own, target);
      target.sources.add(opts.source);
      target.hot ||= !!opts.hot;
      if (opts.bare === false) target.bare = false;
      this.claim(target, e.name, true);
    }
    this.addLabels(target, aliases, curated);
    if (opts.implies) target.implies.push(...opts.implies);
    if (opts.context) target.context = opts.context;
    target.related.push(...e.related);
    if (e.topic) this.byTopic.set(e.topic, target);
    if (opts.uri) {
      target.uris.push(opts.uri);
      this.byUri.set(opts.uri, target);
    }
    return target;
  }

  /**
   * Source aliases worth keeping. Plain words ("as" for AssemblyScript, "lead" for "lead
   * others", "Contribute" for Adobe Contribute) would fire on ordinary prose, and a product's
   * short name made of ordinary words ("Content Manager", "Notes" for IBM's) names nothing in an
   * ad; two-letter source aliases ("GB" for Game Boy) are mostly other things.
   */
  sourceAliases(aliases: readonly string[], named: boolean): string[] {
    return aliases.filter((a) => {
      const tokens = tokenize(a);
      if (tokens.join('').length < MIN_SOURCE_ALIAS_CHARS || isFunctionPhrase(a)) return false;
      if (tokens.length === 1 && this.isWord(tokens[0] as string)) return false;
      if (ORDINARY_PHRASE_SET.has(tokens.join(' '))) return false;
      return !(named && tokens.every((t) => this.inProse(t)));
    });
  }

  /** Labels (and their spelling variants) for `target`; a few of a source's are shown as aliases. */
  addLabels(target: Draft, aliases: readonly string[], showAll: boolean): void {
    let shown = 0;
    for (const a of aliases)
      for (const v of variants(a)) {
        const show = showAll || shown < MAX_SHOWN_SOURCE_ALIASES;
        if (this.claim(target, v, show) && show && !showAll) shown++;
      }
  }

  /** Gives `label` to `target` unless another skill owns its identity; true when it is new here. */
  claim(target: Draft, label: string, show: boolean): boolean {
    const key = identity(label);
    if (!key || tokenize(label).length > MAX_LABEL_TOKENS) return false;
    const owner = this.byKey.get(key);
    // Another skill owns the concept key: still a label here when both are product names spelled
    // apart ("Canvas" beside "Canva"), which the index keys exactly.
    const distinct = (o: Draft) => (o.named || target.named) && !o.labels.some((l) => exactKey(l) === exactKey(label));
    if (owner && owner !== target && !distinct(owner)) return false;
    if (!owner) {
      this.byKey.set(key, target);
      target.keys.add(key);
    }
    if (target.labels.includes(label)) return false;
    target.labels.push(label);
    if (show && label !== target.name) target.aliases.push(label);
    return true;
  }

  /** A skill by topic slug, label or URI (edges are written as any of them). */
  resolve(ref: string): Draft | undefined {
    return this.byTopic.get(ref) ?? this.byUri.get(ref) ?? this.find(ref);
  }
}
