/** Answers file text → located findings: what `check` prints and the wizard's review screen lists. */
import { readAnswers } from '../answers/parse.js';
import type { Problem } from '../answers/problems.js';
import type { CatalogFiles } from '../catalogs/schema.js';
import type { Language } from '../languages.js';
import { checkAnswers, locateFindings } from './check.js';
import type { LocatedFinding } from './types.js';

export type SourceCheck =
  | { ok: true; languages: Language[]; findings: LocatedFinding[] }
  | { ok: false; problems: Problem[] };

/** Structural problems (YAML, schema) stop here; otherwise every rule's findings, sorted. */
export function checkSource(
  source: string,
  file: string,
  catalogs: CatalogFiles,
  options: { languages?: Language[]; uiLanguage?: Language } = {},
): SourceCheck {
  const read = readAnswers(source, file, catalogs, options);
  if (!read.ok) return read;
  return { ok: true, languages: read.languages, findings: locateFindings(checkAnswers(read.answers, catalogs, read.languages, options.uiLanguage), read.locate) };
}
