/**
 * What the taxonomy build declares about names that are also ordinary words (curated data):
 * the words always treated as such, and the word lists several context rules share. The rules
 * themselves sit on the curated rows (curated.ts); the extractor's own words and thresholds are
 * in lib/skills/lexicon.ts, and README.md in lib/skills tells how they combine.
 */

/** A space-separated word list as an array. */
export const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/**
 * Tool and language names that are also ordinary words in job ads, beyond what the corpus count
 * in build-taxonomy.ts finds ("daily notes" is no IBM Notes, a building's intercom no Intercom).
 * The extractor accepts them only with capitalisation and context, never drops them outright.
 * Each must be a one-word key of a tool, language or platform
 * (tests/unit/skills/context-rules.test.ts): a word that names nothing in the taxonomy does nothing.
 */
export const AMBIGUOUS_WORDS: readonly string[] = words(`
  go rust swift spring express less chef puppet unity access word teams shell scheme julia pig
  ruby dart elixir crystal excel node spark elastic lambda rails epic outlook project slack zoom
  notion red ring factor self clean pan io pony grace nu ox oz max monkey reason stan alloy
  chapel click cool curry forth hack harbour just lean limbo mercury opal papyrus pascal pike
  processing sage sail slash slice squirrel terra volt turing logos glyph genie fancy nit boo
  cycript wisp lasso mirah shen frege ballerina cairo boogie dafny jolie janet moonscript quake
  rebol zap vue mongo flask jest mocha chai jasmine gulp ember backbone meteor mean bootstrap
  tailwind hive flume airflow kinesis redshift tableau edge square medium micro sketch matter
  sentry celery presto jaeger prisma swagger promise extension workday intercom notes maze hilt electron carbon dry
  magic parquet druid iceberg matrix`);

/**
 * Ordinary words the prose count in build-taxonomy.ts misses, mostly job titles and office words
 * that sources turn into product names by dropping a vendor ("Oracle Designer" -> "Designer",
 * "Google Checkout" -> "Checkout") or spell as acronyms ("CALL", "PASS"), and what ads abbreviate:
 * a company ("Acme Inc": a Linguist alias of PHP), a time zone ("5pm CST"), a state or a scan
 * ("Hartford, CT", "CT scans"), a hotel's spa, a city (a GitHub topic), a "fast casual" restaurant;
 * "flex time" (the Flex lexer, an alias of Lex); "diary management" (Power Diary); a care home named
 * "Sunrise" (Allscripts Sunrise); a browser's console (ShellSession); a "Gold" card (precious
 * metals); "shift coverage" (test coverage), "spreadsheet formulas" (algorithms), "Sales
 * Navigator" (Bentley Navigator), "reset passwords" (CSS resets), a kitchen's containers, "smoke
 * tests" (Autodesk Smoke), "lease renewals" (Visual Lease), "financial arrangements" (an Economics
 * alias, "financials"), "photo editing" (a tool named Image), "fatigue calculations" (Geometry), "batch and streaming pipelines" (Batchfile), "take orders on a tablet", "highlighting risks" (Hair colouring), "prediction of demand" (Similitude), "we love adventure" (a GitHub topic on adventure games), "write docs" (Google Docs without its vendor), an "FTC role" (a fixed-term contract, not FIRST Tech Challenge), "picking and packing" (packaging engineering), "the debate on policy" (rhetoric), "Trados Studio" (Automation Studio), "Sounds like you?" (acoustics), "claim reserves" (making reservations), "reactive and planned maintenance" (a GitHub topic), a "Painter and Decorator" (Corel Painter), "contact Elisa" (the ELISA assay, in capitals only). A source alias spelled so is dropped, as for any ordinary word; each must
 * name some source alias (the build checks).
 */
export const ORDINARY_WORDS: readonly string[] = words(`
  call pass designer director checkout classroom calendar maintenance contribute
  colleague curriculum rest fastest finder spectrum
  inc cst ct spa nashville casual flex diary bootcamp design sunrise console gold
  coverage formulas navigator reset containers smoke lease financials fsa protocol photos calculation
  batch tablet highlighting prediction adventure docs ftc packing debate studio sounds noises reserve reactive
  painter elisa`);

/**
 * O*NET products named in full by an ordinary phrase of job ads ("Site Manager", a document
 * management system, read every construction ad's title): left out of the taxonomy, their
 * published id moved to the skill named here.
 */
export const ONET_LEFT_OUT: Readonly<Record<string, string>> = { 'site manager': 'Document management' };

/**
 * Phrases every ad uses in their ordinary sense that a source lists as a label: a product's short
 * name made by dropping the vendor ("Amazon Data Pipeline" -> "Data Pipeline"), a product named
 * by a phrase, an alternative label of a soft skill. A source alias spelled so is dropped (the
 * skill's other names still match).
 */
export const ORDINARY_PHRASES: readonly string[] = [
  'data pipeline',
  'data pipelines',
  // ESCO's "project commissioning" lists them: they are project management, not commissioning
  'project management process',
  'process of project management',
  // "you will be responsible for…" states a duty, not the soft skill
  'be responsible',
  // "use spreadsheet formulas": spreadsheets (ESCO lists it under "use mathematical tools and equipment")
  'use spreadsheet',
  'use spreadsheets',
  // "fault finding and testing" (an electrician's) is no O*NET fault testing software
  'fault testing',
  // ESCO's "monitor train schedules" (railways) by other verbs: keyed "train schedul", they read an
  // office's "coordinates training schedules"; the preferred label still matches
  'coordinate train schedules',
  'maintain train schedules',
  'manage train schedules',
  'oversee train schedules',
  // ESCO's statistics: "we use this data to…" is the company's, not a skill
  'use of data',
  // ESCO's "process applications" (permits, documents): every ad says it "receives applications"
  'receive applications',
  // …and "complete the application form" is the applicant's
  'complete applications',
  // ESCO's "train routes" keyed by the stem "train": a company's "Training Network"
  'train network',
  // ESCO lists it under physics: a degree "in natural sciences" is broader
  'natural science',
  // ESCO's "advise on customs regulations": "advise customers on mortgages" is no customs
  'advise customers',
  // ESCO's "manufacturing of tools": "a build tool such as Gradle" is Build automation
  'build tooling',
];

/**
 * ESCO's Spanish and French labels that, once accents are folded as the extractor folds them, are
 * ordinary words of that language: "finés" (Finnish) reads "fines" ("fines de semana", weekends).
 * Dropped from the translations (the skill's other labels still match).
 */
export const ORDINARY_TRANSLATED: Readonly<Record<'es' | 'fr', readonly string[]>> = {
  // (securities, which met Cybersecurity's "security") "nuestros valores" are a company's values;
  // a "título" is a diploma
  es: ['finés', 'valores', 'títulos'],
  // (repossession) "saisie des factures" is data entry of invoices
  fr: [
    'saisie',
    // (motion graphics) a care home's or a holiday camp's "animations" are its activities
    'animations',
  ],
};

/**
 * Companies whose name alone in an ad is the employer or a partner, not a skill: their products
 * ("Google Analytics", "Microsoft Excel") match, the bare name never does. Each must be a
 * one-word label of some skill (the build checks). The extractor shares the list: no phrase it
 * reads is a bare company name either.
 */
export { COMPANY_NAMES } from '../../lib/skills/lexicon';

/** `objects` of Driving: what one drives ("driving a van", "driving the company's vehicles"); another object ("driving a culture of learning") is a manager's verb. */
export const DRIVING_OBJECTS = words(`
  van vans vehicle vehicles car cars truck trucks lorry lorries bus buses coach coaches minibus
  minibuses taxi taxis cab cabs tractor tractors forklift forklifts hgv lgv hgvs lgvs tanker
  tankers trailer trailers ambulance ambulances fleet tonne ton route routes`);

/** `notBefore` of Go: next words that make it the verb ("go the extra mile", "go above and beyond"). */
export const GO_NOT_BEFORE = words(`
  to the live beyond above ahead far further extra back out through over into from get getter
  getters a an after for on up down forward places deeper deep faster fast big home hand
  market by wrong well green global where along`);

/** `notAfter` of names that are verbs: previous words that make them one ("ready to go", "we go"). */
export const VERB_NOT_AFTER = words(`
  to will would can could should must may might let lets we you i they who and or not never also
  really help helps always`);

/** `notAfter` of one-letter names: previous words that make the letter a label ("grade C", "Plan B"). */
export const LETTER_NOT_AFTER = words(`
  grade plan class type level vitamin section part option appendix exhibit schedule category tier
  series model form phase step item a the hepatitis b to point block unit building room floor area
  zone group team division &`);

/** `notBefore` of one-letter names: next words that make the letter a label ("C-level", "R&D", "C licence"). */
export const LETTER_NOT_BEFORE = words(`
  level suite corp corporation inc ltd class grade section & license licence cdl shift team
  rating player students`);
