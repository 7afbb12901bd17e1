/**
 * The record's files as other tools read them: the CSV as a spreadsheet splits it (RFC 4180,
 * BOM, CRLF, ";" for nl, fr and de), its cells escaped and no formula among them; the
 * Markdown through markdownlint and a GFM parser; and the same bytes from the same answers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { lint } from 'markdownlint/sync';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LANGUAGES } from '../source/core/languages.js';
import { exampleFiles, REPO } from './support/cli.js';
import { CSV_DELIMITER, renderRecord } from './support/record.js';
import { loadAnswers } from './support/replay.js';

const files = [...exampleFiles(), join(REPO, 'test/fixtures/everything.yaml'), join(REPO, 'test/fixtures/outside-eu.yaml')];
const sources = files.map((file) => ({ file: file.slice(REPO.length + 1), ...loadAnswers(file) }));
const config = parse(readFileSync(join(REPO, '.markdownlint.yaml'), 'utf8')) as Record<string, unknown>;

describe.each(sources)('$file', ({ answers, languages }) => {
  it.each(languages)('CSV (%s): BOM, CRLF, nine columns on the regional separator, a row per activity', (lang) => {
    const { csv } = renderRecord(answers, lang);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted cells every line ends in CRLF: a bare line feed only breaks a line inside a cell.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted.split('\r\n').every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
    const rows = parseCsv(csv, { bom: true, delimiter: CSV_DELIMITER[lang] }) as string[][];
    expect(rows).toHaveLength(answers.activities.length + 1);
    expect(rows.every((row) => row.length === 9)).toBe(true);
  });

  it('writes the same bytes from the same answers', () => {
    for (const lang of languages) expect(renderRecord(structuredClone(answers), lang)).toEqual(renderRecord(answers, lang));
  });

  it('Markdown passes markdownlint, its tables parse as GFM with two columns and a row per item', () => {
    const strings = Object.fromEntries(languages.map((lang) => [`record-of-processing.${lang}.md`, renderRecord(answers, lang).md]));
    const problems = Object.entries(lint({ strings, config })).flatMap(([name, errors]) =>
      errors.map((e) => `${name}:${e.lineNumber} ${e.ruleNames.join('/')} ${e.errorDetail ?? ''}`),
    );
    expect(problems).toEqual([]);
    for (const md of Object.values(strings)) {
      const tables: Tokens.Table[] = [];
      marked.walkTokens(marked.lexer(md, { gfm: true }), (token) => {
        if (token.type === 'table') tables.push(token as Tokens.Table);
      });
      // The controller's table, then one per activity with the seven items (b) to (g).
      expect(tables).toHaveLength(1 + answers.activities.length);
      expect(tables.every((table) => table.header.length === 2 && table.rows.every((row) => row.length === 2))).toBe(true);
      expect(tables.slice(1).map((table) => table.rows.length)).toEqual(answers.activities.map(() => 7));
    }
  });
});

describe('CSV cells', () => {
  const { answers } = loadAnswers(join(REPO, 'test/fixtures/minimal.yaml'));
  const awkward = structuredClone(answers);
  const name = { en: '=HYPERLINK("x";"y")', nl: 'a;b "c"', fr: '+1,5 ; deux', de: '@Zeile\nzwei' };
  awkward.activities[0]!.name = name;
  awkward.controller.legalName = '-Peeters; "De Drukker"';

  it.each(LANGUAGES)('keep separators, quotes and line breaks inside the cell and start no formula (%s)', (lang) => {
    const rows = parseCsv(renderRecord(awkward, lang).csv, { bom: true, delimiter: CSV_DELIMITER[lang] }) as string[][];
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.length === 9)).toBe(true);
    const [activity, controller] = rows[1]!;
    // A value that a spreadsheet would read as a formula gets a leading apostrophe, and nothing else changes.
    expect(activity).toBe(/^[=+\-@]/.test(name[lang]) ? `'${name[lang]}` : name[lang]);
    expect(controller!.startsWith(`'-Peeters; "De Drukker"`)).toBe(true);
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
});
