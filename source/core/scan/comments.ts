/**
 * Comments blanked out of code, keeping every other character where it was (so offsets, lines
 * and columns stay right): commented-out code loads nothing. Strings are kept as they are — a
 * URL in a string is what a script loads — and a `//` inside one starts no comment.
 */

export type CodeSyntax = 'js' | 'css' | 'php';

/** Characters after which a `/` starts a regular expression literal rather than a division. */
const BEFORE_REGEX = new Set([...'(,=:[!&|?{};+-*%<>~^'.split(''), '']);
const REGEX_AFTER_WORD = /(?:^|[^\w$])(?:return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)\s*$/;

export function blankComments(code: string, syntax: CodeSyntax): string {
  const blanks: [number, number][] = [];
  const n = code.length;
  let last = ''; // the last character that is not white space, outside comments
  let i = 0;
  while (i < n) {
    const ch = code[i]!;
    const next = code[i + 1];
    if (ch === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      blanks.push([i, stop]);
      i = stop;
      continue;
    }
    const lineComment = (syntax !== 'css' && ch === '/' && next === '/') || (syntax === 'php' && ch === '#' && next !== '[');
    if (lineComment) {
      let stop = code.indexOf('\n', i);
      if (stop < 0) stop = n;
      // PHP: `?>` ends a line comment too.
      if (syntax === 'php') {
        const close = code.indexOf('?>', i);
        if (close >= 0 && close < stop) stop = close;
      }
      blanks.push([i, stop]);
      i = stop;
      continue;
    }
    if (ch === '"' || ch === "'" || (ch === '`' && syntax === 'js')) {
      i = endOfString(code, i, ch);
      last = ch;
      continue;
    }
    if (syntax === 'js' && ch === '/' && (BEFORE_REGEX.has(last) || REGEX_AFTER_WORD.test(code.slice(Math.max(0, i - 12), i)))) {
      i = endOfRegex(code, i);
      last = '/';
      continue;
    }
    if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r') last = ch;
    i++;
  }
  if (blanks.length === 0) return code;
  let out = '';
  let from = 0;
  for (const [start, stop] of blanks) {
    out += code.slice(from, start) + code.slice(start, stop).replace(/[^\n]/g, ' ');
    from = stop;
  }
  return out + code.slice(from);
}

/** Past the closing quote; a quote or backtick string ends at an unescaped match, a quote string also at a line end. */
function endOfString(code: string, start: number, quote: string): number {
  for (let i = start + 1; i < code.length; i++) {
    const ch = code[i];
    if (ch === '\\') i++;
    else if (ch === quote) return i + 1;
    else if (ch === '\n' && quote !== '`') return i;
  }
  return code.length;
}

function endOfRegex(code: string, start: number): number {
  let inClass = false;
  for (let i = start + 1; i < code.length; i++) {
    const ch = code[i];
    if (ch === '\\') i++;
    else if (ch === '\n') return i;
    else if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (ch === '/' && !inClass) return i + 1;
  }
  return code.length;
}
