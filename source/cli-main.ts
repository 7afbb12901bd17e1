/**
 * The command line, loaded by cli.ts. Kept light on purpose: it parses arguments and loads only
 * the command it runs, so the replay path never loads the interactive UI.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  DEFAULT_DOCUMENTS,
  DEFAULT_FORMATS,
  DOCUMENT_OPTIONS,
  type DocumentOption,
  FORMATS,
  type Format,
  REPORT_FORMATS,
} from './core/formats.js';
import { LANGUAGES, type Language } from './core/languages.js';
import { EXIT_FAILED, EXIT_INVALID, EXIT_OK, toolMessage } from './core/outcome.js';
import { packagePath } from './core/paths.js';
import { helpText } from './help.js';
import { guardStandardStreams, standardStreamFailed } from './io/std-streams.js';

class UsageError extends Error {}

function parseList<T extends string>(value: string, allowed: readonly T[], option: string): T[] {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (items.length === 0) throw new UsageError(`${option} needs a value: use ${allowed.join(', ')}`);
  if (unknown.length > 0) {
    throw new UsageError(`unknown ${option} value '${unknown.join(',') || value}': use ${allowed.join(', ')}`);
  }
  return [...new Set(items)] as T[];
}

/** `--documents notice,record` or `all`; by default the notice and the retention table. */
function parseDocuments(value: string | undefined): DocumentOption[] {
  if (value === undefined) return [...DEFAULT_DOCUMENTS];
  if (value.trim() === 'all') return [...DOCUMENT_OPTIONS];
  const named = parseList<DocumentOption | 'all'>(value, [...DOCUMENT_OPTIONS, 'all'], '--documents');
  if (named.includes('all')) throw new UsageError("--documents all stands alone: 'all' or a list of documents");
  // In the registry's order, so that the files are listed the same way whatever the order given.
  return DOCUMENT_OPTIONS.filter((option) => named.includes(option));
}

/** How the wizard is loaded: cli.ts imports it, as an ES module of its own (cli.ts says why). */
export type OpenWizard = () => Promise<Pick<typeof import('./wizard/run.js'), 'runWizard'>>;

async function main(argv: string[], openWizard: OpenWizard): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      answers: { type: 'string', multiple: true },
      out: { type: 'string', default: 'privacy-notice' },
      lang: { type: 'string' },
      format: { type: 'string' },
      documents: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      profile: { type: 'string', default: 'default' },
      'ui-lang': { type: 'string' },
      'lang-ui': { type: 'string' },
      edit: { type: 'boolean', default: false },
      verify: { type: 'boolean', default: false },
      'changes-from': { type: 'string' },
      json: { type: 'boolean', default: false },
      site: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) {
    process.stdout.write(helpText());
    return EXIT_OK;
  }
  if (values.version) {
    const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return EXIT_OK;
  }
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(values.profile)) throw new UsageError('a profile name is letters, digits, - and _');
  if (values.out === '') throw new UsageError('--out needs a folder name');
  // Node decodes arguments as UTF-8 and puts U+FFFD for bytes that are not: the folder would not be the one named.
  if (values.out.includes('\uFFFD'))
    throw new UsageError('--out holds bytes that are not UTF-8 text (or U+FFFD): name the folder in UTF-8');
  const uiLang = values['ui-lang'] ?? values['lang-ui'];
  if (uiLang !== undefined && parseList<Language>(uiLang, LANGUAGES, '--ui-lang').length > 1)
    throw new UsageError('--ui-lang takes one language');
  const [command, ...rest] = positionals;
  if (values.json && !['check', 'diff', 'scan'].includes(command ?? ''))
    throw new UsageError('--json is an option of check, diff and scan: privacy-wizard check FILE --json');
  if (values.site !== undefined && command !== 'check')
    throw new UsageError('--site is an option of check: privacy-wizard check FILE --site DIR');
  if (values.site === '') throw new UsageError('--site needs a folder: privacy-wizard check FILE --site DIR');
  const changesFrom = values['changes-from'];
  if (changesFrom !== undefined && (!values.answers || values.edit || command !== undefined))
    throw new UsageError('--changes-from goes with a replay: privacy-wizard --answers FILE --changes-from OLD');
  if (values.verify && (!values.answers || values.edit))
    throw new UsageError('--verify checks replayed files: privacy-wizard --answers FILE --out DIR --verify');
  if (values.documents !== undefined && ['check', 'diff', 'export', 'schema', 'scan'].includes(command ?? ''))
    throw new UsageError(`--documents chooses the files replay and the wizard write; ${command} writes none`);
  if (command === 'schema') {
    if (rest.length > 0) throw new UsageError(`unexpected argument '${rest[0]}'`);
    const { printSchema } = await import('./commands/schema.js');
    return printSchema();
  }
  if (command === 'export') {
    if (rest.length > 0) throw new UsageError(`unexpected argument '${rest[0]}'`);
    const { exportSession } = await import('./commands/export.js');
    return exportSession(values.profile);
  }
  if (command === 'scan') {
    if (rest.length !== 1) throw new UsageError('scan takes one folder: privacy-wizard scan DIR');
    if ((values.answers?.length ?? 0) > 1) throw new UsageError('scan --answers takes one answers file');
    const [format = values.json ? 'json' : 'text', ...more] =
      values.format !== undefined ? parseList(values.format, REPORT_FORMATS, '--format') : [];
    if (more.length > 0) throw new UsageError('scan takes one --format: text or json');
    if (values.json && format !== 'json') throw new UsageError('--json and --format text contradict each other');
    const { scan } = await import('./commands/scan.js');
    return scan({ dir: rest[0]!, format, answersFile: values.answers?.[0], uiLanguage: uiLang as Language | undefined });
  }
  if (command === 'check' || command === 'diff') {
    if (command === 'check' && rest.length !== 1) throw new UsageError('check takes one answers file: privacy-wizard check FILE');
    if (command === 'diff' && rest.length !== 2) throw new UsageError('diff takes two answers files: privacy-wizard diff OLD NEW');
    if (rest[0] === '-' && rest[1] === '-') throw new UsageError('only one of the two files can be read from standard input (-)');
    const languages = values.lang !== undefined ? parseList<Language>(values.lang, LANGUAGES, '--lang') : undefined;
    const formats = values.format !== undefined ? parseList(values.format, REPORT_FORMATS, '--format') : [];
    if (values.json && formats.some((format) => format !== 'json')) throw new UsageError('--json and --format text contradict each other');
    const [format = values.json ? 'json' : 'text', ...more] = formats;
    if (more.length > 0) throw new UsageError(`${command} takes one --format: text or json`);
    const uiLanguage = uiLang as Language | undefined;
    if (command === 'diff') {
      const { diff } = await import('./commands/diff.js');
      return diff({ oldFile: rest[0]!, newFile: rest[1]!, languages, format, uiLanguage });
    }
    const { check } = await import('./commands/check.js');
    return check({ file: rest[0]!, languages, format, uiLanguage, site: values.site });
  }
  // `--answers clients/*.yaml` unquoted: the shell expands it into several file names.
  const answers = [...(values.answers ?? []), ...(values.answers ? positionals : [])];
  if (command !== undefined && !values.answers) throw new UsageError(`unknown command '${command}'`);
  if (values.edit && answers.length > 1) throw new UsageError('--edit opens one answers file');
  if (answers.length === 0 || values.edit)
    return interactive(
      openWizard,
      values.profile,
      uiLang,
      values.out,
      values.edit ? answers[0] : undefined,
      parseDocuments(values.documents),
    );
  const languages = values.lang !== undefined ? parseList<Language>(values.lang, LANGUAGES, '--lang') : undefined;
  const formats = values.format !== undefined ? parseList<Format>(values.format, FORMATS, '--format') : [...DEFAULT_FORMATS];
  const documents = parseDocuments(values.documents);
  const output = { languages, formats, documents, quiet: values.quiet, changesFrom };
  const { isSingleFile } = await import('./commands/answers-files.js');
  const single = await isSingleFile(answers);
  if (changesFrom !== undefined && !single) throw new UsageError('--changes-from goes with one answers file, not several');
  if (values.verify) {
    const { verify } = await import('./commands/verify.js');
    return verify({ patterns: answers, single, outDir: values.out, ...output });
  }
  if (single) {
    const { replay } = await import('./commands/replay.js');
    return replay({ answersFile: answers[0]!, outDir: values.out, ...output });
  }
  const { batch } = await import('./commands/batch.js');
  return batch({ patterns: answers, outDir: values.out, ...output });
}

/** The wizard needs a terminal; without one (piped input, CI) it says so instead of crashing. */
async function interactive(
  openWizard: OpenWizard,
  profile: string,
  uiLangFlag: string | undefined,
  outDir: string,
  editFile: string | undefined,
  documents: DocumentOption[],
): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    process.stderr.write(
      `${toolMessage('the wizard needs an interactive terminal; to generate without questions use --answers FILE (see --help)')}\n`,
    );
    return EXIT_INVALID;
  }
  // NO_COLOR (no-color.org): chalk, under Ink, only knows FORCE_COLOR; it reads it on import.
  if (process.env.NO_COLOR && process.env.FORCE_COLOR === undefined) process.env.FORCE_COLOR = '0';
  const { runWizard } = await openWizard();
  return runWizard({ profile, uiLangFlag, outDir, editFile, documents });
}

/** Runs the command line and sets the exit code; cli.ts calls it. */
export function run(argv: string[], openWizard: OpenWizard): void {
  guardStandardStreams(() => {
    process.exitCode = EXIT_FAILED;
  });
  main(argv, openWizard).then(
    (code) => {
      process.exitCode = standardStreamFailed() ? EXIT_FAILED : code;
    },
    (error: unknown) => {
      const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
      process.stderr.write(`${toolMessage((error as Error).message)}\n${usage ? "Run 'privacy-wizard --help' for usage.\n" : ''}`);
      process.exitCode = usage ? EXIT_INVALID : EXIT_FAILED;
    },
  );
}
