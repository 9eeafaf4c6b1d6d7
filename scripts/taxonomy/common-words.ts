/**
 * Tool and language names that are also ordinary words in job ads, beyond what the corpus count
 * in build-taxonomy.ts finds (curated data). The extractor only accepts them with
 * capitalisation and context, never drops them outright.
 */
export const AMBIGUOUS_WORDS: readonly string[] = [
  'go', 'rust', 'swift', 'spring', 'express', 'less', 'chef', 'puppet', 'unity', 'access', 'word', 'teams',
  'shell', 'scheme', 'julia', 'pig', 'ruby', 'dart', 'elixir', 'crystal', 'excel', 'node', 'spark', 'elastic',
  'lambda', 'rails', 'epic', 'outlook', 'project', 'slack', 'zoom', 'box', 'notion', 'pure', 'red', 'ring',
  'factor', 'self', 'clean', 'pan', 'io', 'pony', 'grace', 'nu', 'ox', 'oz', 'max', 'monkey', 'reason', 'stan',
  'alloy', 'chapel', 'click', 'cool', 'curry', 'forth', 'hack', 'harbour', 'just', 'lean', 'limbo', 'mercury',
  'opal', 'papyrus', 'pascal', 'pike', 'processing', 'sage', 'sail', 'slash', 'slice', 'squirrel', 'terra', 'volt',
  'turing', 'logos', 'mask', 'glyph', 'genie', 'fancy', 'nit', 'pep', 'boo', 'cycript', 'wisp', 'lasso', 'mirah',
  'shen', 'frege', 'ballerina', 'cairo', 'boogie', 'dafny', 'jolie', 'janet', 'moonscript', 'quake', 'rebol', 'zap',
  'vue', 'mongo', 'lambda', 'flask', 'jest', 'mocha', 'chai', 'jasmine', 'karma', 'gulp', 'grunt', 'ember',
  'backbone', 'meteor', 'mean', 'polymer', 'bootstrap', 'foundation', 'tailwind', 'storm', 'hive', 'flume', 'beam',
  'airflow', 'prefect', 'luigi', 'dagster', 'kinesis', 'glue', 'athena', 'redshift', 'aurora', 'neptune', 'cloud',
  'compass', 'atlas', 'realm', 'tableau', 'looker', 'mode', 'domo', 'qlik', 'sisense', 'alteryx', 'knime',
];
