/**
 * The phrase tagger (lib/skills/tagger.ts): its data file's checks, its two decoders agreeing, and
 * what the extractor keeps of the phrases it tags. The extractor's rules are tested with a tiny
 * model made here that tags the words it is told to, so each rule's effect is exact; the committed
 * model is tested for agreement and for what it adds to a posting written here.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills, taggerInput } from '../../../lib/skills/extract';
import { loadTaxonomy } from '../../../lib/skills/taxonomy';
import {
  loadedTagger,
  tagPhrases,
  tagPhrasesSlowly,
  taggerFromData,
  toBase64,
  wordBucket,
  type TaggerData,
  type TaggerModel,
} from '../../../lib/skills/tagger';
import { hashToken } from '../../../lib/skills/tokens';

const BITS = 16;

/** A model that tags each given word B (a phrase starts) or I (it goes on), and nothing else. */
function tinyModel(tags: Record<string, 'B' | 'I'>): TaggerModel {
  const mask = (1 << BITS) - 1;
  const rows = Object.entries(tags)
    .map(([word, tag]) => ({ at: wordBucket(hashToken(word), mask), w: tag === 'B' ? [0, 10, 0] : [0, 0, 10] }))
    .sort((a, b) => a.at - b.at);
  return taggerFromData(dataOf(rows));
}

function dataOf(rows: { at: number; w: number[] }[], bits = BITS): TaggerData {
  return {
    v: 1,
    bits,
    bias: 0,
    scale: 1,
    at: toBase64(new Uint8Array(new Int32Array(rows.map((r) => r.at)).buffer)),
    w: toBase64(new Uint8Array(new Int16Array(rows.flatMap((r) => r.w)).buffer)),
  };
}

const taxonomy = loadTaxonomy();
const ids = (text: string, model: TaggerModel | null) => extractSkills(text, taxonomy, model).map((s) => s.id);

describe('the tagger data file', () => {
  it('is refused with a clear error when a field is missing, the weights do not fit or a bucket is out of range', () => {
    const good = dataOf([{ at: 3, w: [1, 2, 3] }], 8);
    expect(taggerFromData(good).weights[3 * 3 + 1]).toBe(2);
    const { bias: _bias, ...noBias } = good;
    expect(() => taggerFromData(noBias)).toThrow(/bias/);
    expect(() => taggerFromData({ ...good, w: dataOf([{ at: 3, w: [1, 2] }], 8).w })).toThrow(
      'Tagger data: weights and buckets disagree.',
    );
    expect(() => taggerFromData(dataOf([{ at: 256, w: [1, 2, 3] }], 8))).toThrow('Tagger data: a bucket out of range.');
    expect(() => taggerFromData('not a model')).toThrow();
  });
});

describe('the phrases a model tags', () => {
  it('starts a phrase at B, goes on through I, and never runs one across lines', () => {
    const model = tinyModel({ zorblax: 'B', quuxing: 'I' });
    const text = 'Experience with zorblax quuxing is required.\nquuxing and zorblax\nquuxing again';
    const input = taggerInput(text, taxonomy);
    const words = tagPhrases(input, model).map(([a, b]) => text.slice(input.tokens.start[a], input.tokens.end[b - 1]));
    expect(words).toEqual(['zorblax quuxing', 'quuxing', 'zorblax', 'quuxing']);
  });

  it('are the same from the fast decoder as from the trainer’s arithmetic, with the committed model', () => {
    const model = loadedTagger();
    expect(model).not.toBeNull();
    const text = [
      'Senior Data Engineer (Python, Spark)',
      'About you: 5+ years building streaming pipelines with Flink, Kafka Streams and dbt.',
      'You know dimensional modelling, data contracts and schema registries; experience in ELISA assays is not needed.',
      'Nice to have: Terraform, GitHub Actions, population genomics, cryogenic measurements.',
      'We offer a gym, remote work and a learning budget.',
    ]
      .join('\n')
      .repeat(20);
    const input = taggerInput(text, taxonomy);
    const fast = tagPhrases(input, model as TaggerModel);
    expect(fast.length).toBeGreaterThan(20);
    expect(fast).toEqual(tagPhrasesSlowly(input, model as TaggerModel));
  });
});

describe('what the extractor keeps of the tagged phrases', () => {
  const model = tinyModel({
    zorblax: 'B',
    quuxing: 'I',
    engineer: 'I',
    english: 'B',
    kubernetes: 'B',
    zorbnet: 'B',
    members: 'I',
    do: 'I',
  });

  it('makes a phrase no rule read a custom skill, in its place among the others', () => {
    expect(ids('Experience with Python and zorblax quuxing is required.', null)).toEqual(['python']);
    expect(ids('Experience with Python and zorblax quuxing is required.', model)).toEqual([
      'python',
      'custom:zorblax-quuxing',
    ]);
    const [, tagged] = extractSkills('Experience with Python and zorblax quuxing is required.', taxonomy, model);
    expect(tagged).toMatchObject({ name: 'zorblax quuxing', requirement: 'required' });
  });

  it('reads no team, role or title, no plain word alone, no placeholder', () => {
    expect(ids('You will join as a zorblax engineer.', model)).toEqual([]);
    expect(ids('You bring zorblax.', model)).toEqual([]);
    expect(ids('You bring ZorbNet.', model)).toEqual(['custom:zorbnet']);
    expect(ids('Send it to <zorblax quuxing> today.', model)).toEqual([]);
  });

  it('reads no phrase across a comma, nor one ending in where a business is', () => {
    expect(ids('You know zorblax, quuxing and more.', model)).toEqual([]);
    expect(ids('Pay depends on the zorblax location.', tinyModel({ zorblax: 'B', location: 'I' }))).toEqual([]);
  });

  it('reads no phrase that ends in a word no name ends in ("what zorblax members do")', () => {
    expect(ids('You will see what zorblax members do.', model)).toEqual([]);
    expect(ids('You will meet zorblax members.', model)).toEqual(['custom:zorblax-members']);
  });

  it('keeps down what the rules turned down: perks, the papers to send, a known name out of place', () => {
    expect(ids('We offer zorblax quuxing and a gym.', model)).toEqual([]);
    expect(ids('Please send your CV in English.', model)).toEqual([]);
    expect(ids('Docker Kubernetes Terraform and a gym', model)).toEqual([]);
  });

  it('reads English only: the tagger learned English ads', () => {
    const french = 'Vous maîtrisez zorblax quuxing et vous avez une expérience de Python dans une équipe.';
    expect(taggerInput(french, taxonomy).tokens.language).toBe('fr');
    expect(ids(french, model)).toEqual(ids(french, null));
  });
});
