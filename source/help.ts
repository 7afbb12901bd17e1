/**
 * The text of `--help`, apart from the command line so that cli.ts can print it without loading
 * cli-main.ts (people and scripts call `--help` to see what the tool does; it should be instant).
 */
import { DEFAULT_DOCUMENTS, DEFAULT_FORMATS, DOCUMENT_OPTIONS, FORMATS, REPORT_FORMATS } from './core/formats.js';
import { LANGUAGES, languageChoice } from './core/languages.js';
import { filesWrittenHelp } from './core/render/documents.js';

const NUMBERS = ['none', 'one', 'both', 'all three', 'all four', 'all five'];
const formatList = `${FORMATS.slice(0, -1).join(', ')} and/or ${FORMATS.at(-1)}`;

/** What `privacy-wizard --help` prints. */
export function helpText(): string {
  return `privacy-wizard — write a complete GDPR privacy notice (${LANGUAGES.map((lang) => lang.toUpperCase()).join('/')}) and retention table

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
}
