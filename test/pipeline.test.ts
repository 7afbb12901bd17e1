/** One pipeline for every caller, one exit-code module, and the layers it keeps apart. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { formatPath } from '../source/core/answers/problems.js';
import { EXIT_TERMINAL_CLOSED } from '../source/core/outcome.js';
import { checkAnswersObject, readAndCheck, readForReplay } from '../source/core/pipeline.js';
import { loadAnswersText } from '../source/io/read-answers-file.js';
import { writeNotice } from '../source/wizard/finish.js';
import { exampleFiles, REPO, tempDir } from './support/cli.js';
import { catalogs } from './support/replay.js';

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1]!);

describe('layers', () => {
  it.each([
    ['commands', 'wizard'],
    ['wizard', 'commands'],
  ])('nothing under source/%s/ imports source/%s/', (from, to) => {
    const files = sourceFiles(join(REPO, 'source', from));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const targets = importsOf(file).map((spec) => relative(REPO, join(file, '..', spec)));
      expect(
        targets.filter((target) => target.startsWith(`source/${to}/`)),
        relative(REPO, file),
      ).toEqual([]);
    }
  });

  it('the core imports neither ink nor react (it knows nothing of terminals)', () => {
    const packages = (file: string) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^.'][^']*)'/g)].map((m) => m[1]!);
    const files = sourceFiles(join(REPO, 'source', 'core'));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files)
      expect(
        packages(file).filter((name) => /^(ink|react)(-|\/|$)/.test(name)),
        relative(REPO, file),
      ).toEqual([]);
  });

  it('no source file is over 300 lines: each reads in one sitting', () => {
    const long = sourceFiles(join(REPO, 'source'))
      .map((file) => ({ file: relative(REPO, file), lines: readFileSync(file, 'utf8').trimEnd().split('\n').length }))
      .filter(({ lines }) => lines > 300);
    expect(long).toEqual([]);
  });

  it('the answers parser does not import the check rules (the pipeline composes them)', () => {
    expect(importsOf(join(REPO, 'source', 'core', 'answers', 'parse.ts')).filter((spec) => spec.includes('check/'))).toEqual([]);
  });

  it('no source file sets an exit code or exits but cli-main.ts and the terminal-closed handler', () => {
    const exits = sourceFiles(join(REPO, 'source'))
      .filter((file) => !file.includes(`${join('source', 'tools')}`))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/process\.exit(?:Code)?\b.*|return [0-9]+;/g)].map(
          (m) => `${relative(REPO, file)}: ${m[0]}`,
        ),
      );
    expect(exits.map((line) => line.replace(/=.*/, '='))).toEqual([
      'source/cli-main.ts: process.exitCode =', // a failed stdout or stderr (io/std-streams.ts)
      'source/cli-main.ts: process.exitCode =',
      'source/cli-main.ts: process.exitCode =',
      'source/wizard/run.tsx: process.exit) {', // exitWhenTerminalCloses, tested below
    ]);
  });
});

describe('the pipeline', () => {
  it.each(exampleFiles())('finds the same in an answers object as in its file: %s', (file) => {
    const text = readFileSync(file, 'utf8');
    const fromText = readAndCheck(text, file, catalogs);
    const fromObject = checkAnswersObject(parse(text), catalogs);
    expect(fromText.ok && fromObject.ok).toBe(true);
    if (!fromText.ok || !fromObject.ok) return;
    const summary = (f: { rule: string; path: (string | number)[]; message: string }) => `${f.rule} ${formatPath(f.path)} ${f.message}`;
    expect(fromObject.findings.map(summary)).toEqual(fromText.findings.map(summary));
    expect(fromObject.answers).toEqual(fromText.answers);
  });

  it('lists an object’s problems by path, in the order of its keys, without any line', () => {
    const answers = parse(readFileSync(exampleFiles()[0]!, 'utf8')) as Record<string, unknown>;
    const broken = { ...answers, effectiveDate: 'soon', unknownField: 1 };
    const result = checkAnswersObject(broken, catalogs);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(['effectiveDate', 'unknownField']);
    expect(Object.keys(result.problems[0]!)).toEqual(['path', 'message']);
  });

  it('stops at check errors and keeps warnings apart, the same for text and object', async () => {
    const text = readFileSync(join(REPO, 'test', 'fixtures', 'check', 'transfer-safeguard.yaml'), 'utf8');
    const replay = readForReplay(text, 'x.yaml', catalogs);
    expect(replay.ok).toBe(false);
    if (!replay.ok) expect(replay.problems.some((p) => p.file === 'x.yaml' && p.line > 1)).toBe(true);
    const finish = await writeNotice(parse(text) as Record<string, unknown>, catalogs, tempDir());
    expect(finish.ok).toBe(false);
    expect('problems' in finish && finish.problems.length).toBe(!replay.ok && replay.problems.length);
  });

  it('the wizard’s finish reports a folder it cannot write to, instead of throwing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'in-the-way'), '');
    const answers = parse(readFileSync(exampleFiles()[0]!, 'utf8')) as Record<string, unknown>;
    const result = await writeNotice(answers, catalogs, join(dir, 'in-the-way', 'out'));
    expect(result).toEqual({ ok: false, writeFailed: expect.stringContaining('ENOTDIR') });
  });

  it('reading an answers file prints nothing: it returns why it failed', () => {
    const stderr = vi.spyOn(process.stderr, 'write');
    try {
      const missing = loadAnswersText(join(tempDir(), 'nope.yaml'));
      expect(missing).toEqual({ ok: false, cannotRead: expect.stringContaining('no such file') });
      const file = join(tempDir(), 'latin1.yaml');
      writeFileSync(file, Buffer.from([0x61, 0x0a, 0xe9]));
      expect(loadAnswersText(file)).toEqual({ ok: false, problems: [expect.objectContaining({ file, line: 2, col: 1 })] });
      expect(stderr).not.toHaveBeenCalled();
    } finally {
      stderr.mockRestore();
    }
  });
});

describe('exit code 129', () => {
  it('is what the wizard exits with when its terminal is gone, and only then', async () => {
    const { exitWhenTerminalCloses } = await import('../source/wizard/run.js');
    for (const code of ['EIO', 'EPIPE']) {
      const exit = vi.fn();
      exitWhenTerminalCloses(Object.assign(new Error(code), { code }), exit);
      expect(exit).toHaveBeenCalledWith(129);
    }
    expect(EXIT_TERMINAL_CLOSED).toBe(129);
    const exit = vi.fn();
    expect(() => exitWhenTerminalCloses(Object.assign(new Error('other'), { code: 'EACCES' }), exit)).toThrow('other');
    expect(exit).not.toHaveBeenCalled();
  });

  it('is documented in the README and the help', () => {
    expect(readFileSync(join(REPO, 'README.md'), 'utf8')).toMatch(/^\| 129 \| the wizard's terminal was closed/m);
    expect(readFileSync(join(REPO, 'source', 'help.ts'), 'utf8')).toMatch(/^ {2}129 {2}the wizard's terminal was closed/m);
  });
});
