// A posting read as a recruiter reads it, through the background's own Engine (the real taxonomy):
// the walkthrough cases of the posting-understanding issue, with exact expected output, and a
// property over generated postings: a mentioned skill or a satisfied group is never missing.
import { describe, expect, it } from 'vitest';
import { Engine } from '@/lib/background/engine';
import { sentenceAround } from '@/lib/posting/read';
import type { ProfileSkill } from '@/lib/fit';

const engine = new Engine();
const posting = (title: string, ...lines: string[]) => ({ title, description: lines.join('\n') });
const held = (...ids: string[]): ProfileSkill[] => ids.map((id) => ({ id, level: 4 }));
const asked = (p: { title: string; description: string }) =>
  engine.read(p).skills.map((s) => [s.id, s.requirement, s.anyOf ?? null]);

describe('a posting read like a recruiter', () => {
  it('a Junior Data Analyst posting: the title names a skill it does not ask; meeting the three requirements is 100 %', () => {
    const p = posting(
      'Junior Data Analyst',
      'Requirements',
      '- SQL for weekly reporting',
      '- Microsoft Excel, including pivot tables',
      '- Clear communication with store managers',
    );
    expect(asked(p)).toEqual([
      ['data-analysis', 'mentioned', null],
      ['sql', 'required', null],
      ['microsoft-excel', 'required', null],
      ['communication', 'required', null],
    ]);
    const { fit } = engine.analyze(p, held('sql', 'microsoft-excel', 'communication'));
    expect(fit?.score).toBe(100);
    expect(fit?.missing).toEqual([]);
  });

  it('a Barista posting: "Barista" in the title is not the missing skill', () => {
    const p = posting(
      'Barista',
      'What you will do',
      '- Serve customers with a smile and handle cash',
      '- Keep the café clean and stocked',
    );
    const { skills, fit } = engine.analyze(p, held('customer-service'));
    expect(skills.find((s) => s.id === 'barista')?.requirement ?? 'mentioned').toBe('mentioned');
    expect(fit?.missing.map((m) => m.id) ?? []).not.toContain('barista');
  });

  it('"continuing education" under Benefits is mentioned, never a required skill', () => {
    const p = posting(
      'Dental Assistant',
      'Requirements',
      '- Current CPR certification',
      '- Patient care experience',
      'Benefits',
      '- Paid continuing education and a uniform allowance',
    );
    const skills = engine.read(p).skills;
    const benefits = skills.filter((s) => s.evidence?.includes('continuing education'));
    expect(benefits.length).toBeGreaterThan(0);
    for (const s of benefits) expect(s.requirement).toBe('mentioned');
    expect(skills.filter((s) => s.requirement !== 'mentioned').every((s) => !s.evidence?.includes('education'))).toBe(
      true,
    );
  });

  it('"Power BI or Tableau": a Tableau user is not missing Power BI, and the reason says why', () => {
    const p = posting('Reporting Analyst', 'Requirements', '- SQL', '- Power BI or Tableau');
    expect(asked(p)).toEqual([
      ['sql', 'required', null],
      ['power-bi', 'required', 'power-bi+tableau'],
      ['tableau', 'required', 'power-bi+tableau'],
    ]);
    const { fit } = engine.analyze(p, held('sql', 'tableau'));
    expect(fit?.score).toBe(100);
    expect(fit?.missing).toEqual([]);
    expect(fit?.matched.map((m) => [m.id, m.reason])).toEqual([
      ['sql', 'You rated yourself 4 · Strong'],
      ['tableau', 'You rated yourself 4 · Strong — Microsoft Power BI or Tableau'],
    ]);
    // Holding neither: the group is one gap, each member listed with its alternative.
    const none = engine.analyze(p, held('sql')).fit!;
    expect(none.missing.map((m) => [m.id, m.reason])).toEqual([
      ['power-bi', 'Missing; required; any one of Microsoft Power BI or Tableau'],
      ['tableau', 'Missing; required; any one of Microsoft Power BI or Tableau'],
    ]);
    expect(none.score).toBe(50);
  });

  it("a company blurb's products are mentioned, not asked", () => {
    const p = posting(
      'Payroll Clerk',
      'Acme is a leading HR company; our platform integrates with Workday and SAP.',
      'Requirements',
      '- Microsoft Excel',
    );
    expect(asked(p)).toEqual([
      ['payroll', 'mentioned', null],
      ['workday', 'mentioned', null],
      ['sap', 'mentioned', null],
      ['microsoft-excel', 'required', null],
    ]);
  });

  it('every skill carries the sentence it came from', () => {
    const p = posting(
      'Warehouse Associate',
      'You will join a busy team. Forklift experience is a plus. We train you!',
      'Requirements',
      '- Basic Microsoft Excel',
    );
    const skills = engine.read(p).skills;
    expect(skills.map((s) => [s.id, s.requirement, s.evidence])).toEqual([
      ['forklift', 'preferred', 'Forklift experience is a plus.'],
      ['microsoft-excel', 'required', 'Basic Microsoft Excel'],
    ]);
  });

  it('a degree the posting waives is not a gap; the signals say so', () => {
    const p = posting(
      'Office Assistant',
      'Requirements',
      "- Bachelor's degree or equivalent experience",
      '- Microsoft Excel',
      'This is a part-time role with paid training.',
    );
    const { skills, signals } = engine.read(p);
    expect(skills.filter((s) => s.requirement !== 'mentioned').map((s) => s.id)).toEqual(['microsoft-excel']);
    expect(signals).toMatchObject({
      degree: { level: 'bachelor', need: 'or-equivalent' },
      workTypes: ['part-time'],
      training: true,
    });
  });

  it('licences the posting demands are signals, linked to taxonomy skills', () => {
    const p = posting('Delivery Driver', 'Requirements', '- A valid CDL', '- Forklift operation');
    const { signals } = engine.read(p);
    for (const l of signals.licences) expect(engine.taxonomy.get(l.id)?.kind).toBe('certification');
  });
});

describe('evidence sentences', () => {
  it('cuts at sentence ends and line breaks, drops bullets, and keeps long lines short', () => {
    const text =
      'Intro. We need SQL daily! More.\n- Excel and Word\n' + 'x '.repeat(400) + 'Python ' + 'y '.repeat(400);
    const at = (word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as const;
    expect(sentenceAround(text, ...at('SQL'))).toBe('We need SQL daily!');
    expect(sentenceAround(text, ...at('Excel'))).toBe('Excel and Word');
    const long = sentenceAround(text, ...at('Python'));
    expect(long.length).toBeLessThanOrEqual(242);
    expect(long).toContain('Python');
  });
});

/** A small deterministic generator (no dependency): the same postings on every run. */
function* generated(count: number) {
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor(seed / 65536) % n;
  };
  const skills = [
    'SQL',
    'Python',
    'Microsoft Excel',
    'Tableau',
    'Power BI',
    'Customer service',
    'Forklift operation',
    'Java',
  ];
  const ids = ['sql', 'python', 'microsoft-excel', 'tableau', 'power-bi', 'customer-service', 'forklift', 'java'];
  for (let n = 0; n < count; n++) {
    const pick = () => rnd(skills.length);
    const blurb = `Acme is a leading company; our platform integrates with ${skills[pick()]}.`;
    const a = pick();
    let b = pick();
    if (b === a) b = (a + 1) % skills.length;
    const lines = [
      blurb,
      'Requirements',
      `- ${skills[pick()]}`,
      `- ${skills[a]} or ${skills[b]}`,
      'Benefits',
      `- Free ${skills[pick()]} classes`,
    ];
    const profile = ids.filter(() => rnd(2) === 0).map((id) => ({ id, level: 1 + rnd(5) }));
    yield { p: posting(`${skills[pick()]} Specialist`, ...lines), profile };
  }
}

describe('property: the fit never counts a mentioned skill or a satisfied group as missing', () => {
  it('over 200 generated postings', () => {
    let groups = 0;
    let mentioned = 0;
    for (const { p, profile } of generated(200)) {
      const { skills, fit } = engine.analyze(p, profile);
      if (!fit) continue;
      const missing = new Set(fit.missing.map((m) => m.id));
      const holds = new Set(profile.map((s) => s.id));
      for (const s of skills) {
        if (s.requirement === 'mentioned' && !skills.some((o) => o.id === s.id && o.requirement !== 'mentioned')) {
          mentioned++;
          expect(missing.has(s.id), `${s.id} mentioned only, in ${JSON.stringify(p)}`).toBe(false);
        }
        if (s.anyOf && skills.some((o) => o.anyOf === s.anyOf && holds.has(o.id))) {
          groups++;
          expect(missing.has(s.id), `${s.id} in a satisfied group, in ${JSON.stringify(p)}`).toBe(false);
        }
      }
    }
    // The generator really made both cases.
    expect(mentioned).toBeGreaterThan(50);
    expect(groups).toBeGreaterThan(50);
  });
});
