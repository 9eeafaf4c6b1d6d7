import { describe, expect, it } from 'vitest';
import { countDemand, credentialSkills, stackCredentials } from '../../../lib/dashboard/credentials';
import type { CredentialRecord, ProfileRecord } from '../../../lib/db/records';

const cred = (id: string, skills: string[], earnedAt: number): CredentialRecord => ({
  id: `cred:${id}`,
  courseId: id,
  title: id,
  provider: 'P',
  url: `https://example.org/${id}`,
  skills,
  earnedAt,
});
const held = (skillId: string, name: string, level: number): ProfileRecord => ({
  skillId,
  name,
  level,
  source: 'credential',
  evidence: [],
  updatedAt: 1,
});

describe('credential stacks', () => {
  it('counts each saved posting once per skill, and its requirements', () => {
    const postings = [
      {
        skills: [
          { id: 'sql', requirement: 'required' as const },
          { id: 'sql', requirement: 'preferred' as const },
        ],
      },
      {
        skills: [
          { id: 'sql', requirement: 'preferred' as const },
          { id: 'excel', requirement: 'required' as const },
        ],
      },
      { skills: [{ id: 'python', requirement: 'required' as const }] },
    ];
    const d = countDemand(postings, new Set(['sql', 'excel', 'tableau']));
    expect(d.get('sql')).toEqual({ asked: 2, required: 1 });
    expect(d.get('excel')).toEqual({ asked: 1, required: 1 });
    expect(d.get('tableau')).toEqual({ asked: 0, required: 0 });
    expect(d.has('python')).toBe(false);
  });

  it('groups credentials under every skill they taught, most-asked skills first, newest credential first', () => {
    const creds = [cred('a', ['sql', 'tableau'], 1), cred('b', ['sql'], 2), cred('c', ['excel'], 3)];
    const demand = new Map([
      ['sql', { asked: 5, required: 3 }],
      ['tableau', { asked: 1, required: 0 }],
      ['excel', { asked: 7, required: 7 }],
    ]);
    const stacks = stackCredentials(creds, [held('sql', 'SQL', 3), held('excel', 'Microsoft Excel', 2)], demand);
    expect(stacks.map((s) => [s.skillId, s.name, s.level, s.credentials.map((c) => c.courseId)])).toEqual([
      ['excel', 'Microsoft Excel', 2, ['c']],
      ['sql', 'SQL', 3, ['b', 'a']],
      ['tableau', 'tableau', null, ['a']],
    ]);
    expect(stacks[1]!.demand).toEqual({ asked: 5, required: 3 });
    expect(credentialSkills(creds)).toEqual(new Set(['sql', 'tableau', 'excel']));
  });
});
