/**
 * `--documents short` through the built CLI: the files it writes for every example, byte for
 * byte the sources' rendering (the bundle reads the compiled templates and labels), `all` with
 * them, the help's file list, and the check rule's warning on a text that runs over.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAnswers } from '../source/core/model/resolve.js';
import { DOCUMENTS, type DocumentSpec, fileName } from '../source/core/render/documents.js';
import { renderModelOutputs } from '../source/core/render/outputs.js';
import { exampleFiles, listFiles, REPO, replayBatch, runCli, tempDir } from './support/cli.js';
import { catalogs, loadAnswers } from './support/replay.js';

// One batch writes every example's short notices.
const batch = replayBatch(exampleFiles(), ['--documents', 'short', '--quiet']);

describe.each(exampleFiles().map((file) => [basename(file), file]))('%s --documents short', (_name, example) => {
  const { answers, languages } = loadAnswers(example);
  const out = batch.folderOf(example);

  it('writes the short notices in every language of the answers, and nothing else', () => {
    expect(batch.status, batch.stderr).toBe(0);
    expect(listFiles(out)).toEqual(languages.flatMap((lang) => [`short-notices.${lang}.html`, `short-notices.${lang}.md`]).sort());
  });

  it('writes what the sources render, byte for byte', () => {
    const expected = renderModelOutputs(resolveAnswers(answers, catalogs), languages, ['md', 'html'], ['short']);
    for (const file of expected) expect(readFileSync(join(out, file.name), 'utf8'), file.name).toBe(file.content);
  });
});

const onRequest = (d: DocumentSpec): readonly string[] => d.onRequest ?? [];

describe('--documents short beside the others', () => {
  const example = join(REPO, 'examples/restaurant.yaml');

  it('is part of --documents all', () => {
    const out = join(tempDir(), 'all');
    const result = runCli(['--answers', example, '--out', out, '--lang', 'fr', '--documents', 'all', '--quiet']);
    expect(result.status, result.stderr).toBe(0);
    // Every document's files in its default formats, the short notices among them.
    const expected = DOCUMENTS.flatMap((d) => d.formats.filter((f) => !onRequest(d).includes(f)).map((f) => fileName(d, 'fr', f)));
    expect(listFiles(out)).toEqual(expected.sort());
    expect(expected).toEqual(expect.arrayContaining(['short-notices.fr.md', 'short-notices.fr.html']));
  });

  it('is not written by default, and --help lists its files under its name, starred', () => {
    const out = join(tempDir(), 'default');
    expect(runCli(['--answers', example, '--out', out, '--lang', 'fr', '--quiet']).status).toBe(0);
    expect(listFiles(out).filter((file) => file.startsWith('short-notices'))).toEqual([]);
    expect(runCli(['--help']).stdout).toMatch(/^ {2}short\* +short-notices\.<lang>\.md +short-notices\.<lang>\.html$/m);
  });

  it('takes only --format md or html: csv writes no short notice', () => {
    const out = join(tempDir(), 'csv');
    const result = runCli(['--answers', example, '--out', out, '--documents', 'short,retention', '--format', 'csv', '--quiet']);
    expect(result.status, result.stderr).toBe(0);
    expect(listFiles(out).every((file) => file.startsWith('retention-table'))).toBe(true);
  });
});

describe('a short notice that runs over 80 words', () => {
  const fixture = join(REPO, 'test/fixtures/check/short-notice-length.yaml');

  it('draws a warning from check, with the activity and the languages, and exit 0', () => {
    const result = runCli(['check', fixture]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/warning {2}activities\[0\]\.purposes {2}the short notice for 'workshops' runs to \d+ words in en, nl/);
    expect(result.stdout).toContain('short-notice-length');
  });

  it('is written all the same, with the warning on stderr', () => {
    const out = join(tempDir(), 'over');
    const result = runCli(['--answers', fixture, '--out', out, '--documents', 'short']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('short-notice-length');
    expect(listFiles(out)).toContain('short-notices.en.md');
  });
});
