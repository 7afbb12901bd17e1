/** The end of a session: the answers become the same files replay writes (no UI involved). */
import type { CatalogFiles } from '../core/catalogs/schema.js';
import type { DocumentOption } from '../core/formats.js';
import { checkForReplay, type PathProblem } from '../core/pipeline.js';
import { generate } from '../core/pipeline-generate.js';
import { writeOutputs } from '../io/write-files.js';

export type FinishOutcome = { ok: true; written: string[] } | { ok: false; problems: PathProblem[] } | { ok: false; writeFailed: string };

/** The wizard's answers through the same gate and renderers as a replay; a write error is an outcome, not a throw. */
export async function writeNotice(
  answers: Record<string, unknown>,
  catalogs: CatalogFiles,
  outDir: string,
  documents?: DocumentOption[],
): Promise<FinishOutcome> {
  const result = checkForReplay(answers, catalogs);
  if (!result.ok) return result;
  const written = await writeOutputs(outDir, generate(result.model, { languages: result.languages, documents }));
  return written.ok ? written : { ok: false, writeFailed: written.reason };
}
