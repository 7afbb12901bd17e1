import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { parse } from 'yaml';
import { compiledOr, packagePath } from '../paths.js';
import { type CatalogFiles, type CatalogName, catalogFileSchemas } from './schema.js';

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

export const CATALOGS_DIR = packagePath('questions', 'catalogs');

/**
 * Every catalog, validated. The YAML in questions/catalogs is the source of truth; the bundle
 * reads the JSON the build compiled from it (already validated), unless asked for a folder.
 */
export function loadCatalogFiles(dir?: string): CatalogFiles {
  const names = Object.keys(catalogFileSchemas) as CatalogName[];
  const fromYaml = (folder: string) => Object.fromEntries(names.map((name) => [name, loadCatalogFile(folder, name)])) as CatalogFiles;
  return dir === undefined ? compiledOr('catalogs', () => fromYaml(CATALOGS_DIR)) : fromYaml(dir);
}
