/**
 * Issue 10, twenty-sixth round: the licences, cards and office tasks of British security, bus,
 * gym, reception and building-site ads (SIA door supervisor, patrols, PCV, passenger assistance,
 * exercise programming, mail merge, meeting minutes, switchboard, IPAF, PASMA, SMSTS, SSSTS).
 * Sentences written here (none taken from SkillSpan or captured pages), with the exact skills
 * expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);

describe('security, transport, gyms, receptions and building sites', () => {
  it("reads a door supervisor's licence and patrols", () => {
    expect(ids('Requirements:\n- SIA Door Supervisor licence\n- Experience with mobile patrols and CCTV')).toEqual([
      'security-licence',
      'patrolling',
      'manage-closed-circuit-television-system',
    ]);
  });

  it("reads a bus driver's PCV licence and passenger assistance", () => {
    expect(ids('Requirements:\n- Full PCV licence and a clean record\n- Passenger assistance training')).toEqual([
      'pcv-licence',
      'passenger-assistance',
    ]);
  });

  it("reads a personal trainer's exercise programming, but no trade from a training budget", () => {
    expect(ids('Requirements:\n- Level 3 qualification and exercise programming for PT sessions')).toEqual([
      'personal-fitness-training',
    ]);
    expect(ids('We offer a personal training budget and a gym.')).toEqual([]);
  });

  it("reads a receptionist's mail merge, minutes and switchboard", () => {
    expect(ids('Requirements:\n- Mail merge in Word, meeting minutes and operating a switchboard')).toEqual([
      'mail-merge',
      'microsoft-word',
      'minute-taking',
      'switchboard-operation',
    ]);
  });

  it("reads a site's access and safety cards; CPC stays pay-per-click", () => {
    expect(ids('Requirements:\n- IPAF and PASMA cards; SMSTS or SSSTS\n- CPCS card for the 360 excavator')).toEqual([
      'ipaf',
      'pasma',
      'smsts',
      'sssts',
      'plant-operator-card',
      'excavator',
    ]);
    expect(ids('Experience with pay-per-click (CPC) campaigns.')).toEqual(['pay-per-click']);
  });
});
