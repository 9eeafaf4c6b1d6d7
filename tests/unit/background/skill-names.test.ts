import { afterEach, describe, expect, it } from 'vitest';
import { displayLanguage } from '@/lib/background/skill-names';
import type { DisplayLanguage } from '@/lib/skills';
import type { Posting } from '@/lib/sites/schema';
import { pageClient, testContext } from './context';

const contexts: ReturnType<typeof testContext>[] = [];
afterEach(async () => {
  for (const c of contexts.splice(0)) await c.dispose();
});

/** A background whose browser speaks `uiLanguage`, as the entrypoint makes it. */
function backgroundIn(uiLanguage: string) {
  const ctx = testContext({ language: displayLanguage(uiLanguage) });
  contexts.push(ctx);
  return pageClient(ctx);
}

const clinic: Posting = {
  site: 'greenhouse',
  jobId: '610',
  url: 'https://boards.greenhouse.io/clinic/jobs/610',
  title: 'Clinic Assistant',
  company: 'Clinic',
  location: 'Madrid',
  description: 'Requirements:\n- IV therapy\n- Customer service\n- Python for reports\n- Homag edgebander',
  datePosted: null,
  employmentType: null,
};

async function namesIn(uiLanguage: string) {
  const send = backgroundIn(uiLanguage);
  await send('profile.set', { skillId: 'customer-service', level: 3 });
  await send('profile.addCustom', { name: 'Homag edgebander', level: 3 });
  const view = await send('page.analyze', { posting: clinic });
  const cards = await send('cards.score', {
    page: 'https://www.linkedin.com/jobs/search/?keywords=clinic',
    cards: [{ key: 'k', id: null, text: 'Needs good customer service and IV therapy skills' }],
  });
  return {
    skills: view.skills.map((s) => s.name),
    matched: view.fit?.matched.map((m) => m.name),
    missing: view.fit?.missing.map((m) => m.name),
    card: [cards.scores[0]?.have, cards.scores[0]?.lack],
  };
}

describe('skill names in the user’s language', () => {
  it('reads the browser’s UI language as es, fr or en', () => {
    const cases: [string, DisplayLanguage][] = [
      ['es', 'es'],
      ['es-419', 'es'],
      ['fr-CA', 'fr'],
      ['FR_fr', 'fr'],
      ['en-GB', 'en'],
      ['de', 'en'],
      ['pt-BR', 'en'],
      ['', 'en'],
    ];
    expect(cases.map(([tag]) => displayLanguage(tag))).toEqual(cases.map(([, lang]) => lang));
    expect(displayLanguage(undefined)).toBe('en');
  });

  it('names skills in Spanish for a Spanish browser, in the panel’s view and on badges; a custom skill keeps its own name', async () => {
    expect(await namesIn('es-ES')).toEqual({
      skills: ['Infusión intravenosa', 'Servicio al cliente', 'Python', 'Homag edgebander'],
      matched: ['Servicio al cliente', 'Homag edgebander'],
      missing: ['Infusión intravenosa', 'Python'],
      card: [['Servicio al cliente'], ['Infusión intravenosa']],
    });
  });

  it('names them in French for a French browser', async () => {
    expect((await namesIn('fr')).skills).toEqual([
      'Perfusion intraveineuse',
      'Service clients',
      'Python',
      'Homag edgebander',
    ]);
  });

  it('names them in English for any other language', async () => {
    expect(await namesIn('de-DE')).toEqual({
      skills: ['Intravenous infusion', 'Customer service', 'Python', 'Homag edgebander'],
      matched: ['Customer service', 'Homag edgebander'],
      missing: ['Intravenous infusion', 'Python'],
      card: [['Customer service'], ['Intravenous infusion']],
    });
  });
});
