/** `privacy-wizard schema`: prints the answers file's JSON Schema that ships with the package (no UI loaded). */
import { readFileSync } from 'node:fs';
import { EXIT_OK } from '../core/outcome.js';
import { packagePath } from '../core/paths.js';

export const SCHEMA_FILE = 'schema/answers.schema.json';

export function printSchema(): number {
  process.stdout.write(readFileSync(packagePath(SCHEMA_FILE), 'utf8'));
  return EXIT_OK;
}
