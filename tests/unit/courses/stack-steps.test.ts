import { describe, expect, it } from 'vitest';
import { heldEntries, loadCatalog, stackSteps, type Course } from '../../../lib/courses/index';
import { graphFromMap, type ScoredSkill } from '../../../lib/fit/index';
import { provesSentence, stackLine, stepSize, unlocksPhrase } from '../../../lib/dashboard/stacks';
import { courseEntry } from './course-entry';

const entry = (id: string, title: string, extra: Partial<Course> = {}): Course => courseEntry(id, { title, ...extra });

const ask = (id: string, requirement: ScoredSkill['requirement'] = 'required', anyOf?: string): ScoredSkill => ({
  id,
  name: id,
  requirement,
  years: null,
  ...(anyOf ? { anyOf } : {}),
});

const catalog = [
  entry('handler', 'ServSafe Food Handler', {
    skills: ['food-safety'],
    minutes: 120,
    stacksInto: ['manager', 'allergens'],
  }),
  entry('manager', 'ServSafe Manager (Certified Food Protection Manager)', {
    skills: ['food-safety', 'receiving'],
    minutes: 480,
    format: 'blended',
  }),
  entry('allergens', 'ServSafe Allergens', { skills: ['allergies'], minutes: 90 }),
  entry('cpr', 'Red Cross CPR', { skills: ['cpr'], minutes: 180, stacksInto: ['bls'] }),
  entry('bls', 'Basic Life Support (BLS)', { skills: ['bls'], minutes: 240, format: 'in-person' }),
  entry('osha-c', 'OSHA 10 Construction', { skills: ['osha'] }),
  entry('osha-g', 'OSHA 10 General Industry', { skills: ['osha'] }),
  entry('fork-a', 'Acme Forklift Safety', { skills: ['forklift'] }),
  entry('fork-b', 'Beta Forklift Safety', { skills: ['forklift'] }),
];
const graph = graphFromMap(
  { bls: ['cpr'], manager: [] },
  { receiving: 'Receive kitchen supplies', allergies: 'Food allergies', bls: 'Basic Life Support' },
);

describe('heldEntries', () => {
  it('knows a course finished here by its id, and a credential by the title it names', () => {
    expect(
      heldEntries(
        [
          { courseId: 'handler', title: 'My food card' },
          { title: 'Basic life support' },
          { title: 'ServSafe Manager' },
          { title: 'Red Cross CPR certificate, 2025' },
        ],
        catalog,
      ),
    ).toEqual([
      { id: 'handler', title: 'My food card' },
      { id: 'bls', title: 'Basic life support' },
      { id: 'manager', title: 'ServSafe Manager' },
      { id: 'cpr', title: 'Red Cross CPR certificate, 2025' },
    ]);
  });

  it('reads the name before a colon and a bracketed abbreviation of the bundled entries', () => {
    const bundled = loadCatalog();
    expect(
      heldEntries(
        [
          { title: 'BLS' },
          { title: 'Certified Nursing Assistant' },
          { title: 'cna' },
          { title: 'Food Handler' },
          // "(Primary)" in "ServSafe Alcohol (Primary)" is no abbreviation.
          { title: 'Primary' },
        ],
        bundled,
      ),
    ).toEqual([
      { id: 'cred:aha-bls', title: 'BLS' },
      { id: 'cred:cna', title: 'Certified Nursing Assistant' },
      { id: 'cred:servsafe-food-handler', title: 'Food Handler' },
    ]);
  });

  it('reads "Food Handler" as the end of an entry title, once per entry', () => {
    expect(heldEntries([{ title: 'Food Handler' }, { title: 'food handler' }], catalog)).toEqual([
      { id: 'handler', title: 'Food Handler' },
    ]);
  });

  it('names nothing when a title fits two entries alike, is one bare word, or fits none', () => {
    expect(
      heldEntries(
        [{ title: 'Forklift safety' }, { title: 'OSHA 10' }, { title: 'Manager' }, { title: 'Forklift card' }],
        catalog,
      ),
    ).toEqual([]);
    expect(heldEntries([{ title: 'Beta Forklift Safety' }], catalog)).toEqual([
      { id: 'fork-b', title: 'Beta Forklift Safety' },
    ]);
    // A course id that is not in the catalog falls back to the title.
    expect(heldEntries([{ courseId: 'gone', title: 'ServSafe Allergens' }], catalog)).toEqual([
      { id: 'allergens', title: 'ServSafe Allergens' },
    ]);
  });
});

describe('stackSteps', () => {
  const postings = [
    { id: 'p1', title: 'Shift Lead', company: 'Blue Harbor Foods', skills: [ask('food-safety'), ask('receiving')] },
    { id: 'p2', title: 'Kitchen Lead', company: null, skills: [ask('receiving', 'preferred'), ask('cooking')] },
    { id: 'p3', title: 'Line Cook', company: 'Acme', skills: [ask('food-safety'), ask('receiving', 'mentioned')] },
  ];
  const profile = [{ id: 'food-safety', level: 3 }];

  it('names the postings a next step unlocks and the gap skills it proves; most unlocked first', () => {
    const steps = stackSteps([{ id: 'handler', title: 'Food Handler' }], catalog, postings, profile, graph);
    expect(
      steps.map((s) => ({ to: s.course.id, from: s.from, skills: s.skills, unlocks: s.unlocks.map((u) => u.id) })),
    ).toEqual([
      {
        to: 'manager',
        from: ['Food Handler'],
        skills: [{ id: 'receiving', name: 'Receive kitchen supplies' }],
        unlocks: ['p1', 'p2'],
      },
      // Allergens is shorter, so nextSteps puts it first; it unlocks nothing, so it comes after.
      { to: 'allergens', from: ['Food Handler'], skills: [], unlocks: [] },
    ]);
  });

  it('does not count a skill the profile covers, or one reached only through an implies edge', () => {
    const covered = stackSteps(
      [{ id: 'handler', title: 'Food Handler' }],
      catalog,
      postings,
      [...profile, { id: 'receiving', level: 4 }],
      graph,
    );
    expect(covered.map((s) => [s.course.id, s.unlocks.length])).toEqual([
      ['allergens', 0],
      ['manager', 0],
    ]);
    // BLS implies CPR, but it is not a CPR course: a CPR gap is not "unlocked" by BLS.
    const cprJob = [{ id: 'p4', title: 'Lifeguard', company: null, skills: [ask('cpr')] }];
    const fromCpr = stackSteps([{ id: 'cpr', title: 'CPR' }], catalog, cprJob, [], graph);
    expect(fromCpr.map((s) => [s.course.id, s.unlocks.length])).toEqual([['bls', 0]]);
  });

  it('raises a skill held below the level a posting asks', () => {
    const years = [{ id: 'p5', title: 'Kitchen Manager', company: null, skills: [{ ...ask('receiving'), years: 1 }] }];
    const low = stackSteps([{ id: 'handler', title: 'H' }], catalog, years, [{ id: 'receiving', level: 1 }], graph);
    expect(low.find((s) => s.course.id === 'manager')!.unlocks.map((u) => u.id)).toEqual(['p5']);
  });

  it('has no steps without held entries or stacks', () => {
    expect(stackSteps([], catalog, postings, profile, graph)).toEqual([]);
    expect(stackSteps([{ id: 'bls', title: 'BLS' }], catalog, postings, profile, graph)).toEqual([]);
  });

  it('follows the bundled catalog: food handler → ServSafe Manager unlocks a shift lead asking for kitchen supplies', () => {
    const bundled = loadCatalog();
    const held = heldEntries([{ title: 'Food Handler' }], bundled);
    expect(held).toEqual([{ id: 'cred:servsafe-food-handler', title: 'Food Handler' }]);
    const job = {
      id: 'j',
      title: 'Shift Lead',
      company: null,
      skills: [ask('food-safety'), ask('receive-kitchen-supplies')],
    };
    const steps = stackSteps(held, bundled, [job], [{ id: 'food-safety', level: 3 }], graph);
    expect(steps[0]!.course.id).toBe('cred:servsafe-manager');
    expect(steps[0]!.unlocks.map((u) => u.id)).toEqual(['j']);
  });
});

describe('stack sentences', () => {
  const manager = catalog[1]!;
  const step = {
    course: manager,
    from: ['Food Handler'],
    skills: [{ id: 'receiving', name: 'Receive kitchen supplies' }],
    unlocks: [
      { id: 'p1', title: 'Shift Lead', company: 'Blue Harbor Foods' },
      { id: 'p2', title: 'Kitchen Lead', company: null },
      { id: 'p3', title: 'Line Cook', company: 'Acme' },
    ],
  };

  it('says where a credential leads, how long and how it is taken, and what it unlocks', () => {
    expect(stackLine(step)).toBe(
      'Food Handler ✓ → ServSafe Manager (Certified Food Protection Manager), in person and online, 8 h, unlocks 3 saved jobs: Shift Lead (Blue Harbor Foods), Kitchen Lead and 1 more',
    );
    expect(stackLine({ ...step, course: catalog[2]!, from: ['Food Handler', 'CPR'], unlocks: [], skills: [] })).toBe(
      'Food Handler ✓ + CPR ✓ → ServSafe Allergens, 1.5 h',
    );
    expect(unlocksPhrase({ unlocks: step.unlocks.slice(0, 1) })).toBe(
      'unlocks 1 saved job: Shift Lead (Blue Harbor Foods)',
    );
    expect(stepSize({ ...manager, format: 'in-person', minutes: 4500 })).toBe('in person, 75 h');
    expect(stepSize({ ...manager, format: 'online', minutes: null })).toBe('self-paced');
    expect(provesSentence(step)).toBe('It proves what those jobs ask for and you lack: Receive kitchen supplies.');
    expect(provesSentence({ skills: [], unlocks: [] })).toBe('');
  });
});
