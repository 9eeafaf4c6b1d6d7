/**
 * Readers for O*NET 29.2 (../shared/data/taxonomy/onet-29.2): Technology Skills (software
 * products) with the short names job ads write, derived by rule, and Tools Used (forklifts,
 * cash registers, hand trucks).
 */
import type { SkillKind } from '../../lib/skills/schema';
import { spellsOut, type SourceEntry } from './sources';

export interface OnetEntry extends SourceEntry {
  /** occupations listing the product or tool */
  occupations: number;
  /** an O*NET "Hot Technology" or "In Demand" product */
  hot: boolean;
}

/** A spelled-out acronym this long or longer becomes an alias of its product (shorter ones are mostly words or other things). */
const ACRONYM_ALIAS_MIN = 3;
/** Vendors of more than one word, which the first-word count below cannot see. */
const MULTI_WORD_VENDORS = ['Red Hat', 'The MathWorks', 'Dassault Systemes', 'Henry Schein', 'Bentley Systems'];
/** A first word naming at least this many products is a vendor ("Microsoft", "IBM", "Google"). */
const VENDOR_MIN_PRODUCTS = 4;
/**
 * Trailing words naming an edition or the kind of product, which ads leave out: "IBM SPSS
 * Statistics" is "SPSS", "Splunk Enterprise" "Splunk", "Trimble SketchUp Pro" "SketchUp".
 */
const EDITION_WORDS = new Set([
  'software',
  'Software',
  'Enterprise',
  'Professional',
  'Pro',
  'Standard',
  'Edition',
  'Premium',
  'Ultimate',
  'Suite',
  'Analytics',
  'Statistics',
  'Online',
]);

/** Short names of a product: vendor dropped, edition dropped, both; each still a name (a capital or digit). */
function shortNames(name: string, vendors: ReadonlySet<string>): string[] {
  const out: string[] = [];
  // A short name starts with a letter: "Sage 50 Accounting" is never "50 Accounting".
  const named = (s: string) => /^[A-Z.]/.test(s) && s.length > 1;
  let core = name;
  const multi = MULTI_WORD_VENDORS.find((v) => name.startsWith(`${v} `));
  const first = name.split(' ')[0] ?? '';
  if (multi) core = name.slice(multi.length + 1);
  else if (vendors.has(first) && name.length > first.length) core = name.slice(first.length + 1);
  if (core !== name && named(core)) out.push(core);
  for (const base of [name, core]) {
    const parts = base.split(' ');
    let software = false;
    while (parts.length > 1 && EDITION_WORDS.has(parts[parts.length - 1] ?? ''))
      software = /^software$/i.test(parts.pop() ?? '') || software;
    const cut = parts.join(' ');
    // "Google Looker Analytics" -> "Looker", never "Google Analytics" -> "Google".
    // One capitalised word left by "software" ("Recipe software" -> "Recipe") is a field, not a
    // product name; one left by an edition word ("Looker Analytics" -> "Looker") is the product.
    const product = !software || /^.+[A-Z]|[0-9]/.test(cut) || cut.includes(' ');
    if (cut !== base && named(cut) && product && !vendors.has(cut) && !out.includes(cut) && cut !== name) out.push(cut);
  }
  return out;
}

/**
 * O*NET technology skills: unique product names, their short names, how many occupations use
 * each. `isWord(w)`: an ordinary English word, which tells "Payroll software" (a kind of
 * software) from "Yardi software" (a product); `writtenLower(w)`: a word seen in lower case at
 * all, so that an acronym spelling it ("APPS") stays no alias.
 */
export function readOnetTech(
  text: string,
  isWord: (w: string) => boolean,
  writtenLower: (w: string) => boolean = isWord,
): OnetEntry[] {
  const rows = text
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((c) => c[1]?.trim());
  const firstWords = new Map<string, Set<string>>();
  for (const c of rows) {
    const name = (c[1] as string).trim();
    const w = name.split(' ')[0] ?? '';
    if (/^[A-Z]/.test(w) && name.includes(' ')) firstWords.set(w, (firstWords.get(w) ?? new Set()).add(name));
  }
  const vendors = new Set([...firstWords].filter(([, s]) => s.size >= VENDOR_MIN_PRODUCTS).map(([w]) => w));
  const seen = new Map<string, OnetEntry & { codes: Set<string> }>();
  for (const cols of rows) {
    const name = (cols[1] as string).trim();
    const code = cols[0] ?? '';
    const hot = cols[4] === 'Y' || cols[5] === 'Y';
    const known = seen.get(name);
    if (known) {
      known.codes.add(code);
      known.hot ||= hot;
      continue;
    }
    const commodity = cols[3]?.trim() ?? '';
    const kind: SkillKind = /operating system/i.test(commodity) ? 'platform' : 'tool';
    // "Root cause analysis software", "Work order software": a kind of software. Its field
    // alone ("work orders", "recipes", "background check") is an ordinary phrase in ads, so the
    // row keeps its full name only; the ESCO pillar names the skills of such fields.
    const field = /^([A-Z][a-z-]*(?: [a-z][a-z-]*)*) software$/.exec(name)?.[1];
    if (field && isWord(field.split(/[ -]/)[0]?.toLowerCase() ?? '')) {
      seen.set(name, { name, kind: 'tool', aliases: [], related: [], occupations: 0, hot, codes: new Set([code]) });
      continue;
    }
    const aliases = shortNames(name, vendors);
    const mergeKeys: string[] = [];
    const expansions: string[] = [];
    // "Microsoft Office Excel" is Microsoft Excel.
    const office = /^Microsoft Office (.+)$/.exec(name)?.[1];
    if (office && !/^software$/i.test(office)) mergeKeys.push(`Microsoft ${office}`);
    // O*NET spells out an acronym before it ("Structured query language SQL", "Amazon Web Services
    // AWS software"): both halves are names of the same skill, so it merges with the one that has them.
    const spelled = /^(.{6,}?)\s+([A-Z][A-Z0-9.+#/-]{1,8})(?:\s+software)?$/.exec(name);
    if (spelled?.[1] && spelled[2] && spellsOut(spelled[1], spelled[2])) {
      // The acronym only finds the skill to merge into: as an alias of a new skill, product acronyms
      // that are words ("BASE", "APPS") would fire on prose.
      // "A Programming Language APL": a phrase starting with an article is prose, not a name.
      if (!/^(?:a|an|the)\s/i.test(spelled[1])) expansions.push(spelled[1]);
      mergeKeys.push(spelled[2], spelled[1]);
      // An acronym of three letters or more that is no word ("BGP", "OSPF", "DHCP": at most one
      // vowel, never written in lower case in prose or ads, unlike "APPS") is how ads name a
      // protocol or product: it is an alias too.
      const acronym = spelled[2];
      if (
        acronym.length >= ACRONYM_ALIAS_MIN &&
        /^[A-Z0-9]+$/.test(acronym) &&
        (acronym.match(/[AEIOUY]/g)?.length ?? 0) <= 1 &&
        !isWord(acronym.toLowerCase()) &&
        !writtenLower(acronym.toLowerCase())
      )
        aliases.push(acronym);
    }
    seen.set(name, {
      name,
      kind,
      aliases,
      related: [],
      occupations: 0,
      hot,
      codes: new Set([code]),
      ...(mergeKeys.length ? { mergeKeys } : {}),
      ...(expansions.length ? { expansions } : {}),
    });
  }
  return [...seen.values()].map(({ codes, ...e }) => ({ ...e, occupations: codes.size }));
}

/** A tool used by fewer occupations than this is too rare to name in an ad. */
const TOOL_MIN_OCCUPATIONS = 3;
/**
 * UNSPSC segments and families of equipment every office has or that is worn, not operated:
 * computers and phones (43), office equipment (44), clothing (53), furniture (56), personal
 * protective equipment (4618). A "laptop" or "safety boots" in an ad is not a skill.
 */
const NOT_A_SKILL_COMMODITIES = /^(?:43|44|53|56|4618)/;

/**
 * O*NET Tools Used: physical tools and machines ("Forklifts", "Cash registers", "Hand trucks"),
 * those named by at least TOOL_MIN_OCCUPATIONS occupations and not office or worn equipment.
 * A trailing acronym that spells the name out becomes an alias ("Automated external
 * defibrillators AED").
 */
export function readOnetTools(text: string): OnetEntry[] {
  const byName = new Map<string, { codes: Set<string>; commodity: string }>();
  for (const line of text.split('\n').slice(1)) {
    const [code = '', example = '', commodity = ''] = line.split('\t');
    const name = example.trim();
    if (!name) continue;
    const e = byName.get(name) ?? { codes: new Set<string>(), commodity: commodity.trim() };
    e.codes.add(code);
    byName.set(name, e);
  }
  const out: OnetEntry[] = [];
  for (const [name, { codes, commodity }] of byName) {
    if (codes.size < TOOL_MIN_OCCUPATIONS || NOT_A_SKILL_COMMODITIES.test(commodity)) continue;
    const spelled = /^(.{6,}?)\s+([A-Z][A-Z0-9-]{1,8})$/.exec(name);
    const aliases: string[] = [];
    let canonical = name;
    if (spelled?.[1] && spelled[2] && spellsOut(spelled[1], spelled[2])) {
      canonical = spelled[1];
      aliases.push(spelled[2], name);
    }
    out.push({ name: canonical, kind: 'tool', aliases, related: [], occupations: codes.size, hot: false });
  }
  return out;
}
