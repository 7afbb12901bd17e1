/**
 * The repository is read on its own (a clone, the npm package page): nothing in it may point to
 * files outside it, and every relative link of the README and docs/ must name a file that exists.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((file) => /\.(md|ts|tsx|mjs|yaml|json|mustache)$/.test(file) && existsSync(join(ROOT, file)));

describe('the repository is self-contained', () => {
  it('no tracked file refers to ../shared', () => {
    const outside = tracked.filter(
      (file) => file !== 'test/repo-self-contained.test.ts' && readFileSync(join(ROOT, file), 'utf8').includes('../shared'),
    );
    expect(outside).toEqual([]);
  });

  const documents = tracked.filter((file) => file.endsWith('.md'));
  it.each(documents)('every relative link of %s names a file in the repository', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)|\bsrc="([^"]+)"/g)]
      .map((match) => (match[1] ?? match[2])!.split('#')[0]!)
      .filter((target) => target !== '' && !/^[a-z]+:/i.test(target));
    const broken = targets.filter((target) => !existsSync(join(ROOT, dirname(file), target)));
    expect(broken).toEqual([]);
  });

  it('the README names what the tests need, with the Debian install line', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').slice(0, 1500);
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
    expect(readme).toContain('apt-get install -y tmux chromium');
  });
});
