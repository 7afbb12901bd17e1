/**
 * Fuzzing: mutated answers files go through replay and check. Every run either writes all its
 * files or exits 2 with located messages and writes nothing; never an exception, a stack trace,
 * a hang or partial output. Fixed seed and case count here; `npm run fuzz` runs many more
 * (FUZZ_RUNS, FUZZ_SEED).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from './support/cli.js';
import { mutatedFile, type Plan, plans, SEEDS } from './support/fuzz.js';

// Loading the catalogs takes ~0.1 s; the commands load them per run. Load them once here.
vi.mock('../source/core/catalogs/load.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../source/core/catalogs/load.js')>();
  const catalogs = original.loadCatalogFiles();
  // A folder asked for is still read: e2e files share a worker's modules (vitest.config.ts).
  return { ...original, loadCatalogFiles: (dir?: string) => (dir === undefined ? catalogs : original.loadCatalogFiles(dir)) };
});
const { replayInProcess } = await import('../source/commands/replay.js');
const { check } = await import('../source/commands/check.js');

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = Number(process.env.FUZZ_SEED ?? 20261121);
const CLI_RUNS = Number(process.env.FUZZ_CLI_RUNS ?? 3);

const work = mkdtempSync(join(tmpdir(), 'privacy-wizard-fuzz-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Outcome {
  status: number | null | 'threw'; // null: the CLI was killed after its time limit
  stdout: string;
  stderr: string;
  files: string[];
}

/** Runs a command function with stdout and stderr captured; a throw is part of the outcome. */
async function capture(run: () => number | Promise<number>): Promise<Omit<Outcome, 'files'>> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { status: await run(), stdout, stderr };
  } catch (error) {
    return { status: 'threw', stdout, stderr: `${stderr}${(error as Error).stack}` };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const listing = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);
const KINDS = ['privacy-notice.%.html', 'privacy-notice.%.md', 'retention-table.%.csv', 'retention-table.%.md'];

/** All four files for each of one or more languages, and nothing else (no temporary files). */
function isCompleteOutput(files: string[]): boolean {
  const languages = [...new Set(files.map((name) => name.split('.')[1]!))];
  const expected = languages.flatMap((lang) => KINDS.map((kind) => kind.replace('%', lang))).sort();
  return (
    languages.length > 0 && languages.every((lang) => /^(en|nl|fr|de)$/.test(lang)) && JSON.stringify(expected) === JSON.stringify(files)
  );
}

/** Every line of stderr is `FILE:LINE:COL  path  message` within the file, or the closing summary. */
function expectLocated(stderr: string, file: string, bytes: Buffer): void {
  const lines = stderr.trimEnd().split('\n');
  const located = lines.filter((line) => line.startsWith(`${file}:`));
  expect(located.length, stderr).toBeGreaterThan(0);
  const lineCount = bytes.toString('utf8').split('\n').length;
  for (const line of lines) {
    if (line.startsWith('privacy-wizard: ')) continue;
    const match = /^(.+):(\d+):(\d+) {2}(\S.*?) {2}(\S.*)$/.exec(line);
    expect(match, `not a located message: ${JSON.stringify(line)}\n${stderr}`).not.toBeNull();
    expect(match![1]).toBe(file);
    expect(Number(match![2])).toBeGreaterThanOrEqual(1);
    expect(Number(match![2])).toBeLessThanOrEqual(lineCount);
    expect(Number(match![3])).toBeGreaterThanOrEqual(1);
  }
  expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?$/m); // no stack trace
}

/** check's text report: the file, one line per finding (and its fix), the summary. */
function expectReport(stdout: string, file: string): void {
  const [head, ...rest] = stdout.trimEnd().split('\n');
  if (head === `${file}: no problems found`) {
    expect(rest).toEqual([]);
    return;
  }
  expect(head).toBe(file);
  for (const line of rest)
    expect(line, stdout).toMatch(
      /^(  \d+:\d+ +(error|warning) +\S.*  [a-z0-9-]+| +fix: \S.*|\d+ problems? \(\d+ errors?, \d+ warnings?\)|)$/,
    );
}

/** The guarantees for one mutated file, given how replay and check ended. */
function expectSafe(file: string, bytes: Buffer, replayed: Outcome, checked: Omit<Outcome, 'files'>): void {
  expect(replayed.status, replayed.stderr).not.toBe('threw');
  expect(checked.status, checked.stderr).not.toBe('threw');
  expect([0, 2]).toContain(replayed.status);
  expect([0, 1, 2]).toContain(checked.status);
  if (replayed.status === 0) {
    expect(isCompleteOutput(replayed.files), replayed.files.join(' ')).toBe(true);
    expect(replayed.stderr).toBe('');
    expect(checked.status).toBe(0); // replay writes only what check finds no error in
  } else {
    expect(replayed.files).toEqual([]);
    expectLocated(replayed.stderr, file, bytes);
    expect(checked.status).not.toBe(0);
  }
  if (checked.status !== 2) expectReport(checked.stdout, file);
  if (checked.status === 2) {
    expectLocated(checked.stderr, file, bytes);
    expect(checked.stderr.split('\n')[0]).toBe(replayed.stderr.split('\n')[0]);
  }
}

let counter = 0;
async function inProcess(plan: Plan) {
  const dir = join(work, String(counter++));
  const file = join(dir, 'client.yaml');
  const out = join(dir, 'out');
  const bytes = mutatedFile(plan);
  mkdirSync(dir);
  writeFileSync(file, bytes);
  const replayed = await capture(() => replayInProcess({ answersFile: file, outDir: out, formats: ['md', 'html', 'csv'], quiet: true }));
  const checked = await capture(() => check({ file, format: 'text' }));
  const result = { file, bytes, replayed: { ...replayed, files: listing(out) }, checked };
  rmSync(dir, { recursive: true, force: true });
  return result;
}

describe('fuzzing answers files', () => {
  it(`replay and check stay safe on ${RUNS} mutated files (seed ${SEED})`, { timeout: Math.max(60_000, RUNS * 1000) }, async () => {
    const statuses: number[] = [];
    await fc.assert(
      fc.asyncProperty(plans, async (plan) => {
        const { file, bytes, replayed, checked } = await inProcess(plan);
        expectSafe(file, bytes, replayed, checked);
        statuses.push(replayed.status as number);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The mutations reach both outcomes: some files still render, most are refused.
    expect(statuses).toContain(0);
    expect(statuses).toContain(2);
  });

  it(`the built CLI stays safe on ${CLI_RUNS} mutated files, with no hang`, { timeout: Math.max(60_000, CLI_RUNS * 20_000) }, () => {
    const samples = fc.sample(plans, { seed: SEED + 1, numRuns: CLI_RUNS });
    for (const plan of samples) {
      const dir = mkdtempSync(join(work, 'cli-'));
      const file = join(dir, 'client.yaml');
      const bytes = mutatedFile(plan);
      writeFileSync(file, bytes);
      const out = join(dir, 'out');
      const replayed = runCli(['--answers', file, '--out', out, '--quiet'], { cwd: dir, timeout: 15_000 });
      const checked = runCli(['check', file], { cwd: dir, timeout: 15_000 });
      expectSafe(file, bytes, { ...replayed, files: listing(out) }, checked);
    }
  });
});

describe('counterexamples the fuzzer found', () => {
  const minimal = SEEDS.findIndex((seed) => seed.name === 'test/fixtures/minimal.yaml');

  it('keeps a problem that quotes a value with line breaks on one line', async () => {
    const plan: Plan = { seed: minimal, doc: [{ kind: 'set-string', at: 0, value: '| a | b |\n# heading' }], text: [] };
    const { file, bytes, replayed, checked } = await inProcess(plan);
    expectSafe(file, bytes, replayed, checked);
    expect(replayed.stderr).toContain("unknown language '| a | b |\\n# heading'");
  });

  it('names an empty key as [""]', async () => {
    const plan: Plan = { seed: minimal, doc: [{ kind: 'extra-field', at: 0, key: '', value: '' }], text: [] };
    const { file, bytes, replayed, checked } = await inProcess(plan);
    expectSafe(file, bytes, replayed, checked);
    expect(replayed.stderr).toMatch(/:\d+:\d+ {2}\[""\] {2}unknown field ''/);
  });
});
