/**
 * The all-or-nothing writer (io/write-files.ts): a failure injected at every step of a write,
 * through its step hook, leaves the complete earlier set or the complete new set, says which,
 * and leaves nothing behind once the next write has run.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OLD_PREFIX, recoverOutputFolder } from '../source/io/output-journal.js';
import { describeWriteError } from '../source/io/write-errors.js';
import { type WriteStep, writeFilesAtomically, writeOutputs } from '../source/io/write-files.js';

import { tempDir } from './support/cli.js';
import { contents, files, folderWithEarlierFiles, NEW_SET, OLD_SET } from './support/write-sets.js';

const allSteps: WriteStep[] = [];
await writeFilesAtomically(folderWithEarlierFiles(), files, { step: (at) => allSteps.push(at) });
// A fresh folder takes another path: there is nothing to move aside, so no backup folder.
const freshSteps: WriteStep[] = [];
await writeFilesAtomically(tempDir(), files, { step: (at) => freshSteps.push(at) });
const label = (at: WriteStep) => ('name' in at ? `${at.step} ${at.name}` : at.step);

describe('writeFilesAtomically', () => {
  it('has a step for each file staged, moved aside and placed', () => {
    expect(allSteps.map(label)).toEqual([
      'recover',
      'stage-folder',
      ...files.map((f) => `stage-file ${f.name}`),
      'stage-synced',
      'journal',
      'backup a.md',
      'place a.md',
      'backup b.html',
      'place b.html',
      'backup c.csv',
      'place c.csv',
      'place d.md',
      'commit',
      'tidy',
    ]);
  });

  // A folder with earlier files, and a fresh one (which has no backup folder to make).
  const failureCases = [
    ...allSteps.map((at, index) => ['with earlier files', label(at), index, at, folderWithEarlierFiles, OLD_SET] as const),
    ...freshSteps.map((at, index) => ['fresh', label(at), index, at, tempDir, {}] as const),
  ];
  it.each(failureCases)(
    'a failure at a write into a folder %s, at %s, leaves one whole set, and nothing once the next write ran',
    async (_kind, _label, index, at, makeFolder, earlier) => {
      const dir = makeFolder();
      let n = 0;
      const outcome = await writeOutputs(dir, files, {
        step() {
          if (n++ === index) throw Object.assign(new Error('EIO: injected'), { code: 'EIO' });
        },
      });
      const tidying = at.step === 'tidy';
      if (tidying) expect(outcome.ok).toBe(true);
      else expect(outcome).toEqual({ ok: false, reason: 'the disk reported an input/output error (EIO)', mixed: false });
      const visible = Object.fromEntries(Object.entries(contents(dir)).filter(([name]) => !name.startsWith('.')));
      expect(visible).toEqual(tidying ? NEW_SET : earlier);
      recoverOutputFolder(dir);
      expect(contents(dir)).toEqual(tidying ? NEW_SET : earlier);
    },
  );

  it('makes a folder for the earlier files only when there are some', async () => {
    const backupFolders = async (dir: string) => {
      let seen: string[] = [];
      await writeFilesAtomically(dir, files, {
        step(at) {
          if (at.step === 'journal') seen = fs.readdirSync(dir).filter((name) => name.startsWith(OLD_PREFIX));
        },
      });
      return seen.length;
    };
    expect(await backupFolders(folderWithEarlierFiles())).toBe(1);
    expect(await backupFolders(tempDir())).toBe(0);
  });

  it('replaces them all when every file could be written, and leaves nothing else', async () => {
    const dir = folderWithEarlierFiles();
    expect(await writeFilesAtomically(dir, files)).toEqual(files.map((f) => join(dir, f.name)));
    expect(contents(dir)).toEqual(NEW_SET);
  });

  it('refuses a folder standing where a file goes, before changing anything (it is never moved aside)', async () => {
    const dir = folderWithEarlierFiles();
    fs.rmSync(join(dir, 'b.html'));
    fs.mkdirSync(join(dir, 'b.html'));
    fs.writeFileSync(join(dir, 'b.html', 'mine.txt'), 'kept');
    const outcome = await writeOutputs(dir, files);
    expect(outcome).toMatchObject({
      ok: false,
      mixed: false,
      reason: `a folder of that name is in the way: ${join(dir, 'b.html')} (EISDIR)`,
    });
    expect(fs.readFileSync(join(dir, 'b.html', 'mine.txt'), 'utf8')).toBe('kept');
    expect(fs.readdirSync(dir).sort()).toEqual(['a.md', 'b.html', 'c.csv']);
  });

  it('is not blocked by the temporary files of a killed earlier version (.NAME.PID.tmp) and removes them', async () => {
    const dir = folderWithEarlierFiles();
    for (const f of files) fs.writeFileSync(join(dir, `.${f.name}.${process.pid}.tmp`), 'stale');
    expect((await writeOutputs(dir, files)).ok).toBe(true);
    expect(contents(dir)).toEqual(NEW_SET);
  });

  it('says when undoing failed too: the folder is then a mix that the next write puts back', async () => {
    const dir = folderWithEarlierFiles();
    const outcome = await writeOutputs(dir, files, {
      step(at) {
        if (at.step === 'place' && at.name === 'b.html') {
          // The earlier a.md cannot go back: something else took its place (a folder, not empty).
          fs.rmSync(join(dir, 'a.md'));
          fs.mkdirSync(join(dir, 'a.md', 'x'), { recursive: true });
          throw Object.assign(new Error('EIO: injected'), { code: 'EIO' });
        }
      },
    });
    expect(outcome).toEqual({ ok: false, mixed: true, reason: 'the disk reported an input/output error (EIO)' });
    fs.rmSync(join(dir, 'a.md'), { recursive: true });
    recoverOutputFolder(dir);
    expect(contents(dir)).toEqual(OLD_SET);
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
