/**
 * The sections of a posting, as a recruiter reads them: its title, the company blurb, a summary,
 * the duties, the requirements, what is preferred, the benefits, legal boilerplate and how to
 * apply. Read from headings (English, Spanish, French; on their own line, or inline as
 * "Benefits: …"), and, before the first heading, from what the lines say ("Acme is a leading…").
 * A skill named only where a posting talks about itself (title, blurb, benefits, legal, how to
 * apply) is mentioned, not asked. Pure, one pass over the lines.
 */

export const SECTION_KINDS = [
  'title',
  'blurb',
  'summary',
  'duties',
  'requirements',
  'preferred',
  'benefits',
  'legal',
  'apply',
  'body',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** Sections whose skills the posting asks for; the others only mention them. */
const ASKING: ReadonlySet<SectionKind> = new Set(['summary', 'duties', 'requirements', 'preferred', 'body']);
export const asks = (kind: SectionKind): boolean => ASKING.has(kind);

/** Heading words by section, most specific first (a "Preferred qualifications" heading is preferred, not requirements). */
const HEADINGS: readonly [SectionKind, RegExp][] = [
  [
    'legal',
    /\b(?:equal (?:employment )?opportunit|eeo\b|diversity|inclusion|accommodations?|privacy|disclaimer|legal|e-verify|igualdad de oportunidades|diversidad|[ée]galit[ée] des chances|diversit[ée]|protection des donn[ée]es|handicap)/i,
  ],
  [
    'apply',
    /\b(?:how to apply|to apply|application process|apply now|next steps|c[oó]mo (?:aplicar|postular(?:se)?)|postulaci[oó]n|comment postuler|pour postuler|processus de recrutement|candidature)/i,
  ],
  [
    'preferred',
    /\b(?:nice[\s-]to[\s-]haves?|bonus(?: points)?|preferred|pluses|desirable|desired|good[\s-]to[\s-]haves?|additional (?:qualifications|skills)|would be (?:great|nice)|ideally|it['’]?s a plus|even better|assets?|un plus|atouts?|souhait[ée]s?|appr[ée]ci[ée]s?|serait un plus|se valorar[aá]|valorable|deseables?|requisitos deseables)/i,
  ],
  [
    'benefits',
    /\b(?:benefits|perks|what we offer|we offer|why (?:join|work with|you['’]ll love working at) us|compensation|salary|pay(?: and benefits)?\b|in return|what['’]s in it for you|avantages|nous (?:vous )?offrons|ce que nous (?:vous )?offrons|r[ée]mun[ée]ration|beneficios|ofrecemos|qu[ée] (?:te )?ofrecemos|salario|prestaciones)/i,
  ],
  [
    'blurb',
    /\b(?:about (?:us|the company|our company|the team)|who we are|our (?:company|story|mission|culture)|company overview|qui sommes[- ]nous|[àa] propos(?: de nous| de l['’]entreprise)?|l['’]entreprise|notre entreprise|sobre nosotros|qui[ée]nes somos|la empresa|nuestra empresa|acerca de (?:nosotros|la empresa))/i,
  ],
  [
    'duties',
    /\b(?:responsibilities|what you['’]?ll do|what you will do|duties|your role|the role|role overview|day[\s-]to[\s-]day|key tasks|your tasks|your impact|missions?|vos missions|votre (?:mission|r[ôo]le)|responsabilit[ée]s|t[âa]ches|funciones|responsabilidades|tus (?:tareas|funciones)|qu[ée] har[aá]s|tareas)/i,
  ],
  [
    'requirements',
    /\b(?:requirements?|required|qualifications?|what you['’]?ll need|what you (?:will )?need|what we['’]?re looking for|what we are looking for|must[\s-]haves?|you have|you bring|who you are|about you|your (?:profile|skills|background)|skills(?: and| &) experience|essential|minimum|basic|key skills|experience|competencies|what you bring|we['’]?re looking for|we are looking for|the ideal candidate|you should have|profil(?: recherch[ée])?|votre profil|comp[ée]tences|pr[ée]requis|exigences|requisitos|perfil|qu[ée] buscamos|buscamos|se requiere)/i,
  ],
  [
    'summary',
    /\b(?:summary|overview|the job|job description|description du poste|le poste|descripci[oó]n(?: del puesto)?|el puesto)/i,
  ],
];

/** A line of legal boilerplate wherever it stands ("Acme is an equal opportunity employer…"). */
const LEGAL_LINE =
  /\b(?:equal opportunity employer|without regard to (?:race|age|sex)|reasonable accommodation|e-verify|affirmative action|igualdad de oportunidades|no discrimina|[ée]galit[ée] (?:professionnelle|des chances)|sans distinction)/i;
/** A line where the company talks about itself (before the first heading). */
const BLURB_LINE =
  /\b(?:(?:we are|we['’]re) (?:a|an|the)\b|our (?:company|mission|platform|customers|clients|products?|team of)\b|founded in\b|headquartered\b|leading (?:provider|company|platform)|integrates? with\b|somos (?:una|un|la|el)\b|nuestra (?:empresa|misi[oó]n)|nous sommes (?:un|une|le|la)\b|notre (?:entreprise|mission|plateforme))/i;

const MAX_HEADING_CHARS = 70;
const MAX_HEADING_WORDS = 8;
const MAX_INLINE_COLON = 40;

/** The section a heading line opens, or null when the line is not a heading. */
export function headingKind(line: string): SectionKind | null {
  if (line.length > MAX_HEADING_CHARS * 2) return null;
  // Question headings are common ("Who are we?", "¿Quiénes somos?", "Qui sommes-nous ?").
  let t = line
    .replace(/^[\s#*•\-–—>¿]+/, '')
    .replace(/[*_]+/g, '')
    .replace(/\s*\?\s*$/, '')
    .trim();
  const colon = t.indexOf(':');
  const inline = colon > 0 && colon <= MAX_INLINE_COLON && colon < t.length - 1;
  if (inline) t = t.slice(0, colon);
  else if (t.endsWith(':')) t = t.slice(0, -1);
  else if (t.length > MAX_HEADING_CHARS || /[.,;!]$/.test(t) || /^\s*[-*•–]/.test(line)) return null;
  if (!t || t.split(/\s+/).length > MAX_HEADING_WORDS) return null;
  // Without a colon, a heading reads like a title: no verb-led sentence ("You will use Excel").
  if (!inline && !line.trimEnd().endsWith(':') && /^(?:you|we|the candidate|el candidato|le candidat)\b/i.test(t))
    return null;
  for (const [kind, re] of HEADINGS) if (re.test(t)) return kind;
  return null;
}

export interface SectionLine {
  start: number;
  end: number;
  kind: SectionKind;
}

/**
 * Every line of a posting's text with the section it stands in. `titleFirst`: the first line is
 * the posting's title (as the extension reads `title + "\n" + description`).
 */
export function postingSections(text: string, opts: { titleFirst: boolean }): SectionLine[] {
  const lines: SectionLine[] = [];
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start: pos, end, kind: 'body' });
    pos = end + 1;
  }
  let seenHeading = false;
  let current: SectionKind = 'body';
  lines.forEach((l, i) => {
    if (i === 0 && opts.titleFirst) {
      l.kind = 'title';
      return;
    }
    const line = text.slice(l.start, l.end);
    const heading = line.trim() ? headingKind(line) : null;
    if (heading) {
      seenHeading = true;
      current = heading;
    }
    if (LEGAL_LINE.test(line)) l.kind = 'legal';
    else if (!seenHeading && BLURB_LINE.test(line)) l.kind = 'blurb';
    else l.kind = seenHeading ? current : 'body';
  });
  // Before the first heading, a posting with headings is introducing the job: a summary.
  if (seenHeading) for (const l of lines) if (l.kind === 'body') l.kind = 'summary';
  return lines;
}

/** The section of the line holding `offset` (a binary search over the lines). */
export function sectionAt(lines: readonly SectionLine[], offset: number): SectionKind {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lines[lo]?.kind ?? 'body';
}
