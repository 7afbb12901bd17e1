import { readFileSync } from 'node:fs';

/** The text of an answers file, or the line that says why it cannot be read. */
export function readAnswersText(file: string): { text: string } | { error: string } {
  try {
    return { text: readFileSync(file, 'utf8') };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return { error: `privacy-wizard: cannot read answers file ${file}: ${reason}` };
  }
}

/** The text of an answers file, or undefined after saying on stderr why it cannot be read. */
export function readAnswersFile(file: string): string | undefined {
  const result = readAnswersText(file);
  if ('error' in result) process.stderr.write(`${result.error}\n`);
  return 'text' in result ? result.text : undefined;
}
