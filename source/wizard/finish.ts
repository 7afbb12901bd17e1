/** The end of a session: the answers become the same files replay writes (no UI involved). */
import { stringify } from 'yaml';
import { parseAnswers } from '../core/answers/parse.js';
import type { Problem } from '../core/answers/problems.js';
import type { CatalogFiles } from '../core/catalogs/schema.js';
import { renderOutputs } from '../core/render/outputs.js';
import { writeFilesAtomically } from '../io/write-files.js';

export function writeNotice(
  answers: Record<string, unknown>,
  catalogs: CatalogFiles,
  outDir: string,
): { ok: true; written: string[] } | { ok: false; problems: Problem[] } {
  const result = parseAnswers(stringify(answers, { lineWidth: 0 }), 'answers', catalogs);
  if (!result.ok) return result;
  return { ok: true, written: writeFilesAtomically(outDir, renderOutputs(result.answers, catalogs, result.languages)) };
}
