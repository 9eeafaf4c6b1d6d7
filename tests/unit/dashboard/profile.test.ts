import { describe, expect, it } from 'vitest';
import {
  describeEvidence,
  levelLabel,
  textAdditions,
  textCandidates,
  visibleEvidence,
} from '../../../lib/dashboard/profile';
import type { Evidence, ProfileRecord } from '../../../lib/db/records';
import { backgroundProtocol as protocol } from '../../../lib/messaging/protocol';

const record = (skillId: string, level: number): ProfileRecord => ({
  skillId,
  name: skillId,
  level,
  source: 'self',
  evidence: [],
  updatedAt: 1,
});

/** A `skills.fromText` result whose text named the skill once, by its own name. */
const found1 = (id: string, name: string, sentence: string) => ({
  id,
  name,
  sentence,
  kind: 'tool',
  mention: name,
  mentions: 1,
  years: null,
});

describe('profile helpers', () => {
  it('names levels with the number and the word', () => {
    expect(levelLabel(1)).toBe('1 · Beginner');
    expect(levelLabel(5)).toBe('5 · Expert');
  });

  it('describes evidence by its source and drops the self-rating placeholder', () => {
    expect(describeEvidence({ source: 'self', text: 'Self-rated', at: 1 })).toEqual({ source: 'Self-rated', text: '' });
    expect(describeEvidence({ source: 'text', text: ' Ran the till. ', at: 1 })).toEqual({
      source: 'From your text',
      text: 'Ran the till.',
    });
    expect(describeEvidence({ source: 'credential', text: 'Intro to SQL (Kaggle)', at: 1 }).source).toBe(
      'From a credential',
    );
  });

  it('keeps every sentence and credential but only the newest self-rating', () => {
    const ev: Evidence[] = [
      { source: 'self', text: 'Self-rated', at: 5 },
      { source: 'text', text: 'a', at: 4 },
      { source: 'self', text: 'Self-rated', at: 3 },
      { source: 'credential', text: 'c', at: 2 },
      { source: 'self', text: 'Self-rated', at: 1 },
    ];
    expect(visibleEvidence(ev).map((e) => e.at)).toEqual([5, 4, 2]);
  });

  it('makes one candidate per skill: new ones ticked, held ones unticked at their level', () => {
    const found = [
      found1('python', 'Python', 'I wrote Python daily.'),
      found1('sql', 'SQL', 'SQL reports.'),
      found1('python', 'Python', 'More Python.'),
    ];
    const c = textCandidates(found, [record('sql', 4)]);
    const rest = { kind: 'tool', confidence: 'medium', cue: null, expiresOn: '' };
    expect(c).toEqual([
      {
        id: 'python',
        name: 'Python',
        sentence: 'I wrote Python daily.',
        heldLevel: null,
        picked: true,
        level: 3,
        ...rest,
      },
      { id: 'sql', name: 'SQL', sentence: 'SQL reports.', heldLevel: 4, picked: false, level: 4, ...rest },
    ]);
  });

  it('turns ticked candidates into valid profile.set requests with the sentence as evidence', () => {
    const c = textCandidates(
      [found1('python', 'Python', 'I wrote Python daily.'), found1('sql', 'SQL', 'SQL ' + 'x'.repeat(2500))],
      [],
    );
    c[0]!.level = 5;
    const reqs = textAdditions(c);
    expect(reqs[0]).toEqual({
      skillId: 'python',
      level: 5,
      source: 'text',
      evidence: 'I wrote Python daily.',
      name: 'Python',
    });
    expect(reqs[1]!.evidence).toHaveLength(2000);
    for (const r of reqs) expect(protocol['profile.set'].req.safeParse(r).success).toBe(true);
    c[1]!.picked = false;
    expect(textAdditions(c).map((r) => r.skillId)).toEqual(['python']);
  });

  it('names a phrase the taxonomy lacks as the text wrote it, so that it can be added as a custom skill', () => {
    const c = textCandidates([found1('custom:zeolite-membranes', 'zeolite Membranes', 'I did zeolite Membranes.')], []);
    const [req] = textAdditions(c);
    expect(req).toMatchObject({ skillId: 'custom:zeolite-membranes', name: 'zeolite Membranes' });
    expect(protocol['profile.set'].req.safeParse(req).success).toBe(true);
  });
});
