/** In-process replay of an answers file, for tests that look at views and rendered text. */
import { readFileSync } from 'node:fs';
import type { Answers } from '../../source/core/answers/schema.js';
import { loadCatalogFiles } from '../../source/core/catalogs/load.js';
import type { Language } from '../../source/core/languages.js';
import { readForReplay } from '../../source/core/pipeline.js';

export const catalogs = loadCatalogFiles();

export function loadAnswers(file: string): { answers: Answers; languages: Language[] } {
  const result = readForReplay(readFileSync(file, 'utf8'), file, catalogs);
  if (!result.ok)
    throw new Error(`${file} is invalid:\n${result.problems.map((p) => `${p.line}:${p.col} ${p.path} ${p.message}`).join('\n')}`);
  return result;
}
