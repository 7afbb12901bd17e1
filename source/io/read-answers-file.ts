import { closeSync, openSync, readSync } from 'node:fs';
import { MAX_ANSWERS_BYTES, TOO_LARGE } from '../core/answers/parse.js';
import { formatProblem } from '../core/answers/problems.js';

/**
 * The text of an answers file, or the lines that say why it cannot be read. Reads at most one
 * byte past the size limit, so a huge file or an endless device costs no memory.
 */
export function loadAnswersText(file: string): { text: string } | { problems: string[] } {
  let bytes: Buffer;
  try {
    bytes = readAtMost(file, MAX_ANSWERS_BYTES + 1);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return { problems: [`privacy-wizard: cannot read answers file ${file}: ${reason}`] };
  }
  const notRead = `privacy-wizard: ${file} was not read; nothing was written.`;
  if (bytes.length > MAX_ANSWERS_BYTES) {
    return { problems: [formatProblem({ file, line: 1, col: 1, path: '(file)', message: TOO_LARGE }), notRead] };
  }
  const text = decodeUtf8(bytes);
  if (typeof text === 'string') return { text };
  return { problems: [formatProblem({ file, ...text, path: '(file)', message: 'is not UTF-8 text from here on: save the file as UTF-8' }), notRead] };
}


/** The text of an answers file, or undefined after saying on stderr why it cannot be read. */
export function readAnswersFile(file: string): string | undefined {
  const result = loadAnswersText(file);
  if ('text' in result) return result.text;
  for (const line of result.problems) process.stderr.write(`${line}\n`);
  return undefined;
}

function readAtMost(file: string, limit: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(limit);
    let length = 0;
    for (let n = -1; n !== 0 && length < limit; length += n) n = readSync(fd, buffer, length, limit - length, null);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

const strict = new TextDecoder('utf-8', { fatal: true });

/** The text (a leading byte-order mark dropped), or where its first invalid character starts. */
function decodeUtf8(bytes: Buffer): string | { line: number; col: number } {
  try {
    return strict.decode(bytes);
  } catch {
    // The longest prefix that decodes (a cut-off character at its end is allowed while streaming).
    let low = 0;
    let high = bytes.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (decodes(bytes.subarray(0, mid))) low = mid;
      else high = mid - 1;
    }
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, low), { stream: true }).split('\n');
    return { line: before.length, col: before.at(-1)!.length + 1 };
  }
}

function decodes(prefix: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(prefix, { stream: true });
    return true;
  } catch {
    return false;
  }
}
