#!/usr/bin/env node
/**
 * Entry point. Kept light on purpose: it parses arguments and loads only the command it runs,
 * so the replay path never loads the interactive UI.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LANGUAGES, type Language } from './core/languages.js';
import { packagePath } from './core/paths.js';
import { FORMATS, type Format } from './core/formats.js';

const HELP = `privacy-wizard — write a complete GDPR privacy notice (EN/NL/FR/DE) and retention table

Usage
  privacy-wizard --answers FILE [--out DIR] [--lang en,nl,fr,de] [--format md,html,csv]

Options
  --answers FILE   replay an answers file (YAML) without questions
  --out DIR        folder for the generated files (default: ./privacy-notice)
  --lang LIST      output languages, comma-separated (default: those the answers file names)
  --format LIST    md, html and/or csv (default: all three)
  --quiet          print nothing on success
  -h, --help       show this help
  -v, --version    show the version

Files written, per language
  privacy-notice.<lang>.md     privacy-notice.<lang>.html
  retention-table.<lang>.md    retention-table.<lang>.csv

Examples
  privacy-wizard --answers examples/web-agency.yaml
  privacy-wizard --answers client.yaml --out site/legal --lang nl,fr --format html

Exit codes
  0  files written
  2  bad usage or an invalid answers file; each problem is listed as
     FILE:LINE:COL  path  message   and nothing is written
`;

class UsageError extends Error {}

function parseList<T extends string>(value: string, allowed: readonly T[], option: string): T[] {
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (items.length === 0 || unknown.length > 0) {
    throw new UsageError(`unknown ${option} value '${unknown.join(',') || value}': use ${allowed.join(', ')}`);
  }
  return [...new Set(items)] as T[];
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      answers: { type: 'string' },
      out: { type: 'string', default: 'privacy-notice' },
      lang: { type: 'string' },
      format: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unknown command '${positionals[0]}'`);
  if (!values.answers) {
    throw new UsageError('the interactive wizard is not available yet: give an answers file with --answers FILE');
  }
  const languages = values.lang ? parseList<Language>(values.lang, LANGUAGES, '--lang') : undefined;
  const formats = values.format ? parseList<Format>(values.format, FORMATS, '--format') : [...FORMATS];
  const { replay } = await import('./commands/replay.js');
  return replay({ answersFile: values.answers, outDir: values.out, languages, formats, quiet: values.quiet });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`privacy-wizard: ${(error as Error).message}\n${usage ? "Run 'privacy-wizard --help' for usage.\n" : ''}`);
    process.exitCode = usage ? 2 : 1;
  },
);
