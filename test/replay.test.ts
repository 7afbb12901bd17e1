import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_MAIN, NETWORK_BUILTINS, outputOf, packagesIn, runRecordingImports, UI_PACKAGES } from './support/bundle.js';
import { EXAMPLE_WARNINGS, exampleFiles, listFiles, REPO, replayBatch, runCli, tempDir } from './support/cli.js';

const LANGS = ['de', 'en', 'fr', 'nl'];
const ALL_FILES = LANGS.flatMap((l) => [
  `privacy-notice.${l}.html`,
  `privacy-notice.${l}.md`,
  `retention-table.${l}.csv`,
  `retention-table.${l}.md`,
]).sort();

// Two batches replay every example, to compare the bytes of two runs.
let firstRun: ReturnType<typeof replayBatch>;
let secondRun: ReturnType<typeof replayBatch>;
beforeAll(() => {
  firstRun = replayBatch(exampleFiles());
  secondRun = replayBatch(exampleFiles(), ['--quiet']);
  expect(firstRun.status, firstRun.stderr).toBe(0);
  expect(secondRun.status, secondRun.stderr).toBe(0);
  // Whatever the first run printed on stderr is about one of the examples (their warnings).
  expect(firstRun.stderr.split('\n').filter((line) => line && !exampleFiles().some((file) => line.includes(file)))).toEqual([]);
});

describe.each(exampleFiles().map((file) => [basename(file), file]))('replaying %s', (name, file) => {
  it('writes all 16 files, and the same bytes on a second run', () => {
    const [a, b] = [firstRun.folderOf(file), secondRun.folderOf(file)];
    const expected = EXAMPLE_WARNINGS[name];
    const about = firstRun.stderr.split('\n').filter((line) => line.includes(file));
    if (expected) for (const line of about.slice(0, -1)) expect(line).toMatch(/ warning: /);
    else expect(about).toEqual([]);
    expect(listFiles(a)).toEqual(ALL_FILES);
    for (const output of ALL_FILES) {
      expect(readFileSync(join(b, output)).equals(readFileSync(join(a, output))), output).toBe(true);
    }
  });
});

describe('the replay command line', () => {
  const example = join(REPO, 'examples', 'web-agency.yaml');

  it("writes the notice and then prints check's warnings at their places; --quiet prints nothing", () => {
    const file = join(REPO, 'test/fixtures/everything.yaml');
    const out = join(tempDir(), 'out');
    const result = runCli(['--answers', file, '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(listFiles(out)).toEqual(ALL_FILES);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(`^${file}:80:12  automatedDecisions\\[0\\]\\.logic  warning: describes the logic involved in 2 words only`),
      ),
      expect.stringMatching(new RegExp(`^${file}:81:19  automatedDecisions\\[0\\]\\.consequences  warning: `)),
      `privacy-wizard: ${file} was replayed with check warnings (above); \`privacy-wizard check ${file}\` explains them.`,
    ]);
    const quiet = runCli(['--answers', file, '--out', join(tempDir(), 'out'), '--quiet']);
    expect(quiet.status).toBe(0);
    expect(quiet.stderr + quiet.stdout).toBe('');
  });

  it("prints each file's warnings in a batch, under the file's name", () => {
    const result = runCli(['--answers', join(REPO, 'test/fixtures/everything.yaml'), example, '--out', join(tempDir(), 'out')]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/everything\.yaml:80:12 .* warning: /);
    expect(result.stderr).toContain('everything.yaml was replayed with check warnings');
    expect(result.stderr).not.toContain('web-agency.yaml');
  });

  it('writes only the languages and formats asked for', () => {
    const out = join(tempDir(), 'out');
    const result = runCli(['--answers', example, '--out', out, '--lang', 'fr,nl', '--format', 'html']);
    expect(result.status, result.stderr).toBe(0);
    expect(listFiles(out)).toEqual(['privacy-notice.fr.html', 'privacy-notice.nl.html']);
  });

  it('writes only the documents --documents names; `all` writes every one; a wrong name writes nothing', () => {
    const out = join(tempDir(), 'out');
    const result = runCli(['--answers', example, '--out', out, '--lang', 'nl', '--documents', 'retention']);
    expect(result.status, result.stderr).toBe(0);
    expect(listFiles(out)).toEqual(['retention-table.nl.csv', 'retention-table.nl.md']);
    const all = runCli(['--answers', example, '--out', join(tempDir(), 'all'), '--lang', 'nl', '--documents', 'all', '--format', 'md']);
    expect(all.status, all.stderr).toBe(0);
    expect(all.stdout).toContain('privacy-notice.nl.md');
    expect(all.stdout).toContain('retention-table.nl.md');
    const wrong = join(tempDir(), 'wrong');
    const bad = runCli(['--answers', example, '--out', wrong, '--documents', 'notice,leaflet']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("unknown --documents value 'leaflet'");
    expect(existsSync(wrong)).toBe(false);
    const check = runCli(['check', example, '--documents', 'notice']);
    expect(check.status).toBe(2);
    expect(check.stderr).toContain('--documents');
  });

  it('writes into ./privacy-notice by default and reports what it wrote', () => {
    const cwd = tempDir();
    const result = runCli(['--answers', example], { cwd });
    expect(result.status, result.stderr).toBe(0);
    expect(listFiles(join(cwd, 'privacy-notice'))).toEqual(ALL_FILES);
    expect(result.stdout).toMatch(/^Wrote 16 files to privacy-notice:/);
  });

  it('is silent with --quiet and leaves no temporary files behind', () => {
    const out = join(tempDir(), 'out');
    const result = runCli(['--answers', example, '--out', out, '--quiet']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('prints help and version', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage\n {2}privacy-wizard \[--profile NAME\]/);
    expect(help.stdout).toMatch(/privacy-wizard --answers FILE \[--out DIR\]/);
    const version = runCli(['--version']);
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout).toBe(`${pkg.version}\n`);
  });

  it('rejects an unknown option with exit 2', () => {
    const result = runCli(['--answer', example]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Unknown option '--answer'/);
  });

  it('starts without loading any package for --version and --help', () => {
    for (const flag of ['--version', '--help']) {
      const run = runRecordingImports([flag]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.files).toContain('dist/cli.js');
      expect([...run.packages], flag).toEqual([]);
    }
  });

  it('bundles ink and react into the wizard, a file of its own', () => {
    const wizard = packagesIn(outputOf('source/wizard/run.tsx'));
    for (const name of ['ink', 'react', 'react-reconciler']) expect(wizard).toContain(name);
    expect(packagesIn('dist/cli.js').size).toBe(0);
    for (const name of ['ink', 'react', 'react-reconciler', 'yoga-layout']) expect(packagesIn(CLI_MAIN)).not.toContain(name);
  });

  it.each([
    ['one file', [example], ['source/commands/replay.ts'], [], ['tinyglobby', 'picomatch']],
    ['a batch', [join(REPO, 'examples', '*.yaml')], ['source/commands/batch.ts'], ['source/commands/batch-worker.ts'], []],
  ])('loads neither ink nor react, nor any network module: %s', (_name, answers, commands, entries, unneeded) => {
    const run = runRecordingImports(
      ['--answers', ...answers, '--out', join(tempDir(), 'out')],
      ['source/commands/answers-files.ts', ...commands],
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.files).toContain('dist/cli.js');
    expect(run.files).toContain(CLI_MAIN);
    for (const entry of entries) expect(run.files).toContain(outputOf(entry));
    expect(run.packages).toContain('yaml'); // the metafile names the packages in each loaded file
    expect(run.packages).toContain('markdown-it');
    expect(run.files).not.toContain(outputOf('source/wizard/run.tsx'));
    expect([...run.packages].filter((name) => UI_PACKAGES.test(name))).toEqual([]);
    expect([...run.builtins].filter((name) => NETWORK_BUILTINS.test(name))).toEqual([]);
    expect(run.others).toEqual([]); // everything else is bundled
    for (const name of unneeded) expect(run.packages).not.toContain(name);
  });
});
