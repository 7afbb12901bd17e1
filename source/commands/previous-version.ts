/**
 * `--changes-from OLD.yaml` on a replay: the earlier version of the answers, read through the
 * same pipeline as the new one and in its output languages, so the notice can list what this
 * version changes. Read before anything is rendered; a bad earlier version stops the replay as a
 * bad answers file does (exit 2, nothing written).
 */
import type { CatalogFiles } from '../core/catalogs/schema.js';
import { withChangesSince } from '../core/diff/diff.js';
import type { Language } from '../core/languages.js';
import type { Model } from '../core/model/resolve.js';
import { readForReplay } from '../core/pipeline.js';
import { invalidLines, unreadableLines } from '../io/messages.js';
import { inputName, loadAnswersInput } from '../io/read-answers-file.js';

/**
 * The earlier version, read (a file, `-` for standard input, or a pipe); `attach` gives the new
 * version's model with what it changes since, or the lines that say why the earlier one cannot
 * be read. Replay and --verify import only this type, and this module only with --changes-from:
 * a replay without it loads no comparison code.
 */
export interface PreviousVersion {
  attach(model: Model, languages: Language[], catalogs: CatalogFiles): { ok: true; model: Model } | { ok: false; errors: string[] };
}

export async function loadPreviousVersion(file: string): Promise<PreviousVersion> {
  const name = inputName(file);
  const source = await loadAnswersInput(file);
  return {
    attach(model, languages, catalogs) {
      if (!source.ok) return { ok: false, errors: unreadableLines(name, source) };
      const old = readForReplay(source.text, name, catalogs, { languages });
      if (!old.ok) return { ok: false, errors: invalidLines(name, old.problems) };
      return { ok: true, model: withChangesSince(model, old.model, languages) };
    },
  };
}
