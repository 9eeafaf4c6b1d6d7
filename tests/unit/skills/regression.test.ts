import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractSkills, isCustomSkillId, loadTaxonomy } from '../../../lib/skills/index';

// Hand-labelled job-ad sentences from many sectors (tests/fixtures/skills/regression-set.json;
// its "about" says how they are labelled). The floors sit just below what the engine measured
// when they were set: a change that loses skills or reads more wrong ones fails here, and so
// does reading any trap a sentence lists under "not".
const PRECISION_FLOOR = 0.95;
const RECALL_FLOOR = 0.79;
const SECTORS = [
  'food-service',
  'retail',
  'warehouse-logistics',
  'trades',
  'care-health',
  'office-finance',
  'tech',
  'research',
] as const;

const RegressionSetSchema = z.object({
  about: z.array(z.string()),
  sentences: z.array(
    z.object({
      sector: z.enum(SECTORS),
      text: z.string().min(1),
      skills: z.array(z.string()),
      not: z.array(z.string()).optional(),
    }),
  ),
});

const file = path.resolve(__dirname, '../../fixtures/skills/regression-set.json');
const { sentences } = RegressionSetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const taxonomy = loadTaxonomy();
const results = sentences.map((s) => ({ ...s, found: extractSkills(s.text, taxonomy).map((k) => k.id) }));

describe('regression set: hand-labelled job-ad sentences', () => {
  it('holds at least 150 sentences, 15 or more in each sector', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(150);
    for (const sector of SECTORS)
      expect(sentences.filter((s) => s.sector === sector).length, sector).toBeGreaterThanOrEqual(15);
    expect(new Set(sentences.map((s) => s.text)).size).toBe(sentences.length);
  });

  it('labels only skill ids that exist, or a custom skill the sentence names (a typo would silently lower recall)', () => {
    const unknown = sentences
      .flatMap((s) => [
        ...s.skills.filter(
          (id) => !isCustomSkillId(id) || !s.text.toLowerCase().includes(id.slice('custom:'.length).replace(/-/g, ' ')),
        ),
        ...(s.not ?? []),
      ])
      .filter((id) => id !== '*' && !taxonomy.get(id));
    expect(unknown).toEqual([]);
  });

  it('never reads a trap', () => {
    const hits = results.flatMap((s) =>
      s.found
        .filter((id) => s.not?.includes(id) || (s.not?.includes('*') && !s.skills.includes(id)))
        .map((id) => `${id} in "${s.text}"`),
    );
    expect(hits).toEqual([]);
  });

  it(`keeps micro precision >= ${PRECISION_FLOOR} and recall >= ${RECALL_FLOOR}`, () => {
    let truePositives = 0;
    let found = 0;
    let labelled = 0;
    for (const s of results) {
      truePositives += s.found.filter((id) => s.skills.includes(id)).length;
      found += s.found.length;
      labelled += s.skills.length;
    }
    const precision = truePositives / found;
    const recall = truePositives / labelled;
    const figures = `precision ${truePositives}/${found} = ${precision.toFixed(4)}, recall ${truePositives}/${labelled} = ${recall.toFixed(4)}`;
    expect(precision, figures).toBeGreaterThanOrEqual(PRECISION_FLOOR);
    expect(recall, figures).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });
});
