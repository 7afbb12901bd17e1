/**
 * The generated Markdown as other tools read it: markdownlint with the committed config, and
 * a GFM parser (marked) that must find every table, with as many columns and rows as the
 * answers call for. Every example and test fixture, every language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Answers } from '../source/core/answers/schema.js';
import { resolveAnswers } from '../source/core/model/resolve.js';
import { DOCUMENT_OPTIONS } from '../source/core/render/documents.js';
import { renderModelOutputs, renderOutputs } from '../source/core/render/outputs.js';
import { exampleFiles, REPO } from './support/cli.js';
import { catalogs, loadAnswers } from './support/replay.js';

const config = parse(readFileSync(join(REPO, '.markdownlint.yaml'), 'utf8')) as Record<string, unknown>;

const fixtures = readdirSync(join(REPO, 'test/fixtures'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => join(REPO, 'test/fixtures', name));
const sources = [...exampleFiles(), ...fixtures].map((file) => ({ name: basename(file), ...loadAnswers(file) }));

/** [columns, rows] of each table the notice has, in order, from the answers alone. */
function expectedNoticeTables(answers: Answers): [number, number][] {
  // `EEA` (the EU/EEA as one location, README) is inside.
  const outsideEea = answers.recipients.filter((r) => r.countries.some((code) => code !== 'EEA' && !catalogs.countries.eea.includes(code)));
  return [
    ...answers.activities.map((activity): [number, number] => [2, activity.purposes.length]),
    ...(answers.recipients.length > 0 ? [[4, answers.recipients.length] as [number, number]] : []),
    ...(outsideEea.length > 0 ? [[3, outsideEea.length] as [number, number]] : []),
    [4, retentionRuleCount(answers)],
  ];
}
const retentionRuleCount = (answers: Answers) => answers.activities.reduce((sum, activity) => sum + activity.retention.length, 0);

function gfmTables(markdown: string): Tokens.Table[] {
  const tables: Tokens.Table[] = [];
  marked.walkTokens(marked.lexer(markdown, { gfm: true }), (token) => {
    if (token.type === 'table') tables.push(token as Tokens.Table);
  });
  return tables;
}

describe.each(sources)('$name', ({ answers, languages }) => {
  const files = renderOutputs(answers, catalogs, languages, ['md']);

  it('passes markdownlint with the committed config, in every language', () => {
    const results = lint({ strings: Object.fromEntries(files.map((file) => [file.name, file.content])), config });
    const problems = Object.entries(results).flatMap(([name, errors]) =>
      errors.map(
        (e) => `${name}:${e.lineNumber} ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''}`,
      ),
    );
    expect(files).toHaveLength(2 * languages.length);
    expect(problems).toEqual([]);
  });

  it.each(languages)('renders the notice tables (%s) as GFM tables with the rows the answers call for', (lang) => {
    const markdown = files.find((file) => file.name === `privacy-notice.${lang}.md`)!.content;
    const tables = gfmTables(markdown);
    expect(tables.map((table) => [table.header.length, table.rows.length])).toEqual(expectedNoticeTables(answers));
    for (const table of tables) {
      expect(table.header.every((cell) => cell.text.trim().length > 0)).toBe(true);
      expect(table.rows.every((row) => row.length === table.header.length)).toBe(true);
    }
    expect(marked.parse(markdown, { gfm: true, async: false }).match(/<table>/g)).toHaveLength(tables.length);
  });

  it.each(languages)('renders the retention table (%s) as one GFM table, a row per retention rule', (lang) => {
    const markdown = files.find((file) => file.name === `retention-table.${lang}.md`)!.content;
    const tables = gfmTables(markdown);
    expect(tables.map((table) => [table.header.length, table.rows.length])).toEqual([[4, retentionRuleCount(answers)]]);
    expect(marked.parse(markdown, { gfm: true, async: false })).toMatch(/<table>[\s\S]*<th>[\s\S]*<\/table>/);
  });
});

describe("the README's samples", () => {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const samples = [...readme.matchAll(/<!-- sample: (\S+) (\S+) [^>]*-->\n```markdown\n([\s\S]*?)\n```/g)].map((m) => m.slice(1));

  it('include the notice, the short notices and the cookie declaration', () => {
    expect(samples.map(([, file]) => file)).toEqual(
      expect.arrayContaining(['privacy-notice.en.md', 'short-notices.en.md', 'cookie-declaration.en.md']),
    );
  });

  it.each(samples)('%s: %s is an excerpt of the file it names, as generated today', (example, file, excerpt) => {
    expect(excerpt!.split('\n').length).toBeGreaterThan(5);
    const { answers, languages } = loadAnswers(join(REPO, example!));
    const generated = renderModelOutputs(resolveAnswers(answers, catalogs), languages, ['md'], DOCUMENT_OPTIONS).find(
      (output) => output.name === file,
    );
    expect(generated?.content).toContain(excerpt);
  });
});
