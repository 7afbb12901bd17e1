/**
 * `--verify` (source/commands/verify.ts), the CI mode: after a replay it exits 0; after one
 * output file is edited, removed, or left over from a language the answers dropped, it exits 1
 * naming that file; and it never changes anything on disk (names, bytes and mtimes compared).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { REPO, runCli, tempDir } from './support/cli.js';

const EXAMPLES = ['web-agency', 'webshop'];

/** Every file under a folder with its bytes and modification time, to compare before and after. */
function snapshot(dir: string): Record<string, { bytes: string; mtime: number }> {
  const files: Record<string, { bytes: string; mtime: number }> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(dir, path)] = { bytes: readFileSync(path).toString('base64'), mtime: statSync(path).mtimeMs };
    }
  };
  walk(dir);
  return files;
}

let work: string;
beforeEach(() => {
  work = tempDir();
  mkdirSync(join(work, 'clients'));
  for (const name of EXAMPLES) copyFileSync(join(REPO, 'examples', `${name}.yaml`), join(work, 'clients', `${name}.yaml`));
});

const run = (...args: string[]) => runCli(args, { cwd: work });
/** Verifies, and checks that doing so changed nothing in the work folder. */
function verify(...args: string[]) {
  const before = snapshot(work);
  const result = run(...args, '--verify');
  expect(snapshot(work)).toEqual(before);
  return result;
}

describe('--verify with one answers file', () => {
  const answers = ['--answers', 'clients/web-agency.yaml', '--out', 'site/legal'];

  it('exits 0 after a replay, then 1 naming the one file edited since', () => {
    expect(run(...answers).status).toBe(0);
    const clean = verify(...answers);
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.stdout).toBe('16 files in site/legal are up to date with clients/web-agency.yaml.\n');
    expect(clean.stderr).toBe('');

    const edited = join(work, 'site/legal/privacy-notice.nl.html');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('</h1>', ' (edited)</h1>'));
    const stale = verify(...answers);
    expect(stale.status).toBe(1);
    expect(stale.stdout).toBe('');
    expect(stale.stderr.trim().split('\n')).toEqual([
      'privacy-wizard: site/legal/privacy-notice.nl.html is out of date: it differs from what clients/web-agency.yaml gives',
      'privacy-wizard: 1 file in site/legal is not what clients/web-agency.yaml gives; run the same command without --verify to write them.',
    ]);
    expect(verify(...answers, '--quiet').status).toBe(1);
  });

  it('names a missing file, and one left over from a language the answers no longer have', () => {
    expect(run(...answers).status).toBe(0);
    rmSync(join(work, 'site/legal/retention-table.fr.csv'));
    const file = join(work, 'clients/web-agency.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('languages: [en, nl, fr, de]', 'languages: [en, nl, fr]'));
    const result = verify(...answers);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('privacy-wizard: site/legal/retention-table.fr.csv is missing\n');
    for (const name of ['privacy-notice.de.md', 'privacy-notice.de.html', 'retention-table.de.md', 'retention-table.de.csv']) {
      expect(result.stderr).toContain(
        `privacy-wizard: site/legal/${name} is left over: clients/web-agency.yaml no longer gives this file\n`,
      );
    }
    // Only the languages and formats asked for are compared: those files are not its business then.
    expect(verify(...answers, '--lang', 'en,nl', '--format', 'html').status).toBe(0);
  });

  it('exits 2 on an invalid answers file or without --answers, and writes nothing', () => {
    writeFileSync(join(work, 'clients/web-agency.yaml'), 'version: 1\nlanguages: [en\n');
    const invalid = verify(...answers);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toMatch(/^clients\/web-agency\.yaml:\d+:\d+ /);
    expect(readdirSync(work)).toEqual(['clients']);
    const usage = verify('check', 'clients/webshop.yaml');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/--verify checks replayed files/);
  });
});

describe('--verify with a batch', () => {
  const batch = ['--answers', 'clients/*.yaml', '--out', 'site/legal'];

  it('exits 0 after the batch is replayed, then 1 naming the file edited in one folder', () => {
    expect(run(...batch).status).toBe(0);
    const clean = verify(...batch);
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.stdout).toContain('2 of 2 answers files are up to date in site/legal.\n');

    writeFileSync(join(work, 'site/legal/webshop/retention-table.en.md'), 'edited by hand\n');
    const stale = verify(...batch);
    expect(stale.status).toBe(1);
    expect(stale.stdout).toBe('16 files in site/legal/web-agency are up to date with clients/web-agency.yaml.\n');
    expect(stale.stderr).toContain(
      'privacy-wizard: site/legal/webshop/retention-table.en.md is out of date: it differs from what clients/webshop.yaml gives\n',
    );
    expect(stale.stderr).toContain('privacy-wizard: 1 of 2 answers files are up to date in site/legal; 1 out of date.\n');
  });

  it('exits 1 when a folder was never written', () => {
    const result = verify(...batch);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('privacy-wizard: site/legal/webshop/privacy-notice.nl.md is missing\n');
    expect(result.stderr).toContain('0 of 2 answers files are up to date');
  });
});
