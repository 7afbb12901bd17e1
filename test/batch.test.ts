/** Batch replay: several answers files (a glob, or several names), each into a folder of its own. */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleFiles, listFiles, runCli, tempDir } from './support/cli.js';

const BAD = join(import.meta.dirname, 'fixtures', 'check', 'classic-mistakes.yaml');

/** A folder of answers files: the examples, plus any extra files given as name → source. */
function clientsFolder(extra: Record<string, string> = {}): string {
  const dir = join(tempDir(), 'clients');
  mkdirSync(dir);
  for (const file of exampleFiles()) copyFileSync(file, join(dir, basename(file)));
  for (const [name, source] of Object.entries(extra)) copyFileSync(source, join(dir, name));
  return dir;
}

const folderName = (file: string) => basename(file, '.yaml');

describe('batch replay', () => {
  it('writes for each of N files exactly what N single replays write, into a folder named after it', () => {
    const clients = clientsFolder();
    const out = join(tempDir(), 'out');
    const result = runCli(['--answers', join(clients, '*.yaml'), '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    const examples = exampleFiles();
    expect(listFiles(out)).toEqual(examples.map(folderName).sort());
    for (const file of examples) {
      const single = join(tempDir(), 'single');
      expect(runCli(['--answers', file, '--out', single]).status).toBe(0);
      const names = listFiles(single);
      expect(names.length).toBe(16);
      expect(listFiles(join(out, folderName(file)))).toEqual(names);
      for (const name of names) {
        expect(readFileSync(join(out, folderName(file), name)).equals(readFileSync(join(single, name))), `${file} ${name}`).toBe(true);
      }
    }
    expect(result.stdout).toContain(`${examples.length} of ${examples.length} answers files replayed into ${out}.`);
  });

  it('takes several file names (a glob the shell expanded) and honours --lang and --format', () => {
    const [first, second] = exampleFiles();
    const out = join(tempDir(), 'out');
    const result = runCli(['--answers', first!, second!, '--out', out, '--lang', 'nl', '--format', 'csv', '--quiet']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    expect(listFiles(out)).toEqual([folderName(first!), folderName(second!)].sort());
    expect(listFiles(join(out, folderName(first!)))).toEqual(['retention-table.nl.csv']);
  });

  it('reports a bad file with its locations, writes the others, and exits 2 at the end', () => {
    const clients = clientsFolder({ 'broken.yaml': BAD });
    const out = join(tempDir(), 'out');
    const result = runCli(['--answers', join(clients, '*.yaml'), '--out', out]);
    expect(result.status).toBe(2);
    const broken = join(clients, 'broken.yaml');
    expect(result.stderr).toContain(`${broken}:39:16  recipients[0].safeguard  'privacy-shield' is no valid transfer mechanism`);
    expect(result.stderr).toMatch(new RegExp(`1 failed, nothing written for them: ${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n$`));
    expect(existsSync(join(out, 'broken'))).toBe(false);
    for (const file of exampleFiles()) expect(listFiles(join(out, folderName(file))).length, file).toBe(16);
  });

  it('writes nothing when two files would share a folder, or a pattern matches nothing', () => {
    const clients = clientsFolder();
    const other = join(tempDir(), 'other');
    mkdirSync(other);
    const [first] = exampleFiles();
    copyFileSync(first!, join(other, basename(first!)));
    const out = join(tempDir(), 'out');
    const clash = runCli(['--answers', join(clients, '*.yaml'), '--answers', join(other, '*.yaml'), '--out', out]);
    expect(clash.status).toBe(2);
    expect(clash.stderr).toContain(`would both be written to ${join(out, folderName(first!))}`);
    const none = runCli(['--answers', join(clients, '*.yml'), '--out', out]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain(`no answers file matches '${join(clients, '*.yml')}'`);
    expect(existsSync(out)).toBe(false);
  });

  it('is documented in --help', () => {
    const help = runCli(['--help']).stdout;
    expect(help).toContain("privacy-wizard --answers 'GLOB' | --answers FILE FILE... [--out DIR]");
    expect(help).toMatch(/each file goes to DIR\/<name>\//);
  });
});
