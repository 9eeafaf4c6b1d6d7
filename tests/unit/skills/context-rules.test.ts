import { describe, expect, it } from 'vitest';
import data from '../../../lib/skills/data/taxonomy.json';
import { extractSkills } from '../../../lib/skills/index';
import * as lexicon from '../../../lib/skills/lexicon';
import { TaxonomyFileSchema } from '../../../lib/skills/schema';
import { loadTaxonomy, taxonomyFromFile } from '../../../lib/skills/taxonomy';
import { normalizeKey } from '../../../lib/skills/tokens';
import { AMBIGUOUS_WORDS, ORDINARY_WORDS } from '../../../scripts/taxonomy/ambiguity';

// The ambiguity rules are data: per-skill rules in the taxonomy file's `cx` (declared on the
// curated rows), the build's forced ordinary words, and the extractor's lexicon. A rule or word
// that names nothing, or a list that repeats itself, is dead weight that hides mistakes.
const file = TaxonomyFileSchema.parse(data);
const taxonomy = loadTaxonomy();
const commonWords = new Set(file.cw);
const repeated = (list: readonly unknown[]) =>
  list.map((x) => JSON.stringify(x)).filter((x, i, all) => all.indexOf(x) !== i);

describe('per-skill context rules (taxonomy.json cx)', () => {
  const rules = Object.entries(file.cx);

  it('cover the names the extractor must read by context', () => {
    expect(rules.map(([id]) => id)).toEqual(
      expect.arrayContaining(['go', 'r', 'c', 'swift', 'rust', 'spring', 'microsoft-excel']),
    );
  });

  it('name only skill ids that exist', () => {
    const missing = rules.map(([id]) => id).filter((id) => !taxonomy.get(id));
    expect(missing).toEqual([]);
  });

  it('ask for evidence only of skills with an ordinary-word key, where it can fire', () => {
    for (const [id, rule] of rules) {
      if (!rule.needEvidence) continue;
      const skill = taxonomy.get(id);
      const keys = [skill?.name ?? '', ...(skill?.aliases ?? [])].map(normalizeKey);
      expect(
        keys.some((k) => commonWords.has(k)),
        id,
      ).toBe(true);
    }
  });

  it('list each word once', () => {
    for (const [id, rule] of rules)
      for (const [field, list] of Object.entries(rule))
        if (Array.isArray(list)) expect(repeated(list), `${id}.${field}`).toEqual([]);
  });

  it('are what the extractor reads: without the data rule, "Go the extra mile" reads as Go', () => {
    const text = 'Go the extra mile with Python and Django.';
    expect(extractSkills(text).map((s) => s.id)).toEqual(['python', 'django']);
    const withoutGoRule = taxonomyFromFile({ ...file, cx: { ...file.cx, go: {} } });
    expect(extractSkills(text, withoutGoRule).map((s) => s.id)).toEqual(['go', 'python', 'django']);
  });

  it('fire on names that are no ordinary word too: "Apache Tika" is no Apache web server', () => {
    const text = 'We index documents with Apache Tika and Elasticsearch, and serve them with Apache and Nginx.';
    expect(extractSkills(text).map((s) => s.id)).toEqual(['elasticsearch', 'apache-http-server', 'nginx']);
    const withoutRule = taxonomyFromFile({ ...file, cx: { ...file.cx, 'apache-http-server': {} } });
    expect(extractSkills(text, withoutRule).map((s) => s.id)).toEqual(['apache-http-server', 'elasticsearch', 'nginx']);
  });
});

describe('forced ordinary words (scripts/taxonomy/ambiguity.ts)', () => {
  it('are listed once', () => {
    expect(repeated(AMBIGUOUS_WORDS)).toEqual([]);
  });

  it('each name a tool, language or platform of the taxonomy', () => {
    expect(AMBIGUOUS_WORDS.filter((w) => !commonWords.has(w))).toEqual([]);
  });
});

describe('curated ordinary words (scripts/taxonomy/ambiguity.ts)', () => {
  it('are listed once and are no forced tool name', () => {
    expect(repeated(ORDINARY_WORDS)).toEqual([]);
    expect(ORDINARY_WORDS.filter((w) => AMBIGUOUS_WORDS.includes(w))).toEqual([]);
  });

  it('are no product alias: "Designer" is not Oracle Designer; a skill spelled so needs capitals or a skill clause', () => {
    const generic = new Set(file.gw);
    for (const w of ORDINARY_WORDS) {
      const skill = taxonomy.resolve(w);
      // Its own name, or an acronym alias the text must write in capitals ("REST", never "the rest").
      const named = !!skill && (normalizeKey(skill.name) === w || skill.aliases.includes(w.toUpperCase()));
      if (skill) expect(named && generic.has(w), w).toBe(true);
    }
    expect(extractSkills('For the rest of the day you will rest.')).toEqual([]);
    expect(extractSkills('Senior Designer wanted. Please call Emma; pass the checkout.')).toEqual([]);
  });
});

describe('lexicon (lib/skills/lexicon.ts)', () => {
  it('lists each word once', () => {
    for (const [name, value] of Object.entries(lexicon))
      if (Array.isArray(value)) expect(repeated(value), name).toEqual([]);
  });

  it('keeps the clause words the tokenizer marks in step with the lists they come from', () => {
    for (const w of [...lexicon.SKILL_CONTEXT_WORDS, ...lexicon.OFFER_WORDS, ...lexicon.REQUIRED_CUES])
      expect(lexicon.CLAUSE_WORDS).toContain(w);
  });
});
