/**
 * Issue 10, forty-fourth round: a data engineer, an electrician, a dental nurse, an HR advisor, a
 * marketing coordinator, a Spanish waiter and a French order picker. The Apache
 * foundation's projects (never the Apache web server), batch and stream processing, dimensional
 * modelling; PAT testing and EICRs (never software testing); chairside work and a dental nursing
 * qualification; an HR advisor's casework; trade shows; cocktails, wine and punctuality, the
 * French forklift licence (CACES), goods receiving and quality control, and no Finnish in "fines de
 * semana". Sentences written here (none taken from SkillSpan or captured pages), with the
 * exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage, extractSkills } from '../../../lib/skills/index';

const asked = (line: string) => extractSkills(`Requirements:\n- ${line}`).map((s) => s.id);
const read = (text: string) => extractSkills(text).map((s) => s.id);

describe("a data engineer's asks", () => {
  it('reads the Apache projects by their names, and the web server only by its own', () => {
    expect(asked('Write pipelines with Apache Beam and Apache Flink on Google Cloud Dataflow')).toEqual([
      'apache-beam',
      'flink',
      'google-cloud-dataflow',
    ]);
    expect(asked('Experience with Apache Iceberg or Delta Lake, Parquet and Apache NiFi')).toEqual([
      'apache-iceberg',
      'delta-lake',
      'apache-parquet',
      'apache-nifi',
    ]);
    expect(asked('Apache Tika and Apache Kylin are used in-house')).toEqual([]);
    expect(asked('Configure Apache and Nginx web servers')).toEqual(['apache-http-server', 'nginx', 'web-servers']);
  });

  it('reads batch and stream processing, and no batch file language', () => {
    expect(asked('Run batch jobs and streaming pipelines')).toEqual(['batch-processing', 'stream-processing']);
    expect(asked('Run the nightly batch before nine')).toEqual([]);
  });

  it('reads dimensional modelling and Data Vault, and no Clean language in clean code', () => {
    expect(asked('Write clean Python and SQL; know Kimball and Data Vault')).toEqual([
      'python',
      'sql',
      'dimensional-modelling',
      'data-vault',
    ]);
  });

  it('reads Unity Catalog as Databricks, not the Unity game engine', () => {
    expect(asked('Govern data with Databricks Unity Catalog')).toEqual(['databricks-unity-catalog']);
  });
});

describe("an electrician's asks", () => {
  it('reads PAT testing and EICR testing, and no software testing', () => {
    expect(asked('Experience with EICR testing and PAT testing')).toEqual(['inspection-and-testing', 'pat-testing']);
    expect(asked('Carry out portable appliance testing on site')).toEqual(['pat-testing']);
  });

  it("reads no software testing in another trade's tests", () => {
    expect(asked('Pass a drug and alcohol testing screen')).toEqual([]);
    expect(asked('Soil testing on new sites')).toEqual([]);
  });

  it('still reads testing where a software ad asks for it', () => {
    expect(asked('Experience with testing and debugging in Java')).toEqual(['software-testing', 'debugging', 'java']);
  });
});

describe("a dental nurse's asks", () => {
  it('reads chairside assistance and a dental nursing qualification', () => {
    expect(asked('Support the dentist chairside and hold a dental nursing qualification')).toEqual([
      'chairside-assistance',
      'dental-nursing',
    ]);
    expect(asked('Mix dental materials for each procedure')).toEqual(['dental-materials']);
  });
});

describe("an HR advisor's asks", () => {
  it('reads disciplinaries and grievances, right to work checks, TUPE, redundancies and job evaluation', () => {
    expect(asked('Advise managers on disciplinaries and grievances')).toEqual([
      'disciplinary-and-grievance-procedures',
    ]);
    expect(asked('Carry out right to work checks')).toEqual(['right-to-work-checks']);
    expect(asked('Experience with TUPE, redundancy consultations and job evaluation')).toEqual([
      'tupe',
      'redundancy-management',
      'job-evaluation',
    ]);
  });

  it('reads an HRIS as HR systems, not one vendor of that name', () => {
    expect(asked('Update employee data in our HRIS')).toEqual(['hris']);
  });

  it('reads building relationships as an interpersonal skill', () => {
    expect(asked('The ability to build relationships at every level')).toEqual(['interpersonal-skills']);
  });
});

describe("a marketing coordinator's asks", () => {
  it('reads trade shows as event management', () => {
    expect(asked('Coordinate trade shows across Europe')).toEqual(['event-management']);
  });
});

describe("a Spanish waiter's asks", () => {
  it('reads cocktails, wine and punctuality, and no Finnish in "fines de semana"', () => {
    const text =
      'Buscamos camarero con conocimientos de coctelería y de vinos, puntual y con disponibilidad los fines de semana.';
    expect(detectLanguage(text)).toBe('es');
    expect(read(text)).toEqual(['bartending', 'wine-knowledge', 'work-ethic']);
  });
});

describe("a French order picker's asks", () => {
  it('reads the CACES, goods receiving, quality control and punctuality', () => {
    const text =
      'Profil recherché :\n- Titulaire du CACES.\n- Expérience de la réception des marchandises et du contrôle qualité.\n- Ponctuel et rigoureux.';
    expect(detectLanguage(text)).toBe('fr');
    expect(read(text)).toEqual(['forklift', 'goods-in', 'quality-control', 'work-ethic', 'attention-to-detail']);
  });

  it('reads the CACES in an English ask too', () => {
    expect(asked('CACES R489 category 3 required')).toEqual(['forklift']);
  });
});
