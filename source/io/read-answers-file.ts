import { readFileSync } from 'node:fs';

/** The text of an answers file, or undefined after saying on stderr why it cannot be read. */
export function readAnswersFile(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    process.stderr.write(`privacy-wizard: cannot read answers file ${file}: ${reason}\n`);
    return undefined;
  }
}
