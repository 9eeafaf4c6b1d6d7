/**
 * Issue 10, sixty-fifth round: a Salesforce administrator's clouds are Salesforce products, not
 * sales or cloud computing; the scientists and analysts a job works with are colleagues, no data
 * science or data analysis asked. Sentences written here (none taken from SkillSpan or captured
 * pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const read = (text: string) => extractSkills(text).map((s) => s.id);
const asked = (line: string) => read(`Requirements:\n- ${line}`);

describe("a Salesforce administrator's asks", () => {
  it('reads Sales Cloud, Service Cloud, Data Loader and CPQ as Salesforce products', () => {
    expect(asked('Administer Sales Cloud and Service Cloud')).toEqual([
      'salesforce-sales-cloud',
      'salesforce-service-cloud',
    ]);
    expect(asked('Run data imports with Data Loader; CPQ is a plus')).toEqual([
      'salesforce-data-loader',
      'salesforce-cpq',
    ]);
    expect(asked('Salesforce Certified Administrator')).toEqual(['salesforce-administrator-certification']);
  });
});

describe('the colleagues a job works with', () => {
  it('reads data scientists and data analysts as people, not fields', () => {
    expect(read('You will work closely with product managers, designers and data scientists.')).toEqual([]);
    expect(read('You will support a team of data analysts.')).toEqual([]);
    expect(asked('Experience in data science')).toEqual(['data-science']);
  });
});

describe('the departments a job gathers from', () => {
  it('reads "requirements from sales, customer success and finance teams" as no sales', () => {
    expect(asked('Gather requirements from sales, customer success and finance teams')).toEqual([]);
    expect(asked('Experience in sales and marketing')).toEqual(['sales', 'marketing']);
  });
});
