/** `npm run schema`: regenerates schema/answers.schema.json from the answers schema and catalogs. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { answersJsonSchema } from '../core/answers/json-schema.js';
import { CATALOGS_DIR, loadCatalogFiles } from '../core/catalogs/load.js';
import { packagePath } from '../core/paths.js';

mkdirSync(packagePath('schema'), { recursive: true });
const file = packagePath('schema', 'answers.schema.json');
writeFileSync(file, `${JSON.stringify(answersJsonSchema(loadCatalogFiles(CATALOGS_DIR)), null, 2)}\n`);
console.log(`wrote ${file}`);
