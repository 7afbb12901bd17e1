/** Starts the interactive wizard and, when it finishes, writes the same files replay would. */
import { readFileSync } from 'node:fs';
import { render } from 'ink';
import { readAnswers } from '../core/answers/parse.js';
import { formatProblem } from '../core/answers/problems.js';
import { buildAnswersSchema } from '../core/answers/schema.js';
import { loadCatalogFiles } from '../core/catalogs/load.js';
import { loadQuestionBank, loadUiStrings } from '../core/flow/bank.js';
import type { Language } from '../core/languages.js';
import { writeNotice } from './finish.js';
import { App } from './app.js';
import { openSessionStore } from './store.js';
import { translator } from './strings.js';
import type { WizardContext } from './context.js';

export interface WizardOptions {
  profile: string;
  uiLang: Language;
  outDir: string;
  editFile?: string;
}

export const EXIT_CANCELLED = 130;

export async function runWizard(options: WizardOptions): Promise<number> {
  const catalogs = loadCatalogFiles();
  const flow = { bank: loadQuestionBank(), catalogs };
  const t = translator(loadUiStrings(), options.uiLang);
  const context: WizardContext = { flow, catalogs, schema: buildAnswersSchema(catalogs), uiLang: options.uiLang, t };

  let edit;
  if (options.editFile) {
    // Structure only: a file whose answers `check` objects to is exactly what one opens to fix.
    const result = readAnswers(readFileSync(options.editFile, 'utf8'), options.editFile, catalogs);
    if (!result.ok) {
      for (const problem of result.problems) process.stderr.write(`${formatProblem(problem)}\n`);
      return 2;
    }
    edit = result.answers;
  }

  const store = openSessionStore({ profile: options.profile });
  if (store.brokenBackup) {
    process.stderr.write(`privacy-wizard: the saved answers in ${store.path} could not be read; the file was kept as ${store.brokenBackup}\n`);
  }
  let finished: Record<string, unknown> | undefined;
  const app = render(
    <App context={context} store={store} saved={store.load()} edit={edit} onFinish={(answers) => (finished = answers)} />,
    { exitOnCtrlC: true },
  );
  await app.waitUntilExit();
  if (!finished) {
    process.stdout.write(`${t('cancelled')}\n`);
    return EXIT_CANCELLED;
  }
  const result = writeNotice(finished, catalogs, options.outDir);
  if (!result.ok) {
    for (const problem of result.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    return 2;
  }
  const { written } = result;
  const profile = options.profile === 'default' ? '' : ` --profile ${options.profile}`;
  process.stdout.write(
    `${t('done', { count: written.length, dir: options.outDir })}\n${written.map((f) => `  ${f}\n`).join('')}` +
      `${t('regenerate')}\n  privacy-wizard export${profile} > answers.yaml && privacy-wizard --answers answers.yaml --out ${options.outDir}\n`,
  );
  return 0;
}
