/** Escaping per output format: each value the user typed comes out inert and intact. */

/**
 * Markdown (CommonMark/GFM): backslash-escape what could start markup (a list marker only where
 * it would start one), keep table cells whole
 * (`|`, newlines → `<br>`) and leave no raw HTML (`<` → `&lt;`, `&` of an entity → `&amp;`).
 */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .trim()
    .replace(/[\\`*_[\]#|~>]/g, (ch) => `\\${ch}`)
    .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/^(?:[-+=]|\d{1,9}(?=[.)]))(?=[.)]?(?:\s|$))/, (lead) => (/^\d/.test(lead) ? `${lead}\\` : `\\${lead}`))
    .replace(/\n[ \t]*/g, '<br>');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);

/** RFC 4180 field; a leading =, +, -, @, tab or CR is prefixed with ' so spreadsheets show it as text. */
export function csvField(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

export const csvRow = (fields: readonly string[]): string => `${fields.map(csvField).join(',')}\r\n`;
