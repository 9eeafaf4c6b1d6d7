/**
 * Issue 10, seventh round: classes of misses found by the two-fold cross-validation inside the
 * SkillSpan train split (scripts/skillspan-cv.ts). Sentences written here (none taken from
 * SkillSpan or captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);

describe('a perks label inside a line', () => {
  it('covers only the words after "Benefits:", not the skills before it on the merged line', () => {
    expect(ids('Kubernetes and Terraform on AWS Job benefits: a gym and LinkedIn Learning')).toEqual([
      'kubernetes',
      'terraform',
      'aws',
    ]);
  });

  it('still makes a whole clause about perks when the offer word is no label', () => {
    expect(ids('We offer a gym, Apple hardware and LinkedIn Learning')).toEqual([]);
    expect(ids('Docker Kubernetes Terraform and a gym')).toEqual([]);
  });
});

describe('examples in brackets after a skill', () => {
  it('reads names the taxonomy lacks as skills, one or two words each', () => {
    expect(ids('Hands-on with AWS (Lambda, Glimmerlake, Corvex DB)')).toEqual([
      'aws',
      'aws-lambda',
      'custom:glimmerlake',
      'custom:corvex-db',
    ]);
    // without commas, a run of names is read a word at a time
    expect(ids('Design patterns (Singleton Quillfold Brambleton)')).toEqual([
      'design-patterns',
      'custom:singleton',
      'custom:quillfold',
      'custom:brambleton',
    ]);
  });

  it('reads a word that needs a skill clause as a tag list reads it', () => {
    expect(ids('Agile methods (scrum, kanban)')).toEqual(['agile', 'scrum', 'kanban']);
    expect(ids('Hands-on with AWS (Lambda)')).toEqual(['aws', 'aws-lambda']);
    // a field among the examples is one ("Web Design" was a custom skill before the taxonomy had it)
    expect(ids('Adobe XD (Web Design)')).toEqual(['adobe-xd', 'web-design']);
    // the same word with no skill before the brackets
    expect(ids('Hands-on with the team (Lambda)')).toEqual([]);
  });

  it('reads an example named in full with the skill before the brackets as that skill', () => {
    // "Lambda" alone is Java's lambdas; after AWS it is AWS Lambda.
    expect(ids('Java 8 (lambdas, streams)')).toContain('lambdas');
    expect(ids('Hands-on with AWS (Lambda, S3)')).toEqual(['aws', 'aws-lambda', 'amazon-s3']);
    expect(ids('Microsoft Office (Excel, Word)')).toEqual(['microsoft-office', 'microsoft-excel', 'microsoft-word']);
    // no such whole name: the example keeps its own skill
    expect(ids('Python (Django, Flask)')).toEqual(['python', 'django', 'flask']);
  });

  it('reads nothing in brackets after a language, a soft skill or a word that is no skill', () => {
    expect(ids('Fluent English (C1)')).toEqual(['english']);
    expect(ids('NoSQL stores (Quasarbase or HBase)')).toEqual(['nosql', 'apache-hbase']);
    expect(ids('Strong Java skills (e.g. Fernwick)')).toEqual(['java']);
  });

  it('reads no introducer, placeholder or long aside', () => {
    expect(ids('AWS (e.g. Glimmerlake)')).toEqual(['aws', 'custom:glimmerlake']);
    expect(ids('Java (see the <ORGANIZATION> page)')).toEqual(['java']);
    expect(
      ids('Java (which our payments people and the Glimmerlake crew use every day for the core services)'),
    ).toEqual(['java']);
    expect(ids('Java (Glimmerlake)')).toEqual(['java', 'custom:glimmerlake']);
  });

  it('reads a name between two known ones and in brackets once', () => {
    const skills = extractSkills('AWS (Lambda, Glimmerlake, ECS)');
    expect(skills.map((s) => [s.id, s.mentions.length])).toEqual([
      ['aws', 1],
      ['aws-lambda', 1],
      ['custom:glimmerlake', 1],
      ['amazon-ecs', 1],
    ]);
  });
});

describe('how to apply', () => {
  it('reads no skill in a clause about the papers to send', () => {
    expect(ids('Applicants who send no transcripts or other documentation will not be considered.')).toEqual([]);
    expect(ids('Please send your CV in Danish or English and a photo.')).toEqual([]);
  });

  it('still reads what applicants must know, and the same words asked as skills', () => {
    expect(ids('Applicants must hold a degree in chemistry and know Python.')).toEqual([
      'bachelors-degree',
      'chemistry',
      'python',
    ]);
    expect(ids('Experience writing technical documentation in English.')).toEqual(['documentation', 'english']);
  });
});
