/**
 * What a user expects of any command-line tool: problems on stderr (stdout stays clean for
 * pipes), `check --json`, `schema` for editors, and a --help that covers every command.
 * (--quiet is tested with replay; NO_COLOR and FORCE_COLOR in the terminal test.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, listFiles, REPO, runCli, tempDir } from './support/cli.js';

const example = join(REPO, 'examples/web-agency.yaml');
const mistakes = join(REPO, 'test/fixtures/check/classic-mistakes.yaml');

describe('errors go to stderr, never to stdout', () => {
  it('for an answers file that is not valid: located problems on stderr, nothing written', () => {
    const file = join(tempDir(), 'broken.yaml');
    writeFileSync(file, 'version: 1\nlanguages: [en, xx]\n');
    const out = join(tempDir(), 'out');
    const result = runCli(['--answers', file, '--out', out]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${file}:2:`);
    expect(listFiles(out)).toEqual([]);
  });

  it.each([
    [['--answers', join(REPO, 'no-such-file.yaml')]],
    [['frobnicate']],
    [['--no-such-option']],
    [['check']],
    [['schema', 'extra']],
    [['--json', '--answers', example]],
    [['check', example, '--json', '--format', 'text']],
  ])('for bad usage: %j exits 2 with the reason on stderr', (args) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^privacy-wizard: |no-such-file\.yaml/);
  });
});

describe('check --json', () => {
  it.each([example, mistakes])('prints exactly what --format json prints, with the same exit code (%s)', (file) => {
    const shorthand = runCli(['check', file, '--json']);
    const long = runCli(['check', file, '--format', 'json']);
    expect(shorthand.status).toBe(long.status);
    expect(shorthand.stdout).toBe(long.stdout);
    expect(JSON.parse(shorthand.stdout)).toHaveProperty('findings');
  });

  it('sees the errors of a file with mistakes (exit 1)', () => {
    const result = runCli(['check', mistakes, '--json']);
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as { counts: { errors: number } }).counts.errors).toBeGreaterThan(0);
  });
});

describe('privacy-wizard schema', () => {
  it('prints the JSON Schema that ships in schema/, without loading the wizard', () => {
    const log = join(tempDir(), 'imports.log');
    const result = runCli(['schema'], {
      nodeArgs: ['--import', join(REPO, 'test/support/record-imports.mjs')],
      env: { RECORD_IMPORTS_TO: log },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(REPO, 'schema/answers.schema.json'), 'utf8'));
    expect((JSON.parse(result.stdout) as { $schema: string }).$schema).toMatch(/json-schema\.org/);
    const urls = readFileSync(log, 'utf8').trim().split('\n');
    expect(urls).toContain(`file://${CLI}`);
    expect(urls.filter((url) => /\/node_modules\/(ink|react|react-reconciler|ink-[^/]+|conf)\//.test(url))).toEqual([]);
  });

  it('is what the examples point their editors to', () => {
    for (const name of ['consultant', 'web-agency', 'webshop']) {
      const first = readFileSync(join(REPO, 'examples', `${name}.yaml`), 'utf8').split('\n')[0];
      expect(first).toBe('# yaml-language-server: $schema=../schema/answers.schema.json');
    }
  });
});

describe('--help', () => {
  const help = () => runCli(['--help']);

  it('shows every command, examples and exit codes, on stdout', () => {
    const { status, stdout, stderr } = help();
    expect(status).toBe(0);
    expect(stderr).toBe('');
    for (const command of ['export', 'check', 'diff', 'schema']) expect(stdout).toMatch(new RegExp(`^ +privacy-wizard ${command}\\b`, 'm'));
    expect(stdout).toMatch(/^Examples$/m);
    expect(stdout).toMatch(/^Exit codes$/m);
    for (const code of [0, 1, 2, 130]) expect(stdout).toMatch(new RegExp(`^ +${code} +\\S`, 'm'));
  });

  it('documents every option the parser accepts', () => {
    const source = readFileSync(join(REPO, 'source/cli-main.ts'), 'utf8');
    const options = [...source.slice(source.indexOf('options: {')).matchAll(/^ {6}'?([a-z-]+)'?: \{ type:/gm)].map((m) => m[1]!);
    expect(options.length).toBeGreaterThan(8);
    for (const option of options) expect(help().stdout).toContain(`--${option}`);
  });

  it('documents NO_COLOR and FORCE_COLOR', () => {
    expect(help().stdout).toMatch(/NO_COLOR/);
    expect(help().stdout).toMatch(/FORCE_COLOR/);
  });
});
