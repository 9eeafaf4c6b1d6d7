import { describe, expect, it } from 'vitest';
import { alternativeGroups, type Placed } from '@/lib/posting/alternatives';

/** Places each name at its first occurrence in the text, with the id given. */
function placed(text: string, names: Record<string, string>): Placed[] {
  return Object.entries(names).map(([name, id]) => {
    const start = text.indexOf(name);
    if (start < 0) throw new Error(`${name} not in text`);
    return { id, start, end: start + name.length };
  });
}
const groups = (text: string, names: Record<string, string>) =>
  Object.fromEntries(alternativeGroups(text, placed(text, names)));

describe('alternatives', () => {
  it('reads "or", "/" and their Spanish and French forms', () => {
    expect(groups('Experience with Power BI or Tableau.', { 'Power BI': 'power-bi', Tableau: 'tableau' })).toEqual({
      'power-bi': 'power-bi+tableau',
      tableau: 'power-bi+tableau',
    });
    expect(groups('Java/Kotlin developer', { Java: 'java', Kotlin: 'kotlin' })).toEqual({
      java: 'java+kotlin',
      kotlin: 'java+kotlin',
    });
    expect(groups('Manejo de SAP o Oracle', { SAP: 'sap', Oracle: 'oracle' })).toEqual({
      sap: 'oracle+sap',
      oracle: 'oracle+sap',
    });
    expect(groups('Maîtrise de Excel ou LibreOffice', { Excel: 'excel', LibreOffice: 'libreoffice' })).toEqual({
      excel: 'excel+libreoffice',
      libreoffice: 'excel+libreoffice',
    });
  });

  it('reads lists that offer a choice, and not lists that ask for all', () => {
    const choice = 'Knowledge of one of Python, R, Julia.';
    expect(Object.keys(groups(choice, { Python: 'python', ' R': 'r', Julia: 'julia' })).sort()).toEqual([
      'julia',
      'python',
      'r',
    ]);
    expect(
      groups('A BI tool such as Looker, Tableau, or Qlik', { Looker: 'looker', Tableau: 'tableau', Qlik: 'qlik' }),
    ).toMatchObject({ looker: 'looker+qlik+tableau' });
    expect(
      groups('Salesforce, HubSpot, or similar CRM', { Salesforce: 'salesforce', HubSpot: 'hubspot' }),
    ).toMatchObject({ salesforce: 'hubspot+salesforce' });
    expect(groups('Herramientas como Jira, Trello', { Jira: 'jira', Trello: 'trello' })).toMatchObject({
      jira: 'jira+trello',
    });
    expect(groups('You need Python, SQL and Excel.', { Python: 'python', SQL: 'sql', Excel: 'excel' })).toEqual({});
    expect(groups('Python, SQL', { Python: 'python', SQL: 'sql' })).toEqual({});
  });

  it('never joins skills across lines or across other words', () => {
    expect(groups('- Power BI\n- or Tableau', { 'Power BI': 'power-bi', Tableau: 'tableau' })).toEqual({});
    expect(groups('Excel for reports or, ideally, Python', { Excel: 'excel', Python: 'python' })).toEqual({});
  });
});
