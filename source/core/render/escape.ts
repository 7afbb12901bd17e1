/** Escaping per output format: each value the user typed comes out inert and intact. */

/**
 * Marks where a value began with a character that starts a block only at the start of a line (a
 * list item `-`, `+`, `1.`, a quote `>`, a setext underline `=`). The value cannot know where
 * the template puts it, so `settleBlockStarts` decides once the whole Markdown is rendered.
 */
const BLOCK_START = '\uE000';

/**
 * A web address (http, https) or an email address standing as its own word is written as a
 * CommonMark autolink, so the HTML notice links it. A candidate is the word from its scheme or
 * its local part; it becomes a link only if, without the punctuation that ends a sentence, it is
 * an address through and through (so `https://café.be` or `a|b@x.be` stay text, escaped).
 */
const CANDIDATE = /(?<=^|[\s(<[])(?:https?:\/\/|[\w.%+-]+@)\S*/gi;
const URL_ADDRESS = /^https?:\/\/[\w\-.~:/?#@!$&'()*+,;=%]+$/i;
const EMAIL_ADDRESS = /^[\w.%+-]+@[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)+$/i;

/** The end of a sentence after an address is not part of it; a closing bracket only if it opened in it. */
function trimAddress(word: string): string {
  let end = word.length;
  for (;;) {
    const last = word[end - 1];
    const unbalanced = last === ')' && word.slice(0, end).split(')').length > word.slice(0, end).split('(').length;
    if (last !== undefined && (/[.,;:!?'"*>\]]/.test(last) || unbalanced)) end--;
    else return word.slice(0, end);
  }
}

/**
 * Markdown (CommonMark/GFM): backslash-escape what could start inline markup, keep table cells
 * whole (`|`, newlines → `<br>`) and leave no raw HTML (`<` → `&lt;`, `&` of an entity →
 * `&amp;`). Block markers are escaped later, only where they start a line (see BLOCK_START).
 * Addresses become autolinks (see CANDIDATE); the text around them is escaped.
 */
export function escapeMarkdown(value: string): string {
  const text = value.replace(/\r\n?/g, '\n').trim();
  // Most values hold no address: a notice escapes thousands of them.
  if (!text.includes('@') && !/https?:\/\//i.test(text)) return escapeText(text, true);
  let markdown = '';
  let done = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const address = trimAddress(match[0]);
    if (!URL_ADDRESS.test(address) && !EMAIL_ADDRESS.test(address)) continue;
    markdown += `${escapeText(text.slice(done, match.index), done === 0)}<${address}>`;
    done = match.index + address.length;
  }
  return markdown + escapeText(text.slice(done), done === 0);
}

/** What escapeText changes; a value without any (most of them) is only checked for a block start. */
const SPECIAL = /[\\`*[\]|~_#&<\uE000\n]/;

function escapeText(text: string, startsValue: boolean): string {
  let escaped = text;
  if (SPECIAL.test(text)) {
    escaped = text
      .replace(/[\\`*[\]|~]/g, (ch) => `\\${ch}`)
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_') // snake_case cannot start emphasis
      .replace(/(^|\s)#/g, '$1\\#') // C# is no heading; "# x" and a closing " #" would be
      .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/\uE000/g, '&#57344;')
      .replace(/\n[ \t]*/g, '<br>');
  }
  return startsValue ? escaped.replace(/^(?=[-+](?:\s|$)|[-=]+$|(?:-\s*){3,}$|>|\d{1,9}[.)](?:\s|$))/, BLOCK_START) : escaped;
}

/**
 * Rendered Markdown with each marked value start escaped where it begins a line (after any
 * indentation, list markers and quote markers) and left as it is elsewhere (`1. Februar`).
 */
export function settleBlockStarts(markdown: string): string {
  // Most notices mark no value start at all: the line-by-line pattern below costs a replay ~1.5 ms.
  if (!markdown.includes(BLOCK_START)) return markdown;
  return markdown
    .replace(
      /^((?:[ \t]*(?:[-*+]|\d{1,9}[.)]|>)[ \t]+)*[ \t]*)\uE000(?:(\d{1,9})(?=[.)])|(?=[-+=>]))/gm,
      (_, lead: string, digits?: string) => (digits ? `${lead}${digits}\\` : `${lead}\\`),
    )
    .replace(/\uE000/g, '');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);

/**
 * What a spreadsheet may read as the start of a formula: =, +, -, @, tab, CR and line feed, and
 * their full-width and small forms (＝＋－＠, ﹦﹢﹣﹫) and the minus sign, which some normalise first.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u2212]/;

/** RFC 4180 field; a value that could start a formula (FORMULA_START) is prefixed with ' so spreadsheets show it as text. */
export function csvField(value: string, separator = ','): string {
  const inert = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) || inert.includes(separator) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

export const csvRow = (fields: readonly string[], separator = ','): string =>
  `${fields.map((field) => csvField(field, separator)).join(separator)}\r\n`;
