import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { parse } from 'yaml';
import { packagePath } from '../paths.js';
import { catalogFileSchemas, type CatalogFiles, type CatalogName } from './schema.js';

export class CatalogError extends Error {}

export function loadCatalogFile<K extends CatalogName>(dir: string, name: K): CatalogFiles[K] {
  const file = `${dir}/${name}.yaml`;
  const data: unknown = parse(readFileSync(file, 'utf8'), { schema: 'core', merge: false });
  const result = v.safeParse(catalogFileSchemas[name], data, { abortEarly: false });
  if (!result.success) {
    const problems = result.issues.map((issue) => `  ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
    throw new CatalogError(`${file} is not a valid ${name} catalog:\n${problems.join('\n')}`);
  }
  return result.output as CatalogFiles[K];
}

/** Reads and validates every catalog. The files ship with the package, so an error here is a bug. */
export function loadCatalogFiles(dir = packagePath('questions', 'catalogs')): CatalogFiles {
  const names = Object.keys(catalogFileSchemas) as CatalogName[];
  return Object.fromEntries(names.map((name) => [name, loadCatalogFile(dir, name)])) as CatalogFiles;
}
