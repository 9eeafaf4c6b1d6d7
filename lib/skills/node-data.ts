/**
 * Node only (tests, scripts, `npm run scan`): reads the committed taxonomy data file from disk and
 * hands it to the taxonomy. Importing this module is enough; the extension never imports it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { provideTaxonomyData } from './taxonomy';
import { provideTaggerData } from './tagger';

provideTaxonomyData(JSON.parse(readFileSync(fileURLToPath(new URL('./data/taxonomy.json', import.meta.url)), 'utf8')));
provideTaggerData(JSON.parse(readFileSync(fileURLToPath(new URL('./data/tagger.json', import.meta.url)), 'utf8')));
