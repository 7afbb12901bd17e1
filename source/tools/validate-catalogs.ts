/**
 * Development aid: `node dist/validate-catalogs.js [name ...]` checks the named catalogs
 * in questions/catalogs (all when none is named), then, once all exist, their cross-references.
 */
import { existsSync } from 'node:fs';
import { CATALOGS_DIR, loadCatalogFile, loadCatalogFiles } from '../core/catalogs/load.js';
import { danglingReferences } from '../core/catalogs/references.js';
import { type CatalogName, catalogFileSchemas } from '../core/catalogs/schema.js';

const dir = CATALOGS_DIR;
const all = Object.keys(catalogFileSchemas) as CatalogName[];
const names = process.argv.length > 2 ? (process.argv.slice(2) as CatalogName[]) : all;
let failed = false;
for (const name of names) {
  if (!existsSync(`${dir}/${name}.yaml`)) {
    console.log(`${name}: missing`);
    failed = true;
    continue;
  }
  try {
    loadCatalogFile(dir, name);
    console.log(`${name}: ok`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    failed = true;
  }
}
if (!failed && names.length === all.length) {
  const problems = danglingReferences(loadCatalogFiles(dir));
  for (const problem of problems) console.error(problem);
  failed = problems.length > 0;
  console.log(failed ? `${problems.length} cross-reference problem(s)` : 'cross-references ok');
}
process.exitCode = failed ? 1 : 0;
