/**
 * Context rules for ambiguous names. A candidate whose alias is an ordinary word ("Go", "Swift",
 * "Excel", "Access") or a single letter ("C", "R") is kept only when the text treats it as a
 * name: capitalised, not in a phrase that makes it a verb or noun ("go the extra mile", "excel
 * in", "R&D", "C-level"), and, where the word is risky, near other tech skills or a cue word
 * ("Go developer", "in Go", "programming languages such as …"). Nothing is dropped by a stop list.
 */
import type { ClauseIndex } from './clauses';
import type { Skill, SkillKind } from './schema';
import { COMMON_WORD, GENERIC_WORD, NEED_UPPER, type Candidate, type Tokens } from './matcher';

interface WordRule {
  /** rejected when the next token is one of these ("go the", "excel in") */
  notBefore?: readonly string[];
  /** rejected when the previous token is one of these ("to go", "grade C") */
  notAfter?: readonly string[];
  /** needs evidence (a nearby tech skill or cue) even when capitalised mid-sentence */
  needEvidence?: boolean;
  /** rejected when followed by these token sequences ("R and D") */
  notPhrases?: readonly (readonly string[])[];
}

const VERB_GO_NEXT = [
  'to',
  'the',
  'live',
  'beyond',
  'above',
  'ahead',
  'far',
  'further',
  'extra',
  'back',
  'out',
  'through',
  'over',
  'into',
  'from',
  'get',
  'getter',
  'getters',
  'a',
  'an',
  'after',
  'for',
  'with',
  'on',
  'up',
  'down',
  'forward',
  'places',
  'deeper',
  'deep',
  'faster',
  'fast',
  'big',
  'home',
  'hand',
  'market',
  'by',
  'wrong',
  'well',
  'green',
  'global',
  'where',
  'above',
  'along',
];
const MODAL_BEFORE = [
  'to',
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'may',
  'might',
  'let',
  'lets',
  'we',
  'you',
  'i',
  'they',
  'who',
  'and',
  'or',
  'not',
  'never',
  'also',
  'really',
  'help',
  'helps',
  'always',
];
const LETTER_BEFORE = [
  'grade',
  'plan',
  'class',
  'type',
  'level',
  'vitamin',
  'section',
  'part',
  'option',
  'appendix',
  'exhibit',
  'schedule',
  'category',
  'tier',
  'series',
  'model',
  'form',
  'phase',
  'step',
  'item',
  'a',
  'the',
  'hepatitis',
  'b',
  'to',
  'point',
  'block',
  'unit',
  'building',
  'room',
  'floor',
  'area',
  'zone',
  'group',
  'team',
  'division',
];
const LETTER_NEXT = [
  'level',
  'suite',
  'corp',
  'corporation',
  'inc',
  'ltd',
  'class',
  'grade',
  'section',
  '&',
  'license',
  'licence',
  'cdl',
  'shift',
  'team',
  'rating',
  'player',
  'students',
];

/** Rules by skill id; other ordinary-word aliases get the default (capitalised; evidence at sentence start). */
const RULES: Record<string, WordRule> = {
  go: { notBefore: VERB_GO_NEXT, notAfter: MODAL_BEFORE, needEvidence: true },
  // Excel and Outlook capitalised mid-sentence are the products ("Word, Excel and Outlook").
  'microsoft-outlook': {
    notAfter: ['the', 'an', 'our', 'positive', 'market', 'financial', 'economic', 'business', 'future', 'global'],
  },
  'microsoft-excel': {
    notBefore: ['in', 'at', 'as', 'within', 'when', 'under', 'beyond', 'through', 'by'],
    notAfter: [
      'to',
      'will',
      'can',
      'you',
      'we',
      'who',
      'and',
      'help',
      'helps',
      'could',
      'should',
      'would',
      'must',
      'not',
    ],
  },
  rust: { notAfter: ['prevent', 'prevents', 'remove', 'removing', 'of', 'from'], needEvidence: true },
  swift: {
    notBefore: [
      'response',
      'responses',
      'action',
      'resolution',
      'decision',
      'decisions',
      'turnaround',
      'delivery',
      'payment',
      'transfer',
      'code',
      'codes',
      'network',
      'messaging',
      'message',
      'messages',
    ],
    notAfter: ['a', 'be', 'is', 'are', 'very', 'and', 'with'],
    needEvidence: true,
  },
  spring: {
    notBefore: ['break', 'semester', 'term', 'season', 'cleaning', 'summer'],
    notAfter: ['this', 'next', 'last', 'in', 'the', 'early', 'late'],
    needEvidence: true,
  },
  expressjs: {
    notBefore: ['interest', 'your', 'yourself', 'ideas', 'themselves', 'concerns', 'opinions', 'clearly'],
    notAfter: ['to', 'and', 'can', 'should', 'please', 'you'],
    needEvidence: true,
  },
  'less-css': {
    notBefore: ['than', 'time', 'experienced', 'of', 'important', 'likely', 'is', 'are'],
    notAfter: ['no', 'much', 'or', 'more', 'and', 'the', 'for', 'far', 'even', 'with', 'is', 'are'],
    needEvidence: true,
  },
  r: { notBefore: LETTER_NEXT, notAfter: LETTER_BEFORE, needEvidence: true, notPhrases: [['and', 'd']] },
  c: { notBefore: LETTER_NEXT, notAfter: LETTER_BEFORE, needEvidence: true, notPhrases: [['and', 'i']] },
  'microsoft-access': {
    notBefore: [
      'to',
      'the',
      'control',
      'controls',
      'management',
      'point',
      'points',
      'rights',
      'levels',
      'level',
      'and',
      'for',
      'of',
      'request',
      'requests',
    ],
    needEvidence: true,
  },
  'microsoft-word': {
    notBefore: ['of', 'processing', 'choice', 'count', 'for'],
    notAfter: [
      'a',
      'the',
      'in',
      'one',
      'every',
      'good',
      'your',
      'our',
      'my',
      'spoken',
      'written',
      'printed',
      'last',
      'final',
    ],
    needEvidence: true,
  },
  'microsoft-teams': {
    notBefore: ['of', 'to', 'in', 'and', 'across', 'that', 'who', 'with', 'are', 'will'],
    notAfter: [
      'our',
      'your',
      'the',
      'cross',
      'functional',
      'product',
      'engineering',
      'agile',
      'scrum',
      'other',
      'across',
      'of',
      'multiple',
      'small',
      'different',
      'global',
      'development',
      'all',
      'and',
      'with',
      'in',
    ],
    needEvidence: true,
  },
};

// By default a capitalised ordinary word needs a tech neighbour or a cue: "our head Chef",
// "Ruby from accounts", "the Unity of purpose" are not tools.
const DEFAULT_RULE: WordRule = { notAfter: ['to'], needEvidence: true };

/** Tokens after which a capitalised ordinary word is likely a tech name. */
const CUE_BEFORE = new Set(['in', 'using', 'with', 'like', 'of', 'as']);
/** Tokens after an ambiguous name that make it a tech name ("Go developer", "C programming"). */
const CUE_AFTER = new Set([
  'developer',
  'developers',
  'engineer',
  'engineers',
  'programming',
  'programmer',
  'programmers',
  'language',
  'languages',
  'code',
  'coding',
  'development',
  'experience',
  'skills',
  'framework',
  'frameworks',
  'stack',
  'backend',
  'services',
  'microservices',
  'applications',
  'scripts',
  'scripting',
  'expertise',
  'knowledge',
  'proficiency',
  'projects',
  'codebase',
  'libraries',
  'apps',
  'spreadsheets',
  'macros',
  'formulas',
  'functions',
  'vlookup',
  'pivot',
  'version',
  'database',
  'databases',
]);

const ROLE_NOUNS = new Set(['master', 'masters', 'team', 'teams', 'department', 'group', 'chapter', 'guild', 'squad']);
/** Requirement phrases right after a name make it a skill: "Excel a plus", "Go is required". */
const CUE_PHRASES: readonly (readonly string[])[] = [
  ['a', 'plus'],
  ['is', 'a', 'plus'],
  ['is', 'required'],
  ['is', 'essential'],
  ['is', 'preferred'],
  ['is', 'desirable'],
  ['is', 'mandatory'],
  ['is', 'a', 'must'],
  ['required'],
  ['preferred'],
  ['essential'],
  ['desirable'],
  ['mandatory'],
  ['certification'],
  ['certified'],
  ['is', 'nice', 'to', 'have'],
  ['nice', 'to', 'have'],
  ['is', 'a', 'bonus'],
  ['a', 'bonus'],
];

function followedBy(tokens: Tokens, at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++)
    if (at + k >= tokens.count || !tokens.is(at + k, phrase[k] as string)) return false;
  return true;
}

const TECH_KINDS: ReadonlySet<SkillKind> = new Set(['language', 'tool', 'platform']);
const EVIDENCE_WINDOW = 10;

const isUpperStart = (s: string) => {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
};
const isAllUpper = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();

/** True when the token begins a sentence, line, bullet or heading (capitalisation says nothing). */
function atSentenceStart(text: string, tokens: Tokens, i: number): boolean {
  let p = (tokens.start[i] ?? 0) - 1;
  while (p >= 0) {
    const ch = text.charCodeAt(p);
    if (ch === 32 || ch === 9 || ch === 160) {
      p--;
      continue;
    }
    // newline . ! ? : bullet, dash, star, open bracket, quote (not ";": a clause goes on)
    return '\n\r.!?:•*-–—(["\'“‘·>|'.includes(text[p] ?? '');
  }
  return true;
}

/** True when the words around are mostly capitalised too (a title or heading in Title Case). */
function inTitleCase(text: string, tokens: Tokens, i: number): boolean {
  let caps = 0;
  let seen = 0;
  for (const j of [i - 2, i - 1, i + 1, i + 2]) {
    if (j < 0 || j >= tokens.count) continue;
    const w = text.slice(tokens.start[j], tokens.end[j]);
    if (!/^[A-Za-z]/.test(w) || w.length < 3) continue;
    seen++;
    if (isUpperStart(w)) caps++;
  }
  return seen >= 2 && caps >= seen - 0;
}

const SENTENCE_END = /[.!?]\s/;

function sameSentence(text: string, a: number, b: number): boolean {
  return !SENTENCE_END.test(text.slice(Math.min(a, b), Math.max(a, b)));
}

function sameLine(text: string, a: number, b: number): boolean {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const nl = text.indexOf('\n', lo);
  return nl === -1 || nl >= hi;
}

/**
 * Keeps the candidates the context supports. Unambiguous candidates pass untouched; ordinary
 * words and acronyms are checked against their text, neighbours and the rules above.
 */
export function applyContext(
  text: string,
  tokens: Tokens,
  candidates: Candidate[],
  skillAt: (i: number) => Skill,
  clauses: ClauseIndex,
  /** Is this text offset under a heading that lists what the job asks for ("Requirements", "Nice to have")? */
  inAskSection: (offset: number) => boolean = () => false,
): Candidate[] {
  const out: Candidate[] = [];
  const flagged = (c: Candidate) => c.last - c.first === 1 && (c.flags & (COMMON_WORD | GENERIC_WORD)) !== 0;
  // Evidence: clear tech mentions (not ordinary words) by token position.
  const anchors: number[] = [];
  // Looser anchors for tag lists ("reactjs django go docker"): any clear non-soft skill.
  const listAnchors: number[] = [];
  for (const c of candidates) {
    if (flagged(c)) continue;
    const kind = skillAt(c.skill).kind;
    if (kind && TECH_KINDS.has(kind)) anchors.push(c.first);
    if (kind && kind !== 'soft' && kind !== 'other') listAnchors.push(c.first);
  }
  // Anchors are in token order: a binary search finds the window.
  const near = (list: number[], c: Candidate, window: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] ?? 0) < c.first - window) lo = mid + 1;
      else hi = mid;
    }
    let n = 0;
    // A name alone on a short line ("Spring" in a one-per-line list) may lean on the lines around.
    const s0 = tokens.start[c.first] ?? 0;
    const lineStart = text.lastIndexOf('\n', s0) + 1;
    let lineEnd = text.indexOf('\n', s0);
    if (lineEnd === -1) lineEnd = text.length;
    const shortLine = lineEnd - lineStart <= 30;
    for (let k = lo; k < list.length && (list[k] ?? 0) <= c.first + window; k++) {
      const a = list[k] ?? 0;
      if (a === c.first) continue;
      const sa = tokens.start[a] ?? 0;
      // Evidence stays inside the sentence ("Ruby from accounts. Python scripting" is no list),
      // except for a name alone on a short line.
      if (shortLine || (sameLine(text, sa, s0) && sameSentence(text, sa, s0))) n++;
    }
    return n;
  };
  // "our Backend team", "the Agile team", "Scrum Master": a field naming a team or a role
  // describes the company, it is not a skill the ad asks for.
  const inJobTitle = (c: Candidate) => {
    const kind = skillAt(c.skill).kind;
    if (kind !== 'domain' && kind !== 'method') return false;
    for (let k = c.last; k < c.last + 2 && k < tokens.count; k++) if (ROLE_NOUNS.has(tokens.keyAt(k))) return true;
    return false;
  };
  // A tag list ("reactjs django go docker"): a clear skill right next to it, two within 3 tokens.
  const anchorEdges = new Set<number>();
  for (const c of candidates) {
    if (flagged(c)) continue;
    const kind = skillAt(c.skill).kind;
    if (kind !== 'soft' && kind !== 'other') {
      anchorEdges.add(c.first);
      anchorEdges.add(-c.last - 1);
    }
  }
  const inTagList = (c: Candidate) =>
    (anchorEdges.has(-c.first - 1) || anchorEdges.has(c.last)) && near(listAnchors, c, 3) >= 2;
  // Capitalised ordinary-word tech names listed together ("Go, Rust or Swift") vouch for each other.
  const listed = (c: Candidate, at: number) =>
    candidates.slice(Math.max(0, at - 3), at + 4).some((o) => {
      // Single letters ("R and D") neither vouch nor are vouched for by a list.
      if (
        o === c ||
        !(o.flags & COMMON_WORD) ||
        Math.abs(o.first - c.first) > 3 ||
        (tokens.end[o.first] ?? 0) - (tokens.start[o.first] ?? 0) < 2
      )
        return false;
      const kind = skillAt(o.skill).kind;
      return !!kind && TECH_KINDS.has(kind) && isUpperStart(text.slice(tokens.start[o.first], tokens.end[o.first]));
    });

  for (let at = 0; at < candidates.length; at++) {
    const c = candidates[at] as Candidate;
    // "We offer a gym, Apple hardware and LinkedIn Learning": perks and process, not skills.
    if (clauses.inOfferClause(c.first)) continue;
    const first = text.slice(tokens.start[c.first], tokens.end[c.first]);
    if (c.flags & NEED_UPPER && c.last - c.first === 1 && !isAllUpper(first)) continue;
    // ".NET" written as ". NET" or ".net": the word after the dot must be capitalised,
    // otherwise it is a sentence end followed by the word "net".
    if (first === '.' && c.first + 1 < tokens.count) {
      const w = text.slice(tokens.start[c.first + 1], tokens.end[c.first + 1]);
      if (!isUpperStart(w)) continue;
    }
    if (!flagged(c)) {
      // Soft skills and ESCO's generic lower-case labels ("make decisions", "flexibility") are
      // asked for in clauses about the candidate; elsewhere they describe the company.
      const skill = skillAt(c.skill);
      const gated = skill.kind === 'soft' || (skill.kind === 'other' && skill.name === skill.name.toLowerCase());
      // A line under "Requirements" is about the candidate, like a clause with a skill cue.
      if (gated && !clauses.hasSkillContext(c.first) && !inAskSection(tokens.start[c.first] ?? 0)) continue;
      if (inJobTitle(c)) continue;
      out.push(c);
      continue;
    }
    if (inJobTitle(c)) continue;
    if (c.flags & GENERIC_WORD && !(c.flags & COMMON_WORD)) {
      // "finance", "plan", "welding": a skill only where the clause is about skills, or in a tag list.
      const kind = skillAt(c.skill).kind;
      const properName = kind === 'human-language' && isUpperStart(first);
      if (properName || inTagList(c) || clauses.hasSkillContext(c.first) || inAskSection(tokens.start[c.first] ?? 0))
        out.push(c);
      continue;
    }
    const id = skillAt(c.skill).id ?? '';
    const rule = RULES[id] ?? DEFAULT_RULE;
    const prev = c.first > 0 ? tokens.keyAt(c.first - 1) : '';
    const next = c.last < tokens.count ? tokens.keyAt(c.last) : '';
    const prevOnLine = prev && sameLine(text, tokens.start[c.first - 1] ?? 0, tokens.start[c.first] ?? 0);
    const nextOnLine = next && sameLine(text, tokens.start[c.first] ?? 0, tokens.start[c.last] ?? 0);
    if (nextOnLine && rule.notBefore?.includes(next)) continue;
    if (nextOnLine && rule.notPhrases?.some((p) => followedBy(tokens, c.last, p))) continue;
    if (prevOnLine && rule.notAfter?.includes(prev)) continue;
    if (!isUpperStart(first)) {
      // Lower case is the ordinary word, except inside a tag list of other skills.
      if (first.length > 1 && inTagList(c)) out.push(c);
      continue;
    }
    const cue =
      (nextOnLine && (CUE_AFTER.has(next) || CUE_PHRASES.some((p) => followedBy(tokens, c.last, p)))) ||
      (prevOnLine && CUE_BEFORE.has(prev));
    const weakPosition = atSentenceStart(text, tokens, c.first) || inTitleCase(text, tokens, c.first);
    const single = first.length === 1;
    if (
      (rule.needEvidence || weakPosition || single) &&
      !cue &&
      near(anchors, c, EVIDENCE_WINDOW) === 0 &&
      (single || !listed(c, at))
    )
      continue;
    out.push(c);
  }
  return out;
}
