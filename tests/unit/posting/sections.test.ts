import { describe, expect, it } from 'vitest';
import { asks, headingKind, postingSections, sectionAt, type SectionKind } from '@/lib/posting/sections';

/** Each line of a posting with the section it stands in. */
function read(text: string, titleFirst = true): [string, SectionKind][] {
  return postingSections(text, { titleFirst }).map((l) => [text.slice(l.start, l.end), l.kind]);
}

describe('sections of a posting', () => {
  it('reads an English posting: title, blurb, summary, duties, requirements, preferred, benefits, legal, apply', () => {
    const text = [
      'Junior Data Analyst',
      'Acme is a leading logistics platform; our platform integrates with Workday and SAP.',
      'You will turn warehouse data into weekly reports.',
      'What you will do:',
      '- Build dashboards in Tableau',
      'Requirements',
      '- SQL and Excel',
      'Nice to have',
      '- Python',
      'Benefits: continuing education budget, free lunch',
      'Acme is an equal opportunity employer and considers applicants without regard to race.',
      'How to apply',
      'Send your CV in PDF.',
    ].join('\n');
    expect(read(text)).toEqual([
      ['Junior Data Analyst', 'title'],
      ['Acme is a leading logistics platform; our platform integrates with Workday and SAP.', 'blurb'],
      ['You will turn warehouse data into weekly reports.', 'summary'],
      ['What you will do:', 'duties'],
      ['- Build dashboards in Tableau', 'duties'],
      ['Requirements', 'requirements'],
      ['- SQL and Excel', 'requirements'],
      ['Nice to have', 'preferred'],
      ['- Python', 'preferred'],
      ['Benefits: continuing education budget, free lunch', 'benefits'],
      ['Acme is an equal opportunity employer and considers applicants without regard to race.', 'legal'],
      ['How to apply', 'apply'],
      ['Send your CV in PDF.', 'apply'],
    ]);
  });

  it('reads a Spanish posting', () => {
    const text = [
      'Camarero/a',
      'Somos una cadena de restaurantes familiar.',
      'Funciones:',
      '- Atención al cliente en sala',
      'Requisitos:',
      '- Manipulador de alimentos',
      'Se valorará:',
      '- Inglés',
      'Ofrecemos:',
      '- Formación pagada',
    ].join('\n');
    expect(read(text).map(([, k]) => k)).toEqual([
      'title',
      'blurb',
      'duties',
      'duties',
      'requirements',
      'requirements',
      'preferred',
      'preferred',
      'benefits',
      'benefits',
    ]);
  });

  it('reads a French posting', () => {
    const text = [
      'Préparateur de commandes H/F',
      'Qui sommes-nous ?',
      'Notre entreprise distribue des produits frais.',
      'Vos missions',
      '- Préparer les commandes',
      'Profil recherché',
      '- CACES 1',
      'Serait un plus :',
      '- Anglais',
      'Avantages',
      '- Tickets restaurant',
    ].join('\n');
    expect(read(text).map(([, k]) => k)).toEqual([
      'title',
      'blurb',
      'blurb',
      'duties',
      'duties',
      'requirements',
      'requirements',
      'preferred',
      'preferred',
      'benefits',
      'benefits',
    ]);
  });

  it('counts a posting without headings as asking, apart from its title and legal lines', () => {
    const text =
      'Barista\nMake espresso drinks and handle cash. Food safety card required.\nWe are an equal opportunity employer.';
    expect(read(text).map(([, k]) => k)).toEqual(['title', 'body', 'legal']);
    expect(read('Python, SQL and Excel', false).map(([, k]) => k)).toEqual(['body']);
  });

  it('tells headings from sentences and list items', () => {
    expect(headingKind('Preferred Qualifications')).toBe('preferred');
    expect(headingKind('## Responsibilities')).toBe('duties');
    expect(headingKind('About us:')).toBe('blurb');
    expect(headingKind('Benefits: dental and vision')).toBe('benefits');
    expect(headingKind('You have experience with SQL.')).toBeNull();
    expect(headingKind('- Python: 3 years')).toBeNull();
    expect(headingKind('Build reports for the warehouse team')).toBeNull();
    expect(headingKind('Salary')).toBe('benefits');
  });

  it('says which sections ask and finds the section of an offset', () => {
    expect(['duties', 'requirements', 'preferred', 'summary', 'body'].every((k) => asks(k as SectionKind))).toBe(true);
    expect(['title', 'blurb', 'benefits', 'legal', 'apply'].some((k) => asks(k as SectionKind))).toBe(false);
    const text = 'Cook\nRequirements\n- Knife skills\nBenefits\n- Meals';
    const lines = postingSections(text, { titleFirst: true });
    expect(sectionAt(lines, text.indexOf('Knife'))).toBe('requirements');
    expect(sectionAt(lines, text.indexOf('Meals'))).toBe('benefits');
    expect(sectionAt(lines, 0)).toBe('title');
  });
});
