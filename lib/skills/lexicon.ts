/**
 * The words and thresholds the extractor reads around a candidate skill, in one place. How they
 * combine is told in README.md ("How a word becomes a skill") and done in context.ts; rules for
 * one skill ("go the extra mile" is not Go) are data on that skill's row of data/taxonomy.json,
 * declared with the curated rows in scripts/taxonomy/curated.ts.
 *
 * Lists are written as space-separated words so they stay short; tests/unit/skills/lexicon.test.ts
 * keeps them free of duplicates.
 */
import type { ContextRule } from './schema';

/** A space-separated word list as an array. */
export const words = (list: string): readonly string[] => list.split(/\s+/).filter(Boolean);

// ---- Ordinary words that name a tool (Go, Swift, Excel): context.ts --------------------------

/** Rule for an ordinary-word name without a rule of its own: "our head Chef", "Ruby from accounts". */
export const DEFAULT_RULE: ContextRule = { notAfter: ['to'], needEvidence: true };

/** Tokens after which a capitalised ordinary word is likely a tech name ("in Go", "using Swift"). */
export const CUE_BEFORE = words('in using use used uses with like of as con de en avec d');

/** Tokens after an ambiguous name that make it a tech name ("Go developer", "Excel spreadsheets"). */
export const CUE_AFTER = words(`
  developer developers engineer engineers programming programmer programmers language languages
  code coding development experience skills framework frameworks stack backend services
  microservices applications scripts scripting expertise knowledge proficiency projects codebase
  libraries apps spreadsheets macros formulas functions vlookup pivot version database databases`);

/** Requirement phrases right after a name make it a skill: "Excel a plus", "Go is required". */
export const CUE_PHRASES: readonly (readonly string[])[] = [
  'a plus',
  'is a plus',
  'is required',
  'is essential',
  'is preferred',
  'is desirable',
  'is mandatory',
  'is a must',
  'required',
  'preferred',
  'essential',
  'desirable',
  'mandatory',
  'certification',
  'certified',
  'is nice to have',
  'nice to have',
  'is a bonus',
  'a bonus',
].map(words);

/**
 * A field right before one of these names a team, a role or a company ("Agile team", "Scrum
 * Master", "an HR company", a store's "front end cashier"), not a skill.
 */
export const ROLE_NOUNS = words(`
  master masters team teams department group chapter guild squad company companies firm agency cashier
  cashiers`);

/** A phrase ending in one of these says where a business is or who works there ("the German market"). */
export const PLACE_NOUNS = words(`
  market markets industry industries sector sectors staff people location locations zone zones timezone
  timezones`);

/**
 * Companies whose name alone in an ad is the employer or a partner (scripts/taxonomy/ambiguity.ts):
 * no phrase the extractor reads is one ("a certificate (e.g. Google Data Analytics)").
 */
export const COMPANY_NAMES = words(`
  google nvidia microsoft apple facebook twitter netflix spotify`);

/** US state and territory codes: after a place name and a comma ("Little Rock, AR") a state, not a skill. */
export const US_STATE_CODES = words(`
  al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm
  ny nc nd oh ok or pa pr ri sc sd tn tx ut vt va wa wv wi wy`);

/**
 * A company's legal form after its name ("Acme Group PLC", "Barrow plc"): where a form is also a
 * skill's name (PLC, the programmable logic controller), it is the company's when written in lower
 * case after a capitalised word, or right after one of COMPANY_FORM_BEFORE.
 */
export const COMPANY_FORMS = words(`plc`);
export const COMPANY_FORM_BEFORE = words(`
  group holdings holding bank banking brands partners industries international services
  resources capital enterprises investments properties insurance retail foods`);

/**
 * A field right before, or ending in, one of these is a job title ("Full Stack Developer",
 * "Site Reliability Engineer", "Software Engineer", "the Finance Manager"): the role the ad fills,
 * or a person's, not a skill it asks. Scientists and analysts in the plural only: "work with data
 * scientists" names colleagues, while a "Data Analyst" post still mentions data analysis.
 */
export const TITLE_NOUNS = words(`
  developer developers engineer engineers architect architects programmer programmers administrator
  administrators officer officers manager managers director directors scientists analysts`);

/**
 * Generic one-word skills that are also verbs: first on a line and followed by a word, they order
 * a task ("- Plan and schedule posts", "Support the team"), they name no skill.
 */
export const LINE_START_VERBS = words('plan support source interview pass rest');
/** After "to", one of those verbs followed by one of these has no object: "able to plan and organise" names the skill. */
export const VERB_NO_OBJECT = words('and or & ahead effectively well carefully accordingly');

/**
 * Before one of those verbs, a word other than these (or an adverb in -ly) makes it a noun: "a
 * research plan", "the treatment plan", "your site plan" name no skill; "able to plan", "structure
 * and plan your work", "you will plan" still do.
 */
export const VERB_BEFORE = words(`
  to and or & will can could must should shall may might would you we they i help helps helping also
  then who that
`);

/**
 * Words before a verb's -ed form that keep it a verb ("you have motivated teams", "has already
 * trained staff"); elsewhere the form before its object is an adjective ("highly skilled and
 * motivated employees", "an assigned project").
 */
export const PERFECT_BEFORE = words('have has had having ve already previously successfully recently who');

/** Words an acronym may leave out or keep: "FMEA" (failure mode and effects analysis), "DOE" (design of experiments). */
export const ACRONYM_SMALL_WORDS = words('of and & for the in to on with');

/**
 * Verbs that open a duty ("Maintain employee records", "Administer benefits"): a phrase the tagger
 * finds never starts with one (extract.ts): it is a task cut short, not a skill the taxonomy lacks.
 */
export const TASK_VERBS = words(`
  maintain maintains manage manages administer administers ensure ensures provide provides prepare
  prepares assist assists perform performs conduct conducts handle handles coordinate coordinates
  keep keeps deliver delivers`);

/** Right after a tool's name these are the tool's own thing ("our Snowflake warehouse", "SQL databases"), no other skill. */
export const TOOL_NOUNS = words('warehouse warehouses database databases server servers website app library');

/**
 * Working with another team: a field right after one of these and "with" ("partner with marketing
 * and sales", "work closely with engineering") is a department, not a skill the ad asks for.
 */
export const COLLABORATE_WORDS = words(`
  partner partners partnering work works working collaborate collaborates collaborating liaise liaises
  liaising coordinate coordinates coordinating align aligns aligning sync syncs syncing closely
  together functionally collaboration`);

/** "Gather requirements from sales, customer success and finance": what is asked of departments ("from"). */
export const ASK_FROM_WORDS = words('requirements requests feedback input queries questions');

/** Departments that stand in a list with such a field ("with product, engineering and marketing"). */
export const DEPARTMENT_WORDS = words(`
  product engineering marketing sales finance design operations ops data legal hr it support
  research analytics security compliance procurement leadership tech technology growth brand
  creative content people talent recruiting commercial business partnerships insights science
  platform infrastructure qa devops ux ui customer success clinical accounting payroll logistics r&d`);

/** Words that may follow a department named so ("with marketing on launches", "with sales to …"). */
export const DEPARTMENT_NEXT_WORDS = words(`
  and or on to in for at around across from as so when while throughout during colleagues
  stakeholders leads partners counterparts team teams department departments`);

/** A field after one of these and "of" is a post ("Head of Finance", "VP of Engineering"), not a skill asked. */
export const HEAD_OF_WORDS = words('head heads vp svp evp director directors manager chief president');

/** Job titles a phrase the tagger finds never ends in ("our content lead", "the HR coordinator"). */
export const TITLE_WORDS = words(`
  lead leads head heads manager managers director directors coordinator coordinators specialist
  specialists assistant assistants officer officers technician technicians`);

/** A degree right before one of these names the post itself ("PhD student", "PhD position"), not a degree asked. */
export const DEGREE_POST_NOUNS = words(`
  student students position positions fellowship fellowships scholarship scholarships studentship
  programme programmes program programs stipend candidate candidates thesis project projects`);

/**
 * Words of a sentence about the company ("a global leader in financial services", "a SaaS
 * start-up"): a field named there, without a word about skills, is what the company does.
 */
export const COMPANY_WORDS = words(`
  leader leaders leading startup start-up scale-up founded headquartered provider providers pioneer
  pioneering industry-leading`);

/**
 * The company speaking of itself ("we build e-commerce platforms"): a field in such a sentence,
 * without a word about skills or an asks heading, is what the company does, not what it asks.
 * ("our platform" is no such sign: "you will scale our e-commerce platform" is the job.)
 */
export const COMPANY_VOICE_WORDS = words(`we we're we’re we've we’ve`);
/** "we" stands at most this many tokens before the field ("We build large e-commerce platforms"). */
export const COMPANY_VOICE_REACH = 10;
/** Words between "we" and a skill-context word the company says of itself ("we are a leading specialist"): clauses.ts. */
export const COMPANY_SELF_WORDS = words(`are a an the leading highly also`);

/** Words that open a verb's object ("driving a …", "driving our …"): see ContextRule.objects in schema.ts. */
export const DETERMINERS = words('a an the our your their its this these that those');
/** A verb's object named in a context rule stands at most this many tokens after the determiner. */
export const OBJECT_REACH = 4;

/** A unit of a university or a company: "Department of Biology", "Centre for Quantum Devices" (context.ts). */
export const INSTITUTION_WORDS = words(`
  department departments faculty faculties school institute centre center division chair section
  laboratory lab college academy`);

/** "No CDL required", "no degree needed": with "no" before the name and one of these after it, the ad asks nothing. */
export const NOT_ASKED_AFTER = words('required needed necessary');

/** English idioms whose words name skills elsewhere: "state-of-the-art" is no art, "no matter" no Matter, "senior leadership" no Leadership. */
export const IDIOMS: readonly (readonly string[])[] = [
  'state of the art',
  'no matter',
  // a grid's operator, not a mechanical transmission system
  'transmission system operator',
  'transmission system operators',
  'comfort zone',
  // "sound" as in thorough, not acoustics
  'sound knowledge',
  'sound understanding',
  'sound experience',
  // the people at the top, not the skill: "present findings to senior leadership"
  'senior leadership',
  'executive leadership',
  'leadership team',
  'leadership teams',
  // a delivery service partner, not digital signal processing
  'amazon dsp',
  // a programmer's queue, not a kitchen's stock rotation
  'fifo queue',
  'fifo queues',
  'fifo buffer',
  'fifo buffers',
  // a manager's verb and its object, not driving a vehicle: "driving adoption and renewals"
  'driving adoption',
  'driving growth',
  'driving revenue',
  'driving results',
  'driving change',
  'driving engagement',
  'driving innovation',
  'driving efficiency',
  'driving improvement',
  'driving improvements',
  'driving performance',
  'driving value',
  'driving impact',
  'driving forward',
  'driving decisions',
  // how the company hires, not the skill: "as part of our recruitment process", "no recruitment agencies"
  'recruitment process',
  'recruitment processes',
  'recruitment agency',
  'recruitment agencies',
  // the company hiring, not the skill: "we are recruiting a Social Worker"
  'are recruiting',
  'is recruiting',
  'now recruiting',
  'currently recruiting',
  "we're recruiting",
  'we’re recruiting',
  // a workplace, not the skill: "a large teaching hospital"
  'teaching hospital',
  'teaching hospitals',
  // where the company posts: "follow us on social media", "search Acme across social media"
  'us on social media',
  'across social media',
  // how the work is done, not a skill asked for: "in close collaboration with the sales team"
  'in collaboration with',
  'in close collaboration',
  // a person's drive, not the energy sector: "a high level of energy", "positive energy"
  'level of energy',
  'high energy',
  'positive energy',
  'full of energy',
  'lots of energy',
  'energy and drive',
  'energy and enthusiasm',
  'your energy',
  'energy into',
  'more energy',
  'energy and resources',
  // how much, not a diploma: "a high degree of ownership", "to some degree"
  'high degree of',
  'a degree of',
  'large degree of',
  'great degree of',
  'some degree of',
  'certain degree of',
  'to a degree',
  'to some degree',
  // how the company hires: "Application procedure", "the application process"
  'application process',
  'application processes',
  'application procedure',
  'application procedures',
  // the company handling the applicant's papers: "we will process your application quickly"
  'process your application',
  'process your applications',
  // a statement an academic application asks for, not the subject taught
  'teaching philosophy',
  // what the company gives, not what it asks: "a high degree of creative freedom"
  'creative freedom',
].map(words);

/**
 * A language name right before one of these is a nationality or a country's rules ("Danish
 * citizens", "Danish GAAP", "Danish tax rules"), not a language skill.
 */
export const NATIONALITY_NOUNS = words(`
  citizen citizens citizenship nationals national nationality residents passport passports market markets
  company companies government authorities law university universities confederation office offices
  system grading education educations lessons classes society state kroner krone gaap legislation
  regulations rules standards tax`);

/**
 * A language name followed by a lower-case word is an adjective ("Danish health industry", "East
 * Danish population") unless the word is one of these ("English skills", "Danish is a must",
 * "English and German", "English at business level", "speak English well").
 */
export const LANGUAGE_NEXT_WORDS = words(`
  and or nor as at is are was be being both skills skill language languages proficiency proficient
  fluency fluent fluently level levels speaker speakers speaking spoken writing written reading native
  mother communication communications would will required essential preferred desirable mandatory
  plus a an to in on for with well knowledge necessary also too advantage certificate certification test
  orally oral verbally verbal business professional professionally`);

/**
 * "The application must be in English", "attach a translation into English": a language named
 * after "in" or "into" in a clause with one of these words is how to apply, not a skill asked.
 */
export const APPLYING_WORDS = words(`
  apply application applications applying submit submitted attach attached enclose enclosed cv
  translation translated publications`);
/** Tokens looked at on each side of a language name for APPLYING_WORDS, in its sentence. */
export const APPLYING_REACH = 25;

/** "knowledge of excel", "proficiency in swift": a lower-case tool name after these two words is the tool. */
export const SKILL_PHRASE_BEFORE = words(`
  knowledge experience experienced proficiency proficient skills skilled expertise familiarity familiar
  competence competent fluency fluent`);
export const SKILL_PHRASE_LINK = words('of in with');

/** Characters before a token that put it at the start of a sentence, line, bullet or heading (not ";"). */
export const SENTENCE_START_CHARS = '\n\r.!?:•*-–—(["\'“‘·>|';

/** Evidence for an ambiguous name: a clear tech skill at most this many tokens away, same sentence. */
export const EVIDENCE_WINDOW = 10;
/** A tag list ("reactjs django go docker"): this many clear skills within TAG_LIST_WINDOW tokens. */
export const TAG_LIST_MIN_SKILLS = 2;
export const TAG_LIST_WINDOW = 3;
/** Capitalised tech names at most this many tokens apart vouch for each other ("Go, Rust or Swift"). */
export const NAME_LIST_WINDOW = 3;
/** A line this short holding a name ("Spring" alone in a list) may take its evidence from the lines around. */
export const SHORT_LINE_CHARS = 30;
/** A Title Case line: at least this many words of 3+ letters around the name, all capitalised. */
export const TITLE_CASE_MIN_WORDS = 2;
export const TITLE_CASE_MIN_WORD_LENGTH = 3;
export const TITLE_CASE_REACH = 2;
/** A role noun up to this many tokens after a field makes it a team name ("Agile delivery team"). */
export const ROLE_NOUN_REACH = 2;

// ---- Clauses about skills, cues and offers: clauses.ts ---------------------------------------

/** Cue words: explicit ones outrank the section; weak ones ("Strong JS") count only without one. */
export const REQUIRED_CUES = words(`
  must required require requires requirement essential mandatory need needed imprescindible
  obligatorio requisito indispensable exigé exigée requis`);
export const PREFERRED_CUES = words(`
  bonus preferred preferably preferable desirable desired ideally advantage advantageous beneficial
  optional asset pluses valorable deseable souhaité souhaitée apprécié appréciée atout`);
export const WEAK_REQUIRED_CUES = words('strong solid proficient proficiency expert expertise extensive thorough');
/** Words that are cues only inside a phrase ("a plus", "nice to have", "you have", "3 years"). */
export const CUE_PHRASE_WORDS = words('plus nice good great have years year yrs');

/**
 * Words that show a clause is about the candidate's skills ("experience in finance") or the job's
 * duties ("responsible for payroll and employment law", "your tasks include…").
 */
export const SKILL_CONTEXT_WORDS = words(`
  experience experienced experiences knowledge knowledgeable skill skills skilled understanding
  familiar familiarity background expertise expert degree fields disciplines ability abilities must required
  requirement requirements essential mandatory preferred plus bonus desirable strong solid trained
  training year years specialist nice excellent outstanding effective exceptional demonstrated
  proven able good responsible responsibilities responsibility tasks duties profile bsc msc phd beng meng
  experiencia conocimiento conocimientos habilidades habilidad dominio manejo requisitos requisito
  imprescindible valorable deseable formación titulación capacidad tareas funciones responsabilidades
  responsable perfil requiere requerido requerida nivel eres
  expérience connaissance connaissances compétences compétence maîtrise maitrise exigé exigée requis
  souhaité souhaitée apprécié appréciée atout formation diplôme capacité missions tâches
  responsabilités profil maîtrisez maitrisez niveau êtes savez
  esperienza conoscenza conoscenze competenze competenza requisiti capacità laurea
  erfahrung kenntnisse kenntnis fähigkeiten anforderungen ausbildung studium`);
/** Word beginnings with the same role ("proficient", "competency", "certified", "qualified"). */
export const SKILL_CONTEXT_PREFIXES = words('proficien competen certifi qualifi specialis specializ advantage');
/** Only words at least this long are checked against SKILL_CONTEXT_PREFIXES. */
export const SKILL_CONTEXT_PREFIX_MIN_LENGTH = 8;
/** A generic word counts when a skill-context word stands at most this many tokens away in its clause. */
export const SKILL_CONTEXT_WINDOW = 10;

/** Words of the other parts of an ad: what the company offers, how to apply (who applies, the papers to send: "CV", "transcripts"), equal opportunity. */
export const OFFER_WORDS = words(`
  offer offers benefits benefit perks holiday holidays vacation gym lunch lunches vouchers insurance
  pension discount discounts salary salaries equal discrimination gender religion orientation
  disability veteran interview recruiting visa relocation parental bike fruit applicant
  applicants cv vitae resume résumé transcripts stipend stipends`);
/** An offer word right before one of these is a recruiter's task ("send offer letters") or a payroll one ("calculate holiday pay"), not a perk. */
export const OFFER_TASK_NOUNS = words('letter letters negotiation negotiations pay');
/** An offer word right after one of these is a recruiter's or an agent's task ("negotiate offers", "extend offers"). */
export const OFFER_TASK_VERBS = words(`negotiate negotiates negotiating make makes making extend extends extending
  present presents presenting prepare prepares preparing send sends sending issue issues issuing`);
/** "Applicants should know Python": the applicant before a modal is who an ask is put to, not how to apply. */
export const APPLICANT_WORDS = words('applicant applicants');
export const ASK_MODALS = words('should must shall will need needs');

// ---- Years of experience: clauses.ts, extract.ts ---------------------------------------------

export const YEAR_WORDS = words('years year yrs yr');
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
};
/** A stated number of years above this is not experience ("100 years of history"). */
export const MAX_YEARS = 40;
/** "Python (5 years)": the phrase gives its years to a skill at most this many characters before it. */
export const YEARS_AFTER_SKILL_CHARS = 60;

/** Every word a clause scan looks for; the tokenizer marks them (see WordTable in matcher.ts). */
export const CLAUSE_WORDS: readonly string[] = [
  ...new Set([
    ...REQUIRED_CUES,
    ...PREFERRED_CUES,
    ...WEAK_REQUIRED_CUES,
    ...CUE_PHRASE_WORDS,
    ...SKILL_CONTEXT_WORDS,
    ...YEAR_WORDS,
    ...OFFER_WORDS,
  ]),
];

// ---- Section headings: requirements.ts -------------------------------------------------------

export const PREFERRED_HEADING =
  /\b(nice[\s-]to[\s-]haves?|bonus(?: points)?|preferred|preferences|pluses|desirable|desired|good[\s-]to[\s-]haves?|extra credit|additional (?:qualifications|skills)|would be great|would be nice|ideally|it'?s a plus|even better|brownie points|assets?|se valora(?:rá)?|valorable|deseable|atouts?|souhaité(?:e)?s?|apprécié(?:e)?s?)\b/i;
export const REQUIRED_HEADING =
  /\b(requirements?|required|qualifications?|what you(?:'|’)?ll need|what you will need|what you need|what we(?:'|’)?re looking for|what we are looking for|must[\s-]haves?|you have|you bring|you(?:'|’)?ll have|who you are|about you|your profile|your skills|skills(?: and| &) experience|essential|minimum|basic|key skills|experience|competencies|what you bring|we(?:'|’)?re looking for|we are looking for|the ideal candidate|you should have|your background|you to have|we expect|what we expect|we require|you need|you must have|to be considered|to qualify|requisitos?|perfil|se requiere|profil(?: recherché)?|compétences(?: requises)?|exigences|requisiti|anforderungen|ihr profil)\b/i;
/** Duties ("Responsibilities", "What you'll do"): no requirement strength, but the lines name skills the job uses. */
export const DUTIES_HEADING =
  /\b(responsibilities|what you(?:'|’)?ll do|what you will do|you(?:'|’)?ll|you will|in this role|duties|your role|the role|day[\s-]to[\s-]day|key tasks|your tasks|your impact|funciones|responsabilidades|tareas|missions?|tâches|mansioni|aufgaben)\b/i;
/**
 * What the company gives ("Benefits", "What we offer", "Perks"): the heading's line and the short
 * lines under it (at most OFFER_ITEM_MAX_CHARS: a list of perks) name perks, not skills.
 */
export const OFFERS_HEADING =
  /\b(benefits|perks|what we offer|we offer|our offer|what(?:'|’)?s in it for you|why join us|why work with us|ofrecemos|beneficios|nous offrons|avantages|offriamo|wir bieten)\b/i;
export const OFFER_ITEM_MAX_CHARS = 80;
/** A line without a colon is a heading only when every word is one of these ("Preferred Qualifications"). */
export const HEADING_WORDS = words(`
  requirements requirement required qualifications qualification what you you'll you’ll will need
  we're we’re are looking for must have haves must-have must-haves who about your profile skills
  skill and & experience essential minimum basic key competencies bring the ideal candidate should
  background nice to nice-to-have nice-to-haves bonus points preferred preferences pluses plus
  desirable desired good additional extra credit would be great it's a ideally even better brownie
  assets asset technical our responsibilities do duties role day-to-day day tasks impact
  requisitos requisito mínimos perfil buscado se requiere funciones responsabilidades tareas
  ofrecemos beneficios valora valorará valorable deseable profil recherché compétences requises
  exigences votre vos missions mission tâches nous offrons avantages atouts atout requisiti
  mansioni offriamo anforderungen ihr ihre aufgaben wir bieten
  `);

// ---- Skill slots: a phrase the taxonomy lacks, read from where ads put skills (slots.ts) ----------

/** Nouns an ad puts before the skill it asks ("experience in", "a degree in", "knowledge of"). */
export const SLOT_HEADS = words(`
  experience knowledge background expertise proficiency degree degrees understanding familiarity
  skills education training qualification qualifications studies masters master phd msc bsc
  bachelor`);
/** The preposition between the noun and the skill. */
export const SLOT_LINKS = words('in of with within');
/** Words stepped over at the start of the slot ("experience in the …", "knowledge of modern …"). */
export const SLOT_SKIP = words(`
  a an the one some any all these those this that our your their its such similar relevant related
  general basic good solid strong deep broad excellent advanced working sound proven extensive
  practical hands-on either both other various different multiple several how what which
  preferably ideally eg ie`);
/** A word that ends the phrase ("experience in X and Y", "knowledge of X from …"), as do SLOT_SKIP's. */
export const SLOT_FILLER_STOPS = words(`
  and or nor but as at by for from in into of on to with within without is are was be been being
  will would can could should must you we they it he she i e etc including like using via through
  behind where when while who whom whose than then also plus preferred required essential desirable
  mandatory advantage advantageous beneficial needed necessary`);
/**
 * A phrase ending in one of these names no skill but a place for one ("experience in a related
 * field", "knowledge of the following areas", "experience in a similar role").
 */
export const SLOT_PLACEHOLDERS = words(`
  field fields area areas role roles position positions environment environments company companies
  organisation organization organisations organizations team teams capacity ability abilities
  importance aspect aspects following subject subjects way ways employee employees level levels
  matter matters thing things topic topics setting settings life world skills knowledge
  experience verbal written oral spoken`);
/** A slot that opens a clause ("understanding of what our members do", "knowledge of how X works") names no skill. */
export const SLOT_CLAUSE_WORDS = words('how what which why whether');
/** Verbs that follow their subject, not a skill's name: "what our members do", "teams have". */
export const VERBS_AFTER_NOUN = words('do does did have has had get gets got make makes made');
/** A slot phrase holds at most this many words. */
export const SLOT_MAX_TOKENS = 4;

// ---- Examples in brackets: brackets.ts -------------------------------------------------------

/** "AWS (Lambda, ECS, Aurora)": brackets right after a skill list its examples, up to this many tokens. */
export const EXAMPLES_MAX_TOKENS = 12;
/** Words that introduce the examples or close the list ("e.g.", "such as", "etc."): no names. */
export const EXAMPLE_WORDS = words('e.g eg i.e ie etc incl including like such as or and similar');
