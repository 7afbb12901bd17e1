/**
 * The record of processing activities as a reader gets it back: from its Markdown (a section
 * per activity, a two-column table) and from its CSV (a row per activity), each activity as its
 * cells, each cell as its lines, in lower case and without Markdown escapes, so that a test
 * can look for the words of the answers and catalogs in them.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import type { Answers } from '../../source/core/answers/schema.js';
import type { Language } from '../../source/core/languages.js';
import { resolveAnswers } from '../../source/core/model/resolve.js';
import { renderModelOutputs } from '../../source/core/render/outputs.js';
import { labels } from '../../source/core/render/templates.js';
import { RECORD_COLUMNS, type RecordColumn } from '../../source/core/view/record-labels.js';
import { normalise, sections, tableRows } from './markdown.js';
import { catalogs } from './replay.js';

/** The separator a spreadsheet with the reader's regional settings splits on (README, "What you get"). */
export const CSV_DELIMITER: Record<Language, string> = { en: ',', nl: ';', fr: ';', de: ';' };

export type RecordCells = Partial<Record<RecordColumn, string[]>>;

export function renderRecord(answers: Answers, lang: Language): { md: string; csv: string } {
  const files = renderModelOutputs(resolveAnswers(answers, catalogs), [lang], ['md', 'csv'], ['record']);
  const content = (format: string) => files.find((f) => f.name === `record-of-processing.${lang}.${format}`)!.content;
  return { md: content('md'), csv: content('csv') };
}

const lower = (text: string) =>
  text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/’/g, "'")
    .toLocaleLowerCase();

/** Each activity's cells, read from the CSV: its header names the columns. */
export function csvActivities(csv: string, lang: Language): RecordCells[] {
  const [header, ...rows] = parseCsv(csv, { bom: true, delimiter: CSV_DELIMITER[lang] }) as string[][];
  const l = labels(lang).record.columns;
  const columnOf = header!.map((heading) => RECORD_COLUMNS.find((column) => l[column] === heading));
  return rows.map((row) => Object.fromEntries(row.map((cell, i) => [columnOf[i]!, cell.split('\n').map(lower)]))) as RecordCells[];
}

/** Each activity's cells, read from its Markdown section ("### 2. Name"); the name is the heading. */
export function markdownActivities(md: string, lang: Language): RecordCells[] {
  const l = labels(lang).record.columns;
  return sections(md, 3).map(({ heading, body }) => {
    const cells: RecordCells = { activity: [normalise(heading.replace(/^\d+\. /, ''))] };
    for (const [item, details] of tableRows(body)) {
      const column = RECORD_COLUMNS.find((c) => normalise(l[c]) === normalise(item!));
      if (column) cells[column] = details!.split('<br>').map(normalise);
    }
    return cells;
  });
}

/** The controller's table of the Markdown: each row's heading with its lines. */
export function markdownController(md: string): Record<string, string[]> {
  const section = sections(md, 2)[0]!;
  return Object.fromEntries(tableRows(section.body).map(([item, details]) => [normalise(item!), details!.split('<br>').map(normalise)]));
}
