/** `privacy-wizard export`: the saved answers as a valid answers file on stdout (no UI loaded). */
import { loadCatalogFiles } from '../core/catalogs/load.js';
import { loadQuestionBank } from '../core/flow/bank.js';
import { answersYaml, draftToAnswers, draftYaml } from '../core/flow/export.js';
import { countOf, EXIT_INVALID, EXIT_OK, toolMessage } from '../core/outcome.js';
import { checkForReplay } from '../core/pipeline.js';
import { writeLines } from '../io/messages.js';
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
  const schemaLine = '# yaml-language-server: $schema=./node_modules/privacy-wizard/schema/answers.schema.json\n';
  if (!result.ok) {
    // An unfinished client is still worth having as a file: finish it in an editor.
    process.stdout.write(`${schemaLine}${draftYaml(answers, result.problems)}`);
    writeLines([
      toolMessage(
        `warning: the saved answers of profile '${profile}' are not complete yet (${countOf(result.problems.length, 'thing')} to answer or correct); ` +
          'they are listed as comments at the top of the file',
      ),
    ]);
    return EXIT_OK;
  }
  process.stdout.write(`${schemaLine}${answersYaml(answers)}`);
  return EXIT_OK;
}
