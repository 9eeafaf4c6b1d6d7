/**
 * Skills-based hiring signals of a posting, read from its text in English, Spanish and French:
 * the degree asked and how firmly, the overall years of experience, the work types, paid or
 * on-the-job training, tuition help, and remote / hybrid / on-site. Pure, linear in the text
 * (every pattern is a plain regular expression run once over it).
 *
 * How each is read:
 * - degree: the highest level named with a degree word ("bachelor's", "licenciatura", "licence",
 *   "bac+3", "master", "high school diploma"…); its need from the words around it — "or equivalent
 *   (experience)", "no degree required", "preferred/a plus/souhaité/deseable", else "required".
 *   A degree named only as something the employer pays for (tuition) does not count.
 * - experienceYears: the smallest minimum of the "N+ years" / "N-M years" / "N años" / "N ans"
 *   phrases (the overall floor a candidate must clear); ranges count by their lower end.
 * - workTypes: the employment types named ("part-time", "temps partiel", "medio tiempo"…).
 * - training: paid or on-the-job training offered; tuition: tuition or education assistance.
 * - remote: "hybrid" wins over "remote" wins over "on-site" when several are named.
 */

export const DEGREE_LEVELS = ['high-school', 'associate', 'bachelor', 'master', 'doctorate'] as const;
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];
export type DegreeNeed = 'required' | 'preferred' | 'or-equivalent' | 'not-required' | 'not-mentioned';
export const WORK_TYPES = [
  'full-time',
  'part-time',
  'contract',
  'temporary',
  'internship',
  'apprenticeship',
  'seasonal',
  'freelance',
  'volunteer',
] as const;
export type WorkType = (typeof WORK_TYPES)[number];
export type Remote = 'remote' | 'hybrid' | 'on-site';

export interface HiringSignals {
  degree: { level: DegreeLevel | null; need: DegreeNeed };
  experienceYears: number | null;
  workTypes: WorkType[];
  training: boolean;
  tuition: boolean;
  remote: Remote | null;
}

/** Degree words by level, highest first (the highest named level is the one asked). */
const DEGREE_PATTERNS: readonly [DegreeLevel, RegExp][] = [
  ['doctorate', /\b(?:ph\.?\s?d\b|doctora(?:te|l degree|do)|doctorat)/i],
  [
    'master',
    /\b(?:master['’]?s?(?:\s+degree)?\b|m\.?s\.?c?\b(?=\s+(?:in|degree))|mba\b|maestr[ií]a|m[aá]ster\b|bac\s*\+\s*5)/i,
  ],
  [
    'bachelor',
    /\b(?:bachelor['’]?s?|b\.?\s?[as]\.?(?=\s+(?:in|degree))|b\.?sc\b|undergraduate degree|(?:four|4)[- ]year degree|college degree|university degree|licenciatur[ae]|grado universitario|t[ií]tulo universitario|dipl[oô]me universitaire|bac\s*\+\s*[34]|licence\b(?!\s+(?:de conduire|to)))/i,
  ],
  [
    'associate',
    /\b(?:associate['’]?s?\s+degree|associate of|two[- ]year degree|técnico superior|t[ée]cnico universitario|bts\b|dut\b|bac\s*\+\s*2)/i,
  ],
  [
    'high-school',
    /\b(?:high[- ]school(?:\s+diploma)?|ged\b|secondary school|bachillerato|educaci[oó]n secundaria|baccalaur[ée]at|\bbac\b(?!\s*\+))/i,
  ],
];

/** A degree that is only not needed ("No degree required", "sin título", "aucun diplôme requis"). */
const NO_DEGREE =
  /\b(?:no (?:college |university |formal )?(?:degree|diploma|qualifications?)(?: is)? (?:required|needed|necessary)|(?:degree|diploma)s? (?:is |are )?not required|without a degree|no experience or degree|sin (?:t[ií]tulo|estudios)(?: universitario)?(?: requerido)?|no se requiere (?:t[ií]tulo|experiencia ni t[ií]tulo)|aucun diplôme (?:n'est )?(?:requis|exigé|demandé)|sans diplôme)/i;
/** "…or equivalent experience", "or related experience in lieu of", "o experiencia equivalente", "ou expérience équivalente". */
const OR_EQUIVALENT =
  /\b(?:or (?:an? )?equivalent(?: (?:work |practical |professional |combination of education and )?experience)?|or equivalent combination|or (?:\d+\+? years of )?(?:relevant|related|comparable) experience|in lieu of (?:a )?degree|o (?:experiencia )?equivalente|o experiencia (?:laboral )?equivalente|ou (?:une )?exp[ée]rience [ée]quivalente|ou [ée]quivalent)/i;
const PREFERRED =
  /\b(?:preferred|a plus|is a bonus|nice to have|desired|desirable|ideally|deseable|valorable|se valorar[aá]|souhait[ée]e?s?|appr[ée]ci[ée]e?s?|un plus|un atout)(?![a-zà-ÿ])/i;
/** Phrases that name a degree the employer helps pay for: not an ask. */
const TUITION_CONTEXT =
  /\b(?:tuition|reimburse|assistance|toward(?:s)?|pay for|pursue|earn(?:ing)? (?:a|your)|financ|aide aux|ayuda para)\b/i;

/** "3+ years of …experience", "2 años de experiencia", "1 an d’expérience", "2 years with an associate degree". */
const YEARS =
  /(?<!\d)(\d{1,2})(?:\s*(?:\+|plus))?(?:\s*(?:-|–|to|a|à)\s*\d{1,2})?\s*\+?\s*(?:or more\s+)?(?:years?|yrs?|años?|ans?|ann[ée]es?)(?![a-z])(?:[^.!?\n;]{0,60}?(?:experience|experiencia|exp[ée]rience)|\s+(?:with|and)\s+(?:an?\s+)?(?:associate|bachelor|degree))/gi;
const MIN_YEARS =
  /\b(?:at least|minimum(?: of)?|min\.?|m[ií]nimo(?: de)?|au moins)\s+(\d{1,2})\s*(?:years?|años?|ans?)(?![a-z])/gi;

const WORK_TYPE_PATTERNS: readonly [WorkType, RegExp][] = [
  ['full-time', /\b(?:full[- ]?time|tiempo completo|jornada completa|temps plein|temps complet)\b/i],
  ['part-time', /\b(?:part[- ]?time|medio tiempo|media jornada|tiempo parcial|temps partiel|mi-temps)\b/i],
  [
    'contract',
    /\b(?:(?<!independent )contract(?:or)?(?! (?:management|negotiation|law))\b|contrato (?:por obra|temporal de servicio)|cdd\b|contrat à durée déterminée|freelance contract)/i,
  ],
  ['temporary', /\b(?:temporary|temp(?:-to-hire| to hire)?\b(?!late|erature|o\b)|temporal\b|int[ée]rim|temporaire)/i],
  ['internship', /\b(?:intern(?:ship)?s?\b|pr[aá]cticas|pasant[ií]a|becario|stage\b|stagiaire)/i],
  ['apprenticeship', /\b(?:apprentice(?:ship)?s?|aprendiz(?:aje)?|formaci[oó]n dual|alternance|apprenti(?:ssage)?)\b/i],
  ['seasonal', /\b(?:seasonal|temporada|de temporada|saisonnier|saisonni[eè]re)\b/i],
  ['freelance', /\b(?:freelance(?:r)?|self[- ]employed|independent contractor|aut[oó]nomo|ind[ée]pendant)\b/i],
  ['volunteer', /\b(?:volunteer(?:ing)?|voluntari(?:o|ado)|b[ée]n[ée]vol(?:e|at))\b/i],
];

const TRAINING =
  /\b(?:paid training|on[- ]the[- ]job training|we (?:will )?train you|training (?:is )?provided|full training|no experience (?:needed|necessary|required)[^.\n]{0,40}train|formaci[oó]n (?:pagada|remunerada|a cargo de la empresa|en el puesto)|te formamos|formation (?:r[ée]mun[ée]r[ée]e|assur[ée]e|interne|en interne|pay[ée]e)|nous vous formons)/i;
const TUITION =
  /\b(?:tuition (?:assistance|reimbursement|support|benefits?|paid)|education(?:al)? (?:assistance|benefits?|reimbursement)|(?:pays?|paid) (?:for )?(?:your )?tuition|college tuition|continuing education (?:allowance|support|reimbursement)|ayuda (?:para|a los) estudios|aide (?:aux|à la) (?:formation|scolarit[ée])|prise en charge des frais de formation)/i;

const HYBRID = /\b(?:hybrid|h[ií]brido|hybride)\b/i;
const REMOTE =
  /\b(?:remote(?!\s+(?:control|sensing|monitoring|patient))|work from home|wfh|teletrabajo|en remoto|a distancia|t[ée]l[ée]travail)\b|(?:^|\s)[àa] distance\b/i;
const ONSITE = /\b(?:on[- ]?site|in[- ]office|in[- ]person|presencial|sur site|en pr[ée]sentiel)\b/i;

/** The sentence (or line) around a position, to judge a degree's need by its neighbours. */
function sentenceAt(text: string, at: number): string {
  const before = text.lastIndexOf('\n', at);
  const stop = /[.!?;\n]/g;
  stop.lastIndex = at;
  const end = stop.exec(text)?.index ?? text.length;
  const from = Math.max(before + 1, text.slice(0, at).search(/[.!?;][^.!?;]*$/) + 1);
  return text.slice(from, end);
}

function readDegree(text: string): HiringSignals['degree'] {
  if (NO_DEGREE.test(text)) {
    const asked = DEGREE_PATTERNS.find(([, re]) => re.test(text));
    return { level: asked?.[0] ?? null, need: 'not-required' };
  }
  for (const [level, re] of DEGREE_PATTERNS) {
    const global = new RegExp(re.source, 'gi');
    for (let m = global.exec(text); m; m = global.exec(text)) {
      const sentence = sentenceAt(text, m.index);
      if (TUITION_CONTEXT.test(sentence)) continue;
      const need: DegreeNeed = OR_EQUIVALENT.test(sentence)
        ? 'or-equivalent'
        : PREFERRED.test(sentence)
          ? 'preferred'
          : 'required';
      return { level, need };
    }
  }
  return { level: null, need: 'not-mentioned' };
}

function readYears(text: string): number | null {
  let min: number | null = null;
  const take = (n: number) => {
    // Numbers beyond a working life are not years of experience ("since 1998", "50 years old").
    if (n > 0 && n <= 40) min = min === null ? n : Math.min(min, n);
  };
  for (const m of text.matchAll(YEARS)) take(Number(m[1]));
  for (const m of text.matchAll(MIN_YEARS)) take(Number(m[1]));
  return min;
}

export function readSignals(text: string): HiringSignals {
  const workTypes = WORK_TYPE_PATTERNS.filter(([, re]) => re.test(text)).map(([t]) => t);
  return {
    degree: readDegree(text),
    experienceYears: readYears(text),
    workTypes,
    training: TRAINING.test(text),
    tuition: TUITION.test(text),
    remote: HYBRID.test(text) ? 'hybrid' : REMOTE.test(text) ? 'remote' : ONSITE.test(text) ? 'on-site' : null,
  };
}
