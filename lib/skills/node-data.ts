/**
 * Node only (tests, scripts, `npm run scan`): reads the committed taxonomy data file from disk and
 * hands it to the taxonomy. Importing this module is enough; the extension never imports it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { provideTaxonomyData } from './taxonomy';

provideTaxonomyData(JSON.parse(readFileSync(fileURLToPath(new URL('./data/taxonomy.json', import.meta.url)), 'utf8')));
