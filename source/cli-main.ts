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
import { LANGUAGES, type Language, languageChoice } from './core/languages.js';
import { EXIT_FAILED, EXIT_INVALID, EXIT_OK, toolMessage } from './core/outcome.js';
import { packagePath } from './core/paths.js';
import { filesWrittenHelp } from './core/render/documents.js';
import { guardStandardStreams, standardStreamFailed } from './io/std-streams.js';

guardStandardStreams(() => {
  process.exitCode = EXIT_FAILED;
});

const NUMBERS = ['none', 'one', 'both', 'all three', 'all four', 'all five'];
const formatList = `${FORMATS.slice(0, -1).join(', ')} and/or ${FORMATS.at(-1)}`;

const HELP = `privacy-wizard — write a complete GDPR privacy notice (${LANGUAGES.map((lang) => lang.toUpperCase()).join('/')}) and retention table

Usage
  privacy-wizard [--profile NAME] [--ui-lang LANG] [--out DIR]     the interactive wizard
  privacy-wizard --answers FILE [--out DIR] [--lang ${LANGUAGES.join(',')}] [--format ${FORMATS.join(',')}]
                                  [--documents ${DOCUMENT_OPTIONS.join(',')}|all]
  privacy-wizard --answers 'GLOB' | --answers FILE FILE... [--out DIR]   many answers files, a folder each
  privacy-wizard --answers FILE|'GLOB' --out DIR --verify         is DIR what the answers give? (for CI)
  privacy-wizard --answers FILE --edit [--profile NAME]           open an answers file in the wizard
  privacy-wizard export [--profile NAME]                          print the saved answers as an answers file
  privacy-wizard check FILE [--lang en,nl] [--format text|json] [--ui-lang LANG]   check an answers file against the GDPR
  privacy-wizard diff OLD NEW [--lang en,nl] [--format text|json] [--ui-lang LANG]  what NEW changes for the people concerned
  privacy-wizard check FILE --site DIR                            ... and against the services the site's files load
  privacy-wizard scan DIR [--json] [--answers FILE]               the third-party services a site's files load (offline)
  privacy-wizard schema                                           print the answers file's JSON Schema (for editors)

Options
  --answers FILE   replay an answers file (YAML) without questions; with a quoted glob
                   ('clients/*.yaml') or several files, each file goes to DIR/<name>/
                   (its file name without .yaml; two files with one name: nothing is
                   written), on every core; a bad file does not stop the others
  --profile NAME   one saved session per client (default: default)
  --ui-lang LANG   the language the wizard, check and diff speak: ${languageChoice()}
                   (default: from LANG; check and diff --format json: en); also --lang-ui
  --edit           with --answers: continue in the wizard from that file
  --verify         with --answers: write nothing; list each file in --out that is out of
                   date, missing or left over (exit 1), exit 0 when all are up to date
  --changes-from OLD  with --answers FILE: the notice ends with what FILE changes since
                   OLD, an earlier version of it (- reads standard input)
  --out DIR        folder for the generated files (default: ./privacy-notice)
  --lang LIST      output languages, comma-separated (default: those the answers file names;
                   for diff, those of NEW: the languages the changes are said in)
  --format LIST    ${formatList} (default: ${DEFAULT_FORMATS.length === FORMATS.length ? (NUMBERS[FORMATS.length] ?? 'all') : DEFAULT_FORMATS.join(',')}); for check and diff: ${REPORT_FORMATS.join(' or ')}
  --documents LIST ${DOCUMENT_OPTIONS.join(', ')} or all (default: ${DEFAULT_DOCUMENTS.join(',')}); the
                   files of each are listed below
  --json           for check, diff and scan: the same as --format json
  --site DIR       for check: scan the site's files in DIR (as scan does) and report a
                   service the site loads that the notice does not name, one that tracks
                   visitors without consent, and a named web service the site no longer loads
  --quiet          print nothing on success
  -h, --help       show this help
  -v, --version    show the version

Files written, per language (--documents name first; * only when asked for)
${filesWrittenHelp().join('\n')}

Examples
  privacy-wizard --answers examples/web-agency.yaml
  privacy-wizard --answers client.yaml --out site/legal --lang nl,fr --format html
  privacy-wizard check client.yaml --json
  privacy-wizard diff <(git show HEAD~1:clients/acme.yaml) clients/acme.yaml
  git show HEAD~1:clients/acme.yaml | privacy-wizard diff - clients/acme.yaml
  privacy-wizard scan ./public --answers client.yaml
  privacy-wizard check client.yaml --site ./public
  privacy-wizard --answers 'clients/*.yaml' --out site/legal
  privacy-wizard schema > answers.schema.json

Environment
  NO_COLOR=1       the wizard uses no colour (FORCE_COLOR, when set, takes precedence)
  FORCE_COLOR=0|1  turn the wizard's colour off or on

Exit codes
  0    files written
  1    files could not be written (disk full, read-only, no permission; --out
       keeps its earlier files, or the message says the next run restores them),
       stdout or stderr could not be written, or an unexpected internal error
       (please report it); several files: any could not be written
  2    bad usage or an invalid answers file; each problem is listed on stderr as
       FILE:LINE:COL  path  message   and nothing is written
       (several files: 2 when any was invalid; the others are written)
  129  the wizard's terminal was closed (window, SSH connection; answers are kept)
  130  the wizard was stopped with Ctrl+C (answers are kept)
  129, 130, 143  a replay stopped by SIGHUP, SIGINT (Ctrl+C) or SIGTERM: the
       write under way is finished first; the message says what --out holds
  check: 0 no errors (warnings allowed), 1 errors found, 2 not a valid answers file
       (or --site names no folder)
  diff: 0 the changes listed (or none), 2 bad usage or either file not a valid answers file
  scan: 0 the scan ran (services found are no error), 2 no such folder or an
       answers file that is not valid
  --verify: 0 up to date, 1 some file out of date, missing or left over, 2 invalid answers
`;

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

async function main(argv: string[]): Promise<number> {
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
    process.stdout.write(HELP);
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
    return interactive(values.profile, uiLang, values.out, values.edit ? answers[0] : undefined, parseDocuments(values.documents));
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
  const { detectUiLanguage } = await import('./core/locale/ui-language.js');
  const { runWizard } = await import('./wizard/run.js');
  return runWizard({ profile, uiLang: detectUiLanguage(process.env, uiLangFlag), outDir, editFile, documents });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = standardStreamFailed() ? EXIT_FAILED : code;
  },
  (error: unknown) => {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`${toolMessage((error as Error).message)}\n${usage ? "Run 'privacy-wizard --help' for usage.\n" : ''}`);
    process.exitCode = usage ? EXIT_INVALID : EXIT_FAILED;
  },
);
