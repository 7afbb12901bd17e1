/** Starts the interactive wizard and, when it finishes, writes the same files replay would. */
import { readAnswersFile } from '../io/read-answers-file.js';
import { render } from 'ink';
import { readAnswers } from '../core/answers/parse.js';
import { formatProblems } from '../core/answers/problems.js';
import { buildAnswersSchema } from '../core/answers/schema.js';
import { loadCatalogFiles } from '../core/catalogs/load.js';
import { loadQuestionBank, loadUiStrings } from '../core/flow/bank.js';
import type { Language } from '../core/languages.js';
import { writeNotice } from './finish.js';
import { App, type AppProps } from './app.js';
import { NewerStoreError, openSessionStore, type SessionStore } from './store.js';
import { ProfileInUseError } from './session-lock.js';
import { describeWriteError } from '../io/write-files.js';
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
    const source = readAnswersFile(options.editFile);
    if (source === undefined) return 2;
    const result = readAnswers(source, options.editFile, catalogs);
    if (!result.ok) {
      for (const line of formatProblems(result.problems)) process.stderr.write(`${line}\n`);
      return 2;
    }
    edit = result.answers;
  }

  let store;
  try {
    store = openSessionStore({ profile: options.profile });
  } catch (error) {
    if (error instanceof ProfileInUseError) process.stderr.write(`privacy-wizard: ${t('profileInUse', { pid: error.pid, lock: error.lockPath })}\n`);
    else if (error instanceof NewerStoreError) process.stderr.write(`privacy-wizard: ${t('storeNewer', { path: error.path })}\n`);
    else throw error;
    return 2;
  }
  try {
    return await runSession(options, context, store, edit);
  } finally {
    store.close();
  }
}

/** The terminal went away (window closed, SSH dropped): every answer is saved, so leave quietly. */
function exitWhenTerminalCloses(error: NodeJS.ErrnoException) {
  if (error.code !== 'EIO' && error.code !== 'EPIPE') throw error;
  process.exit(129);
}

async function runSession(options: WizardOptions, context: WizardContext, store: SessionStore, edit: AppProps['edit']): Promise<number> {
  const { t, catalogs } = context;
  process.stdout.on('error', exitWhenTerminalCloses);
  process.stdin.on('error', exitWhenTerminalCloses);
  if (store.brokenBackup) {
    process.stderr.write(`privacy-wizard: ${t('storeBroken', { path: store.path, backup: store.brokenBackup })}\n`);
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
  let result;
  try {
    result = writeNotice(finished, catalogs, options.outDir);
  } catch (error) {
    process.stderr.write(`privacy-wizard: ${t('writeFailed', { dir: options.outDir, reason: describeWriteError(error) })}\n`);
    return 1;
  }
  if (!result.ok) {
    for (const line of formatProblems(result.problems)) process.stderr.write(`${line}\n`);
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
