/** `privacy-wizard export`: the saved answers as a valid answers file on stdout (no UI loaded). */
import { parseAnswers } from '../core/answers/parse.js';
import { loadCatalogFiles } from '../core/catalogs/load.js';
import { loadQuestionBank } from '../core/flow/bank.js';
import { answersYaml } from '../wizard/findings.js';
import { openSessionStore } from '../wizard/store.js';

export function exportSession(profile: string): number {
  const catalogs = loadCatalogFiles();
  const flow = { bank: loadQuestionBank(), catalogs };
  const store = openSessionStore({ profile, readOnly: true });
  if (store.defect) {
    process.stderr.write(`privacy-wizard: the saved answers in ${store.path} cannot be read; start the wizard to keep them aside and begin again\n`);
    return 2;
  }
  const saved = store.load();
  if (!saved) {
    process.stderr.write(`privacy-wizard: no saved answers for profile '${profile}'\n`);
    return 2;
  }
  const yaml = answersYaml(flow, saved.draft);
  const result = parseAnswers(yaml, `profile ${profile}`, catalogs);
  if (!result.ok) {
    process.stderr.write(`privacy-wizard: the saved answers of profile '${profile}' are not complete yet:\n`);
    for (const problem of result.problems) process.stderr.write(`  ${problem.path}  ${problem.message}\n`);
    return 2;
  }
  process.stdout.write(`# yaml-language-server: $schema=./node_modules/privacy-wizard/schema/answers.schema.json\n${yaml}`);
  return 0;
}
