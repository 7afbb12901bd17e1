import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, REPO, exampleFiles, listFiles, runCli, tempDir } from './support/cli.js';

const LANGS = ['de', 'en', 'fr', 'nl'];
const ALL_FILES = LANGS.flatMap((l) => [
  `privacy-notice.${l}.html`,
  `privacy-notice.${l}.md`,
  `retention-table.${l}.csv`,
  `retention-table.${l}.md`,
]).sort();

describe.each(exampleFiles().map((file) => [basename(file), file]))('replaying %s', (_name, file) => {
  it('writes all 16 files, and the same bytes on a second run', () => {
    const first = join(tempDir(), 'out');
    const second = join(tempDir(), 'out');
    const a = runCli(['--answers', file, '--out', first]);
    const b = runCli(['--answers', file, '--out', second]);
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    expect(a.stderr).toBe('');
    expect(listFiles(first)).toEqual(ALL_FILES);
    for (const name of ALL_FILES) {
      expect(readFileSync(join(second, name)).equals(readFileSync(join(first, name))), name).toBe(true);
    }
  });
});

describe('the replay command line', () => {
  const example = join(REPO, 'examples', 'web-agency.yaml');

  it('writes only the languages and formats asked for', () => {
    const out = join(tempDir(), 'out');
    const result = runCli(['--answers', example, '--out', out, '--lang', 'fr,nl', '--format', 'html']);
    expect(result.status, result.stderr).toBe(0);
    expect(listFiles(out)).toEqual(['privacy-notice.fr.html', 'privacy-notice.nl.html']);
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

  it('loads neither ink nor react, nor any network module', () => {
    const log = join(tempDir(), 'imports.log');
    const out = join(tempDir(), 'out');
    const result = runCli(['--answers', example, '--out', out], {
      nodeArgs: ['--import', join(REPO, 'test/support/record-imports.mjs')],
      env: { RECORD_IMPORTS_TO: log },
    });
    expect(result.status, result.stderr).toBe(0);
    const urls = readFileSync(log, 'utf8').trim().split('\n');
    expect(urls).toContain(`file://${CLI}`);
    expect(urls.some((url) => url.includes('/node_modules/yaml/'))).toBe(true); // the recorder sees packages
    expect(urls.filter((url) => /\/node_modules\/(ink|react|react-reconciler|ink-[^/]+)\//.test(url))).toEqual([]);
    expect(urls.filter((url) => /^node:(net|http|https|http2|tls|dgram|dns)$/.test(url))).toEqual([]);
  });
});
