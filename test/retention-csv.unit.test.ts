/**
 * The retention table as a spreadsheet opens it: Excel splits a CSV on the list separator of
 * the reader's regional settings, ";" for Belgian, Dutch, French and German settings and ","
 * for English ones. Parsed with csv-parse and that delimiter, every row has the four columns
 * of the labels, and the cells carry the retention rows of the answers.
 */
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../source/core/languages.js';
import { resolveAnswers } from '../source/core/model/resolve.js';
import { renderRetentionCsv } from '../source/core/render/retention-table.js';
import { retentionRows } from '../source/core/view/retention.js';
import { exampleFiles, REPO } from './support/cli.js';
import { catalogs, loadAnswers } from './support/replay.js';

const DELIMITER: Record<Language, string> = { en: ',', nl: ';', fr: ';', de: ';' };
const files = [...exampleFiles(), join(REPO, 'test/fixtures/everything.yaml')];

describe.each(LANGUAGES)('the %s retention CSV', (lang) => {
  it.each(files)('splits into four columns on its regional separator: %s', (file) => {
    const { answers } = loadAnswers(file);
    const rows = retentionRows(resolveAnswers(answers, catalogs), lang);
    const csv = renderRetentionCsv({ lang, controllerName: 'x', effectiveDate: 'y', rows, periodsOverlap: false });
    const parsed = parseCsv(csv, { bom: true, delimiter: DELIMITER[lang] }) as string[][];
    expect(parsed).toHaveLength(rows.length + 1);
    expect(parsed.every((cells) => cells.length === 4)).toBe(true);
    expect(parsed.slice(1).map((cells) => cells[2])).toEqual(rows.map((row) => row.period));
    expect(parsed.slice(1).map((cells) => cells[1])).toEqual(rows.map((row) => row.data));
  });
});
