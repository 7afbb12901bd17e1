// The command line's code cache (source/code-cache.ts): the build's cache is one this Node
// accepts; a run without it, or with a damaged one, writes the same files and saves a cache
// the next run accepts.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, EXAMPLES, REPO, tempDir } from './support/cli.js';

const example = join(EXAMPLES, 'print-shop.yaml');

/** Every file under DIR, by its path there, with its bytes. */
const contents = (dir: string): Record<string, string> =>
  Object.fromEntries(
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as { isFile(): boolean; name: string; parentPath: string }[])
      .filter((entry) => entry.isFile())
      .map((entry) => [join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name), 'latin1')]),
  );

/** A copy of the built package (dist/ and package.json) to damage. */
function packageCopy(): string {
  const root = tempDir();
  cpSync(join(REPO, 'dist'), join(root, 'dist'), { recursive: true });
  cpSync(join(REPO, 'package.json'), join(root, 'package.json'));
  return root;
}

/** A replay of the example in all languages by CLI, with what it wrote. */
function replay(cli: string): { status: number | null; stderr: string; files: Record<string, string> } {
  const out = join(tempDir(), 'out');
  const run = spawnSync(process.execPath, [cli, '--answers', example, '--out', out, '--lang', 'en,nl,fr,de', '--quiet'], {
    encoding: 'utf8',
    env: { ...process.env, NODE_DEBUG: 'privacy-wizard' },
  });
  return { status: run.status, stderr: run.stderr, files: run.status === 0 ? contents(out) : {} };
}

describe('the code cache', () => {
  it('is written by the build and accepted by this Node', () => {
    const run = replay(CLI);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/dist\/cli-main\.cjs: code cache accepted$/m);
  });

  it.each([
    ['absent', (cache: string) => rmSync(cache)],
    ['damaged', (cache: string) => writeFileSync(cache, readFileSync(cache).subarray(0, 4096))],
    ['of another build', (cache: string) => writeFileSync(cache, Buffer.alloc(readFileSync(cache).length, 7))],
  ])('changes nothing when %s, and is saved again for the next run', (state, damage) => {
    const expected = replay(CLI);
    const root = packageCopy();
    const cache = join(root, 'dist', 'cli-main.cjs.cache');
    damage(cache);
    const run = replay(join(root, 'dist', 'cli.js'));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`cli-main\\.cjs: code cache ${state === 'absent' ? 'absent' : 'rejected'}$`, 'm'));
    expect(Object.keys(run.files).length).toBeGreaterThan(8);
    expect(run.files).toEqual(expected.files);
    expect(run.stderr).toMatch(/cli-main\.cjs\.cache: saved$/m);
    const next = replay(join(root, 'dist', 'cli.js'));
    expect(next.stderr).toMatch(/cli-main\.cjs: code cache accepted$/m);
    expect(next.files).toEqual(expected.files);
    expect(readdirSync(join(root, 'dist')).filter((name) => name.includes('.partial'))).toEqual([]);
  });

  it('runs as usual where it cannot be saved, and leaves nothing behind', () => {
    const expected = replay(CLI);
    const root = packageCopy();
    const cache = join(root, 'dist', 'cli-main.cjs.cache');
    // A folder in its place: unreadable as a cache, and no file can be renamed over it.
    rmSync(cache);
    mkdirSync(cache);
    const run = replay(join(root, 'dist', 'cli.js'));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/cli-main\.cjs\.cache: not saved/m);
    expect(run.files).toEqual(expected.files);
    expect(readdirSync(join(root, 'dist')).filter((name) => name.includes('.partial'))).toEqual([]);
  });
});
