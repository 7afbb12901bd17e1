/** The earlier and the new set of files the write tests switch between, and a folder's content. */
import fs from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './cli.js';

// d.md is new: it had no earlier file, so undoing must remove it, not restore it.
const oldNames = ['a.md', 'b.html', 'c.csv'];
export const files = ['a.md', 'b.html', 'c.csv', 'd.md'].map((name) => ({ name, content: `new ${name}` }));

export function folderWithEarlierFiles(): string {
  const dir = tempDir();
  for (const name of oldNames) fs.writeFileSync(join(dir, name), `old ${name}`);
  return dir;
}

/** The folder's whole content, hidden entries included. */
export const contents = (dir: string): Record<string, string> =>
  Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((name) => [name, fs.statSync(join(dir, name)).isFile() ? fs.readFileSync(join(dir, name), 'utf8') : '(folder)']),
  );

export const OLD_SET = Object.fromEntries(oldNames.map((name) => [name, `old ${name}`]));
export const NEW_SET = Object.fromEntries(files.map(({ name, content }) => [name, content]));
