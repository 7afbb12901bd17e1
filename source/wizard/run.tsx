/** Starts the interactive wizard and, when it finishes, writes the same files replay would. */

import { render } from 'ink';
import { readAnswers } from '../core/answers/parse.js';
import { formatProblems } from '../core/answers/problems.js';
import { buildAnswersSchema } from '../core/answers/schema.js';
import { loadCatalogFiles } from '../core/catalogs/load.js';
import { loadQuestionBank, loadUiStrings } from '../core/flow/bank.js';
import { DEFAULT_DOCUMENTS, type DocumentOption } from '../core/formats.js';
import type { Language } from '../core/languages.js';
import { detectUiLanguage } from '../core/locale/ui-language.js';
import { EXIT_CANCELLED, EXIT_FAILED, EXIT_INVALID, EXIT_OK, EXIT_TERMINAL_CLOSED, toolMessage } from '../core/outcome.js';
import { pathProblemLines, unreadableLines, writeLines } from '../io/messages.js';
import { loadAnswersText } from '../io/read-answers-file.js';
import { ProfileInUseError } from '../session/session-lock.js';
import { NewerStoreError, openSessionStore, type SessionStore } from '../session/store.js';
import { App, type AppProps } from './app.js';
import { enableBracketedPaste } from './bracketed-paste.js';
import { commandName } from './command-name.js';
import type { WizardContext } from './context.js';
import { writeNotice } from './finish.js';
import { translator } from './strings.js';

export interface WizardOptions {
  profile: string;
  /** --ui-lang as given; without it the resumed session's language, else the locale's (detectUiLanguage). */
  uiLangFlag?: string;
  outDir: string;
  editFile?: string;
  /** `--documents`: what the finish writes; by default the notice and the retention table. */
  documents?: DocumentOption[];
}

export async function runWizard(options: WizardOptions): Promise<number> {
  const catalogs = loadCatalogFiles();
  const flow = { bank: loadQuestionBank(), catalogs };
  const strings = loadUiStrings();
  // Until the session is open (its messages, the problems of the file to edit), the flag's or the locale's language.
  const startLanguage = detectUiLanguage(process.env, options.uiLangFlag);
  const t = translator(strings, startLanguage);

  let edit;
  if (options.editFile) {
    // Structure only: a file whose answers `check` objects to is exactly what one opens to fix.
    const source = loadAnswersText(options.editFile, startLanguage);
    if (!source.ok) {
      writeLines(unreadableLines(options.editFile, source));
      return EXIT_INVALID;
    }
    const result = readAnswers(source.text, options.editFile, catalogs, { uiLanguage: startLanguage });
    if (!result.ok) {
      writeLines(formatProblems(result.problems));
      return EXIT_INVALID;
    }
    edit = result.answers;
  }

  let store;
  try {
    store = openSessionStore({ profile: options.profile });
  } catch (error) {
    if (error instanceof ProfileInUseError) writeLines([toolMessage(t('profileInUse', { pid: error.holder, lock: error.lockPath }))]);
    else if (error instanceof NewerStoreError) writeLines([toolMessage(t('storeNewer', { path: error.path }))]);
    else throw error;
    return EXIT_INVALID;
  }
  try {
    // Read once: the language and the start menu both come from it.
    const saved = store.load();
    const uiLang: Language = detectUiLanguage(process.env, options.uiLangFlag, saved?.uiLang);
    const context: WizardContext = { flow, catalogs, schema: buildAnswersSchema(catalogs), uiLang, t: translator(strings, uiLang) };
    return await runSession(options, context, store, saved, edit);
  } finally {
    store.close();
  }
}

/**
 * The terminal went away (window closed, SSH dropped) and the process outlived its SIGHUP: every
 * answer is saved, so leave quietly, with the code a shell gives a process that SIGHUP ended.
 * The one exit outside cli-main.ts: Ink's render loop cannot be unwound without a terminal to draw on.
 */
export function exitWhenTerminalCloses(error: NodeJS.ErrnoException, exit: (code: number) => void = process.exit) {
  if (error.code !== 'EIO' && error.code !== 'EPIPE') throw error;
  exit(EXIT_TERMINAL_CLOSED);
}

async function runSession(
  options: WizardOptions,
  context: WizardContext,
  store: SessionStore,
  saved: AppProps['saved'],
  edit: AppProps['edit'],
): Promise<number> {
  const { t, catalogs } = context;
  process.stdout.on('error', (error) => exitWhenTerminalCloses(error));
  process.stdin.on('error', (error) => exitWhenTerminalCloses(error));
  if (store.brokenBackup) {
    writeLines([toolMessage(t('storeBroken', { path: store.path, backup: store.brokenBackup }))]);
  }
  let finished: { answers: Record<string, unknown>; documents: DocumentOption[] } | undefined;
  const restoreTerminal = enableBracketedPaste();
  try {
    const app = render(
      <App
        context={context}
        store={store}
        saved={saved}
        edit={edit}
        documents={options.documents}
        onFinish={(answers, documents) => (finished = { answers, documents })}
      />,
      { exitOnCtrlC: true },
    );
    await app.waitUntilExit();
  } finally {
    restoreTerminal();
  }
  const command = commandName(process.env, process.argv);
  if (!finished) {
    process.stdout.write(`${t('cancelled', { command })}\n`);
    return EXIT_CANCELLED;
  }
  const result = await writeNotice(finished.answers, catalogs, options.outDir, finished.documents);
  if ('writeFailed' in result) {
    writeLines([toolMessage(t('writeFailed', { dir: options.outDir, reason: result.writeFailed }))]);
    return EXIT_FAILED;
  }
  if (!result.ok) {
    writeLines(pathProblemLines(result.problems));
    return EXIT_INVALID;
  }
  const { written } = result;
  const profile = options.profile === 'default' ? '' : ` --profile ${options.profile}`;
  // The documents chosen at the finish, when they are not the default ones, so the command writes the same files.
  const chosen = finished.documents.join(',');
  const documentsFlag = chosen === DEFAULT_DOCUMENTS.join(',') ? '' : ` --documents ${chosen}`;
  process.stdout.write(
    `${t('done', { count: written.length, dir: options.outDir })}\n${written.map((f) => `  ${f}\n`).join('')}` +
      `${t('regenerate')}\n  ${command} export${profile} > answers.yaml && ${command} --answers answers.yaml --out ${options.outDir}${documentsFlag}\n`,
  );
  return EXIT_OK;
}
