/** Splits a rendered notice into its sections by heading, for item-by-item checks. */
export interface Section {
  heading: string;
  body: string;
}

export function sections(markdown: string, level: 2 | 3): Section[] {
  const marker = `${'#'.repeat(level)} `;
  const parts: Section[] = [];
  let current: Section | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith(marker)) {
      current = { heading: line.slice(marker.length), body: '' };
      parts.push(current);
    } else if (/^#{1,3} /.test(line) && line.split(' ')[0]!.length <= level) {
      current = undefined;
    } else if (current) {
      current.body += `${line}\n`;
    }
  }
  return parts;
}

/** The table rows (as arrays of cell text) in a piece of Markdown, header rows excluded. */
export function tableRows(markdown: string): string[][] {
  const lines = markdown.split('\n');
  return lines
    .filter((line, i) => line.startsWith('|') && !/^\|\s*---/.test(line) && !/^\|\s*---/.test(lines[i + 1] ?? ''))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

/** Markdown text as a reader sees it (no escapes, no autolink brackets), for comparing with catalog text. */
export const normalise = (text: string): string =>
  text
    .replace(/<((?:https?:\/\/|[^\s<>@]+@)[^\s<>]*)>/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/’/g, "'")
    .toLocaleLowerCase();
