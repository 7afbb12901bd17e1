/** A CSV file as a spreadsheet opens it in the reader's language: each document's CSV is written here. */
import type { Language } from '../languages.js';
import { csvRow } from './escape.js';

/**
 * Excel splits a CSV on the list separator of the reader's regional settings: ";" in Belgium,
 * the Netherlands, France and Germany (where "," is the decimal comma), "," in English ones.
 */
export const CSV_SEPARATOR: Record<Language, string> = { en: ',', nl: ';', fr: ';', de: ';' };

/**
 * A header and its rows as RFC 4180 CSV (CRLF, fields quoted and formulas neutralised by
 * csvField), in UTF-8 with a byte-order mark, so that spreadsheet programs read accents right.
 */
export function csvFile(header: readonly string[], rows: readonly (readonly string[])[], lang: Language): string {
  const separator = CSV_SEPARATOR[lang];
  return `\uFEFF${[header, ...rows].map((fields) => csvRow(fields, separator)).join('')}`;
}
