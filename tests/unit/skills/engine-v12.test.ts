/**
 * Issue 10, twelfth round: what ads for electricians, intensive-care nurses, IT support, designers,
 * iOS developers, line cooks and store managers ask; "Word and Excel" read in full; and ordinary
 * words read as tools (resetting passwords, a kitchen's containers, a FIFO queue, a town in a
 * title).
 * Sentences written here (none taken from SkillSpan or captured pages), with the exact skills
 * expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);

describe('office tools joined by "and"', () => {
  it('reads Word and Excel after "in" and "and", and no product in "learn and excel"', () => {
    expect(ids('Requirements:\n- Proficient in Word and Excel\n- Strong SQL and Excel skills')).toEqual([
      'microsoft-word',
      'microsoft-excel',
      'sql',
    ]);
    expect(ids('Requirements:\n- Learn and excel in a fast-paced team')).toEqual([]);
  });
});

describe('ordinary words read as tools', () => {
  it("reads a kitchen's containers as no software containers, and containers asked for as the skill", () => {
    expect(ids('Cooks label and date every container and keep the walk-in tidy.')).toEqual([]);
    expect(ids('Experience with Docker and containers')).toEqual(['docker', 'containers']);
  });

  it('reads what a stipend pays for as a perk, not a skill asked for', () => {
    expect(ids('Monthly stipends for your Slack, Zoom and Notion setup at home.')).toEqual([]);
    expect(ids('A monthly stipend for Duolingo, Udemy and Coursera courses.')).toEqual([]);
    expect(ids('Requirements:\n- Experience with Slack and Notion')).toEqual(['slack', 'notion']);
  });

  it('reads "reset passwords" as no CSS reset', () => {
    expect(ids('You will:\n- Reset passwords and set up laptops')).toEqual([]);
  });

  it("reads FIFO in a kitchen as stock rotation, and a programmer's FIFO queue as none", () => {
    expect(ids('You will:\n- Follow FIFO and label everything')).toEqual(['stock-rotation']);
    expect(ids('Requirements:\n- FIFO queues in C++')).toEqual(['cpp']);
  });

  it('reads the town in brackets of a title as no skill', () => {
    expect(ids('Store Manager - Retail (Leeds)\nLead a team of 20 in our Leeds store.')).toEqual(['retail']);
  });

  it("reads an electrician's fault finding and testing as no fault-testing software", () => {
    expect(ids('Requirements:\n- Fault finding and testing & inspection (2391)')).toEqual([
      'fault-finding',
      'inspection-and-testing',
    ]);
  });
});

describe('what electricians, nurses, IT support and designers ask', () => {
  it("reads an electrician's cards and regulations", () => {
    expect(ids('Requirements:\n- ECS/JIB Gold Card\n- 18th Edition (BS 7671)\n- First and second fix')).toEqual([
      'ecs-card',
      'bs-7671',
      'first-and-second-fix',
    ]);
  });

  it("reads an intensive-care nurse's ventilators, drips and CCRN", () => {
    expect(
      ids(
        'Responsibilities:\n- Ventilator management and titrating drips\nRequirements:\n- BLS and ACLS; CCRN preferred',
      ),
    ).toEqual(['ventilator-management', 'drip-titration', 'bls', 'acls', 'ccrn']);
  });

  it("reads an IT technician's certificates and tools", () => {
    expect(ids('You have:\n- CompTIA A+ or ITIL Foundation\n- Experience with Freshservice and Intune')).toEqual([
      'comptia-aplus',
      'itil',
      'freshservice',
      'microsoft-intune',
    ]);
  });

  it("reads a designer's brand guidelines, print artwork and After Effects", () => {
    expect(
      ids(
        'You will:\n- Keep our brand guidelines consistent\n- Prepare print-ready artwork\n' +
          '- Motion graphics in After Effects',
      ),
    ).toEqual(['brand-guidelines', 'print-production', 'motion-graphics', 'adobe-after-effects']);
  });

  it("reads an iOS developer's unit and UI tests and Fastlane", () => {
    expect(ids('You will:\n- Write unit and UI tests\n- Automate releases with Fastlane')).toEqual([
      'unit-testing',
      'ui-testing',
      'fastlane',
    ]);
  });
});

describe('what kitchens and store managers ask', () => {
  it("reads a line cook's allergens and lifting", () => {
    expect(ids('What we need:\n- Knowledge of allergens\n- Able to lift 50 lbs')).toEqual([
      'allergen-awareness',
      'heavy-lifting',
    ]);
  });

  it("reads a store manager's rotas, labour costs, appraisals, stock loss and commercial awareness", () => {
    expect(
      ids(
        'Key responsibilities:\n- Plan staff rotas and manage labour costs\n- Run performance reviews\n' +
          '- Manage stock loss and cash office procedures\nAbout you:\n- Commercial awareness',
      ),
    ).toEqual([
      'scheduling',
      'labour-cost-control',
      'performance-management',
      'loss-prevention',
      'cash-handling',
      'commercial-awareness',
    ]);
  });
});
