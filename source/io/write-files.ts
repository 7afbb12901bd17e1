import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputFile } from '../core/render/outputs.js';

/**
 * Writes every file or none: all go to temporary files in the target folder first, and only
 * when each has been written are they renamed over the old ones (a rename is atomic).
 */
export function writeFilesAtomically(dir: string, files: readonly OutputFile[]): string[] {
  mkdirSync(dir, { recursive: true });
  const staged: { temp: string; target: string }[] = [];
  try {
    for (const file of files) {
      const target = join(dir, file.name);
      const temp = join(dir, `.${file.name}.${process.pid}.tmp`);
      staged.push({ temp, target });
      writeFileSync(temp, file.content, { flag: 'wx' });
    }
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw error;
  }
  for (const { temp, target } of staged) renameSync(temp, target);
  return staged.map(({ target }) => target);
}
