/**
 * Issue 10, tenth round: what ads for building sites, care homes, dental practices, schools, hotels,
 * bars, help desks and warehouses ask, and ordinary words read as tools (a care home's name, a
 * browser's console, a colour of card). Sentences written here (none taken from SkillSpan or
 * captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);

describe('ordinary words that are also product names', () => {
  it('reads a care home called Sunrise as no hospital system, and Allscripts Sunrise by its full name', () => {
    expect(ids('Sunrise Lodge Care Home is a family-run home in Bristol.')).toEqual([]);
    expect(ids('Experience with Allscripts Sunrise and Epic EHR')).toEqual(['allscripts-sunrise', 'ehr']);
  });

  it('reads daily notes as no IBM Notes, and Lotus Notes as the mail system', () => {
    expect(ids('Good written English to complete care records and daily notes')).toEqual(['english']);
    expect(ids('Experience with Lotus Notes and Domino administration')).toEqual(['ibm-lotus-notes', 'ibm-domino']);
  });

  it("reads a browser's console as no shell session", () => {
    expect(ids('Comfortable reading browser console errors')).toEqual([]);
  });

  it("reads a building's intercom as no help-desk tool, and Intercom among such tools as one", () => {
    expect(ids('Answer the intercom and greet visitors at reception')).toEqual(['reception']);
    expect(ids('Experience with Zendesk, Intercom or Freshdesk and plenty of empathy')).toEqual([
      'zendesk',
      'intercom',
      'freshdesk',
      'empathy',
    ]);
  });
});

describe('brackets after a licence or a certificate', () => {
  it('read as its grade, not as skills of their own', () => {
    expect(ids('Requirements:\n- Valid CSCS card (Green or Blue)\n- ASE certifications (A1-A8)')).toEqual([
      'cscs-card',
      'ase-certification',
    ]);
    expect(ids('Requirements:\n- A CSCS card (Blue or Gold)')).toEqual(['cscs-card']);
  });

  it('still list examples after a platform', () => {
    expect(ids('Requirements:\n- AWS (Lambda, ECS)')).toEqual(['aws', 'aws-lambda', 'amazon-ecs']);
  });
});

describe('what building sites, care homes, dental practices and schools ask', () => {
  it("reads a groundworker's plant ticket, drawings and working at height", () => {
    expect(
      ids(
        'Essential:\n- CPCS or NPORS ticket for a 360 excavator\n- Able to read drawings\n- Working at height training',
      ),
    ).toEqual(['plant-operator-card', 'excavator', 'blueprint-reading', 'working-at-height']);
  });

  it("reads a carer's NVQ, Care Certificate, moving and handling and DBS check", () => {
    expect(
      ids(
        "What we're looking for:\n- NVQ Level 3 in Health and Social Care or the Care Certificate\n" +
          '- Moving and handling training\n- Enhanced DBS check',
      ),
    ).toEqual(['nvq', 'health-and-social-care', 'care-certificate', 'manual-handling', 'dbs-check']);
  });

  it("reads a dental nurse's GDC registration", () => {
    expect(ids('Essential: GDC registration and experience with infection control')).toEqual([
      'gdc-registration',
      'infection-control',
    ]);
  });

  it("reads a teaching assistant's SEND and phonics, and no SEND in a request to send a CV", () => {
    expect(
      ids('Person specification:\n- Experience supporting pupils with SEND\n- Knowledge of synthetic phonics'),
    ).toEqual(['special-educational-needs', 'phonics']);
    expect(ids('Please send your CV and a cover letter to jobs@example.com')).toEqual([]);
  });
});

describe('what hotels, bars and warehouses ask', () => {
  it("reads a receptionist's check-ins, Opera PMS and reservations, and no tool in a night at the opera", () => {
    expect(ids('You will check guests in and out using Opera PMS and handle reservations by phone.')).toEqual([
      'guest-check-in',
      'opera-pms',
      'reservation-handling',
    ]);
    expect(ids('We enjoyed a night at the opera with the whole team.')).toEqual([]);
  });

  it("reads a bartender's alcohol-service certificate, and no certificate in tips", () => {
    expect(ids('Requirements:\n- TABC certification or TIPS certified\n- Friendly and quick')).toEqual([
      'responsible-alcohol-service',
    ]);
    expect(ids('$12 per hour plus tips and a free staff meal')).toEqual([]);
  });

  it('reads loading and unloading trailers as both tasks', () => {
    expect(ids('Duties:\n- Load and unload trailers safely')).toEqual(['load-cargo', 'unload-cargo']);
  });
});
