/** The all-or-nothing writer, with failures injected where a real disk is hard to make fail. */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeWriteError, writeFilesAtomically } from '../source/io/write-files.js';
import { tempDir } from './support/cli.js';

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return { ...real, writeFileSync: vi.fn(real.writeFileSync) };
});

const files = ['a.md', 'b.html', 'c.csv', 'd.md'].map((name) => ({ name, content: `new ${name}` }));

function folderWithEarlierFiles() {
  const dir = tempDir();
  for (const { name } of files) fs.writeFileSync(join(dir, name), `old ${name}`);
  return dir;
}

const failOnCall = (n: number, code: string) => {
  let calls = 0;
  const real = vi.mocked(fs.writeFileSync).getMockImplementation()!;
  vi.mocked(fs.writeFileSync).mockImplementation((...args: Parameters<typeof fs.writeFileSync>) => {
    if (++calls === n) throw Object.assign(new Error(`${code}: injected`), { code });
    return real(...args);
  });
};

afterEach(() => {
  vi.mocked(fs.writeFileSync).mockReset();
});

describe('writeFilesAtomically', () => {
  it.each([1, 2, 4])('leaves every earlier file and no temporary file when file %i cannot be written', (n) => {
    const dir = folderWithEarlierFiles();
    failOnCall(n, 'EACCES');
    expect(() => writeFilesAtomically(dir, files)).toThrow(/EACCES/);
    expect(fs.readdirSync(dir).sort()).toEqual(files.map((f) => f.name));
    for (const { name } of files) expect(fs.readFileSync(join(dir, name), 'utf8')).toBe(`old ${name}`);
  });

  it('replaces them all when every file could be written', () => {
    const dir = folderWithEarlierFiles();
    expect(writeFilesAtomically(dir, files)).toEqual(files.map((f) => join(dir, f.name)));
    for (const { name } of files) expect(fs.readFileSync(join(dir, name), 'utf8')).toBe(`new ${name}`);
    expect(fs.readdirSync(dir)).toHaveLength(files.length);
  });
});

describe('describeWriteError', () => {
  it.each([
    ['ENOSPC', 'the disk is full (ENOSPC)'],
    ['EACCES', 'permission denied (EACCES)'],
    ['EROFS', 'the folder is on a read-only file system (EROFS)'],
  ])('says %s in plain words', (code, words) => {
    expect(describeWriteError(Object.assign(new Error('x'), { code }))).toBe(words);
  });

  it('falls back to the system message for other errors', () => {
    expect(describeWriteError(new Error('something odd'))).toBe('something odd');
  });
});
