/**
 * The record of processing activities from the built CLI: `--documents all` writes it for every
 * example in each of its four languages, as Markdown and CSV, the same bytes the core renders;
 * without --documents it is not written; --help names its files as written on request.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleFiles, listFiles, REPO, runCli, tempDir } from './support/cli.js';
import { renderRecord } from './support/record.js';
import { loadAnswers } from './support/replay.js';

describe('--documents all', () => {
  it('writes the record for every example in its four languages, as the core renders it', () => {
    const out = join(tempDir(), 'legal');
    const result = runCli(['--answers', 'examples/*.yaml', '--out', out, '--documents', 'all', '--quiet'], {
      cwd: REPO,
    });
    expect(result.status, result.stderr).toBe(0);
    for (const file of exampleFiles()) {
      const { answers, languages } = loadAnswers(file);
      expect([...languages].sort()).toEqual(['de', 'en', 'fr', 'nl']);
      const folder = join(out, basename(file, '.yaml'));
      const written = listFiles(folder);
      for (const lang of languages) {
        const expected = renderRecord(answers, lang);
        expect(written).toEqual(expect.arrayContaining([`record-of-processing.${lang}.md`, `record-of-processing.${lang}.csv`]));
        expect(readFileSync(join(folder, `record-of-processing.${lang}.md`), 'utf8')).toBe(expected.md);
        expect(readFileSync(join(folder, `record-of-processing.${lang}.csv`), 'utf8')).toBe(expected.csv);
      }
      // Beside the notice and the retention table, as before.
      expect(written).toEqual(expect.arrayContaining(['privacy-notice.nl.html', 'retention-table.fr.csv']));
    }
  });

  it('leaves the record out without --documents, and --help names it as written on request', () => {
    const out = join(tempDir(), 'out');
    const plain = runCli(['--answers', exampleFiles()[0]!, '--out', out, '--quiet']);
    expect(plain.status, plain.stderr).toBe(0);
    expect(listFiles(out).filter((name) => name.startsWith('record-of-processing'))).toEqual([]);
    const help = runCli(['--help']);
    expect(help.stdout).toMatch(/^ {2}record\* +record-of-processing\.<lang>\.md +record-of-processing\.<lang>\.csv$/m);
  });
});
