/**
 * Issue 10, nineteenth round: everyday requirement lines of analysts, engineers, clinics and
 * finance teams. "Hypothesis testing" is no software testing and "logistic regression" no
 * logistics. Sentences written here (none taken from SkillSpan or captured pages), with the exact
 * skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const asked = (line: string) => extractSkills(`Requirements:\n- ${line}\n`).map((s) => s.id);

describe("a data analyst's statistics and tools", () => {
  it('reads regression and hypothesis testing as statistics, not as logistics or software testing', () => {
    expect(asked('Statistics (logistic regression, hypothesis testing)')).toEqual([
      'statistics',
      'regression-analysis',
      'hypothesis-testing',
    ]);
    expect(asked('Linear regression and significance testing in Python')).toEqual([
      'regression-analysis',
      'hypothesis-testing',
      'python',
    ]);
  });

  it('reads DAX beside Power Query, and Airflow DAGs as Apache Airflow', () => {
    expect(asked('Power Query and DAX')).toEqual(['power-query', 'dax']);
    expect(asked('Writing Airflow DAGs')).toEqual(['apache-airflow']);
  });
});

describe("engineers', clinics' and finance teams' lines", () => {
  it('reads Six Sigma belts, GD&T and CNC programming (a belt in karate is none)', () => {
    expect(asked('Six Sigma Green Belt certified; GD&T and CNC programming')).toEqual([
      'six-sigma',
      'gd-and-t',
      'cnc-programming',
    ]);
    expect(asked('Black Belt in karate')).toEqual([]);
  });

  it("reads a nurse's charting", () => {
    expect(asked('Accurate patient charting in Epic')).toEqual(['clinical-documentation', 'ehr']);
  });

  it("reads an accountant's reconciliations and journal entries, in English, Spanish and French", () => {
    expect(asked('Balance sheet reconciliations and journal entries')).toEqual([
      'account-reconciliation',
      'journal-entries',
    ]);
    expect(
      extractSkills(
        'Funciones:\n- Registro de asientos contables y conciliación de cuentas\nRequisitos: experiencia en contabilidad',
      ).map((s) => s.id),
    ).toEqual(['journal-entries', 'account-reconciliation', 'accounting']);
    expect(
      extractSkills(
        'Missions :\n- Saisie des écritures comptables et lettrage des comptes\nProfil : vous êtes rigoureux',
      ).map((s) => s.id),
    ).toEqual(['journal-entries', 'account-reconciliation', 'attention-to-detail']);
  });

  it('reads a typing speed as data entry', () => {
    expect(asked('Type 50+ WPM')).toEqual(['data-entry']);
  });
});
