/**
 * The writer hands each file's text to write(2) as a string; a write that comes back short
 * (a disk nearly full, a file system that takes a little at a time) must go on from the first
 * byte not written, also in the middle of a character of several bytes.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFilesAtomically } from '../source/io/write-files.js';
import { tempDir } from './support/cli.js';

/** At most this many bytes per write, as a short write would take. */
const SHORT = 7;

/** fs.writeSync made short for this test; syncBuiltinESMExports hands it to the writer's named import. */
function shortWrites(): void {
  const writeSync = fs.writeSync;
  vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, data: string | NodeJS.ArrayBufferView, offset?: number) => {
    const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const from = typeof data === 'string' ? 0 : (offset ?? 0);
    return writeSync(fd, bytes, from, Math.min(SHORT, bytes.length - from));
  }) as typeof fs.writeSync);
  syncBuiltinESMExports();
}

afterEach(() => {
  vi.restoreAllMocks();
  syncBuiltinESMExports();
});

describe('a short write', () => {
  it('is carried on until the whole file is written, byte for byte', async () => {
    // Two- and three-byte characters fall across the 7-byte writes.
    const content = `Verwerkingsverantwoordelijke — données à caractère personnel, Löschfrist ${'€ß’'.repeat(40)}\n`;
    const dir = tempDir();
    shortWrites();
    await writeFilesAtomically(dir, [{ name: 'privacy-notice.nl.md', content }]);
    expect(vi.mocked(fs.writeSync).mock.calls.length).toBeGreaterThan(Buffer.byteLength(content) / SHORT);
    expect(fs.readFileSync(join(dir, 'privacy-notice.nl.md'), 'utf8')).toBe(content);
  });
});
