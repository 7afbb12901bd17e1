import { closeSync, constants, createReadStream, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';
import { schemaText } from '../core/answers/fields.js';
import { MAX_ANSWERS_BYTES, tooLarge } from '../core/answers/parse.js';
import type { Problem } from '../core/answers/problems.js';
import { msg } from '../core/check/messages.js';
import type { Language } from '../core/languages.js';

/** The text of an answers file; or why it could not be read at all; or why what was read is not one. */
export type AnswersText = { ok: true; text: string } | { ok: false; cannotRead: string } | { ok: false; problems: Problem[] };

/**
 * Reads at most one byte past the size limit, so a huge file or an endless device costs no
 * memory. Prints nothing: the command says what went wrong (commands/messages.ts). `lang`: the
 * language of the problems of what was read (check's --ui-lang); English by default.
 */
export function loadAnswersText(file: string, lang?: Language): AnswersText {
  let bytes: Buffer;
  try {
    bytes = readAtMost(file, MAX_ANSWERS_BYTES + 1);
  } catch (error) {
    return { ok: false, cannotRead: schemaText('cannot-read', { file, reason: reasonOf(error) }, lang) };
  }
  return answersTextOf(bytes, file, lang);
}

/** The reasons a path cannot be read that have words of their own (check-messages.yaml, `schema.reason.*`). */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no-such-file',
  EISDIR: 'folder',
  EACCES: 'permission',
  EPERM: 'permission',
};

/** Why reading failed, in words of the reader's language; any other reason in Node's own. */
function reasonOf(error: unknown) {
  const { code, kind } = error as NodeJS.ErrnoException & { kind?: NotAFile };
  const id = kind ?? REASONS[code ?? ''];
  return id ? msg(`schema.reason.${id}`) : (error as Error).message;
}

/** The name `-` stands for standard input (diff, --changes-from): `git show HEAD~1:acme.yaml | privacy-wizard diff - acme.yaml`. */
export const STDIN = '-';
/** How problems of standard input name it. */
export const STDIN_NAME = '(stdin)';
export const inputName = (file: string): string => (file === STDIN ? STDIN_NAME : file);

const isPipe = (file: string): boolean => {
  try {
    return statSync(file).isFIFO();
  } catch {
    return false; // loadAnswersText says why it cannot be read
  }
};

/**
 * As loadAnswersText, and also standard input (`-`) or a pipe such as the shell's `<(git show
 * HEAD~1:acme.yaml)`, which are read to their end: named on purpose, they have a writer, so
 * waiting for it cannot hang a batch. At most one byte past the size limit is kept.
 */
export async function loadAnswersInput(file: string, lang?: Language): Promise<AnswersText> {
  if (file !== STDIN && !isPipe(file)) return loadAnswersText(file, lang);
  const name = inputName(file);
  const stream = file === STDIN ? process.stdin : createReadStream(file);
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
      length += (chunk as Buffer).length;
      if (length > MAX_ANSWERS_BYTES) break;
    }
  } catch (error) {
    return { ok: false, cannotRead: schemaText('cannot-read-input', { name, reason: reasonOf(error) }, lang) };
  } finally {
    if (file !== STDIN) stream.destroy();
  }
  return answersTextOf(Buffer.concat(chunks), name, lang);
}

function answersTextOf(bytes: Buffer, file: string, lang: Language | undefined): AnswersText {
  if (bytes.length > MAX_ANSWERS_BYTES) {
    return { ok: false, problems: [{ file, line: 1, col: 1, path: '(file)', message: tooLarge(lang) }] };
  }
  const text = decodeUtf8(bytes);
  if (typeof text === 'string') return { ok: true, text };
  return { ok: false, problems: [{ file, ...text, path: '(file)', message: schemaText('not-utf8', {}, lang) }] };
}

/** What a path is when it is not a regular file (its words: `schema.reason.*`). */
type NotAFile = 'folder' | 'fifo' | 'socket' | 'device';

function notAFile(stats: Stats): NotAFile | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isSocket()) return 'socket';
  return 'device';
}

/**
 * Opened without blocking: a named pipe would otherwise wait for a writer forever (and a batch
 * with it). Anything but a regular file is refused before a byte is read.
 */
function readAtMost(file: string, limit: number): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const kind = notAFile(fstatSync(fd));
    if (kind) throw Object.assign(new Error(`not a file (${kind})`), { code: 'ENOTFILE', kind });
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
