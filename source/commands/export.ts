/** `privacy-wizard export`: the saved answers as a valid answers file on stdout (no UI loaded). */
import { loadCatalogFiles } from '../core/catalogs/load.js';
import { loadQuestionBank } from '../core/flow/bank.js';
import { answersYaml, draftToAnswers } from '../core/flow/export.js';
import { EXIT_INVALID, EXIT_OK, toolMessage } from '../core/outcome.js';
import { checkForReplay } from '../core/pipeline.js';
import { pathProblemLines, writeLines } from '../io/messages.js';
import { openSessionStore } from '../session/store.js';

export function exportSession(profile: string): number {
  const catalogs = loadCatalogFiles();
  const flow = { bank: loadQuestionBank(), catalogs };
  const store = openSessionStore({ profile, readOnly: true });
  if (store.defect) {
    writeLines([toolMessage(`the saved answers in ${store.path} cannot be read; start the wizard to keep them aside and begin again`)]);
    return EXIT_INVALID;
  }
  const saved = store.load();
  if (!saved) {
    writeLines([toolMessage(`no saved answers for profile '${profile}'`)]);
    return EXIT_INVALID;
  }
  const answers = draftToAnswers(flow, saved.draft);
  // Exactly what replay will accept from the file printed below: it is these answers, written out.
  const result = checkForReplay(answers, catalogs);
  if (!result.ok) {
    writeLines([toolMessage(`the saved answers of profile '${profile}' are not complete yet:`), ...pathProblemLines(result.problems)]);
    return EXIT_INVALID;
  }
  process.stdout.write(`# yaml-language-server: $schema=./node_modules/privacy-wizard/schema/answers.schema.json\n${answersYaml(answers)}`);
  return EXIT_OK;
}
