/** Runs the built CLI (dist/cli.js) as a user would, in a fresh temporary folder. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..', '..');
export const CLI = join(REPO, 'dist', 'cli.js');
export const EXAMPLES = join(REPO, 'examples');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { cwd?: string; nodeArgs?: string[]; env?: NodeJS.ProcessEnv; timeout?: number; input?: string } = {},
): RunResult {
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], {
    cwd: options.cwd ?? tempDir(),
    encoding: 'utf8',
    // The locale picks check's language: the tests expect English unless they ask for another.
    env: { ...process.env, LC_ALL: undefined, LC_MESSAGES: undefined, LANG: undefined, LANGUAGE: undefined, ...options.env },
    input: options.input ?? '',
    timeout: options.timeout,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'privacy-wizard-test-'));

/**
 * Many answers files replayed by one CLI start, a batch (a start per file costs ~0.3 s of CPU):
 * the run, and the folder each file's output is in (--out/<file name without .yaml>, as the
 * README documents the batch).
 */
export function replayBatch(files: readonly string[], args: readonly string[] = []): RunResult & { folderOf: (file: string) => string } {
  const out = join(tempDir(), 'out');
  const run = runCli(['--answers', ...files, '--out', out, ...args]);
  return { ...run, folderOf: (file) => join(out, basename(file).replace(/\.ya?ml$/i, '')) };
}

export const listFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);

/**
 * Examples whose check gives warnings we expect: none. `dpo-likely-required` once fired for a
 * three-person practice, a salon and a restaurant's entrance camera; it now fires only for an
 * activity answered as large scale (`largeScale: true`), which none of them is.
 */
export const EXAMPLE_WARNINGS: Record<string, string[]> = {};

export const exampleFiles = (): string[] =>
  readdirSync(EXAMPLES)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(EXAMPLES, name));
