/**
 * Issue 10, forty-first round: a healthcare assistant, a project coordinator and a junior UX
 * designer. A ward's observations, fluid charts, hoists and washing and dressing; a project's risk
 * log, status reports and CAPM; user flows, accessibility guidelines and Google's UX certificate;
 * "Project Coordinator" is no tool named Project. Sentences written here (none taken from
 * SkillSpan or captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const read = (text: string) => extractSkills(text).map((s) => s.id);
const asked = (line: string) => read(`Requirements:\n- ${line}`);

describe("a healthcare assistant's duties", () => {
  it('reads observations as vital signs and fluid charts as fluid balance monitoring', () => {
    expect(asked('Take and record observations and escalate concerns')).toEqual(['vital-signs']);
    expect(asked('Monitor fluid balance and food charts')).toEqual(['fluid-balance-monitoring']);
  });

  it('reads washing and dressing as patient care, hoists and slide sheets as manual handling', () => {
    expect(asked('Help patients with washing and dressing')).toEqual(['patient-care']);
    expect(asked('Move patients safely using hoists and slide sheets')).toEqual(['manual-handling']);
  });

  it('reads keeping accurate records as record keeping', () => {
    expect(asked('Keep accurate records of the care given')).toEqual(['filing']);
  });
});

describe("a project coordinator's asks", () => {
  it('reads the risk log, status reports, organisation and CAPM', () => {
    expect(asked('Maintain the risk log and prepare status reports')).toEqual(['risk-management', 'report-writing']);
    expect(asked('Strong organisation and a CAPM certification')).toEqual(['time-management', 'capm']);
  });

  it('reads no tool named Project in the job title, and the tool in a list of Office programs', () => {
    expect(read('Project Coordinator\n\nRequirements:\n- Asana and Smartsheet')).toEqual(['asana', 'smartsheet']);
    expect(asked('Microsoft Word, Excel and Project')).toEqual(['microsoft-word', 'microsoft-excel', 'project']);
  });
});

describe("a junior UX designer's asks", () => {
  it('reads user flows, accessibility guidelines and the Google UX Design Certificate', () => {
    expect(asked('You can create user flows and follow accessibility guidelines')).toEqual([
      'user-experience-design',
      'web-accessibility',
    ]);
    expect(asked('A Google UX Design Certificate')).toEqual(['google-ux-design-certificate']);
  });
});
