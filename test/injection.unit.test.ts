/**
 * Injection: HTML, attributes, Mustache tags, Markdown syntax and spreadsheet formulas put into
 * every free-text field of the answers come out inert and intact in every format. Free-text
 * fields are found, not listed: each string or number of test/fixtures/everything.yaml that
 * still gives a valid file when replaced by a plain word is one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { marked, type Token, type Tokens } from 'marked';
import { type DefaultTreeAdapterTypes as Html, parse as parseHtml } from 'parse5';
import { describe, expect, it } from 'vitest';
import { parseDocument, type Scalar, visit } from 'yaml';
import { resolveAnswers } from '../source/core/model/resolve.js';
import { readForReplay } from '../source/core/pipeline.js';
import { DEFAULT_FORMATS, DOCUMENT_OPTIONS } from '../source/core/render/documents.js';
import { type OutputFile, renderModelOutputs } from '../source/core/render/outputs.js';
import { REPO } from './support/cli.js';
import { catalogs } from './support/replay.js';

const PROBE = 'Zyxwv';

/** One fixture: its free-text fields, and its outputs with a value in all of them. */
function fixture(name: string, fields: number) {
  const text = readFileSync(join(REPO, 'test/fixtures', name), 'utf8');

  /** The fixture with scalar i (strings and numbers in document order, keys excluded) replaced by `value(i)`. */
  function withScalars(value: (index: number) => string | undefined): string {
    const doc = parseDocument(text);
    let index = 0;
    visit(doc, {
      Scalar(key, node: Scalar) {
        if (key === 'key' || !['string', 'number'].includes(typeof node.value)) return;
        const replacement = value(index++);
        if (replacement !== undefined) node.value = replacement;
      },
    });
    return doc.toString({ lineWidth: 0 });
  }

  let count = 0;
  withScalars(() => void count++);
  const freeText = Array.from({ length: count }, (_, i) => i).filter(
    (i) =>
      readForReplay(
        withScalars((j) => (j === i ? PROBE : undefined)),
        name,
        catalogs,
      ).ok,
  );
  const render = (value: string): OutputFile[] => {
    const result = readForReplay(
      withScalars((i) => (freeText.includes(i) ? value : undefined)),
      name,
      catalogs,
    );
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}:${p.col} ${p.path} ${p.message}`).join('\n'));
    // Every document, the record of processing activities too.
    return renderModelOutputs(resolveAnswers(result.answers, catalogs), result.languages, DEFAULT_FORMATS, DOCUMENT_OPTIONS);
  };
  return { name, fields, freeText, render, probeFiles: render(PROBE) };
}

// everything.yaml has every optional part (its own cookies too); outside-eu.yaml adds the EU
// representative. A Belgian postal code is not free text (check holds it to four digits); the
// Swiss one of outside-eu.yaml is.
const FIXTURES = [fixture('everything.yaml', 99), fixture('outside-eu.yaml', 7)];

const PAYLOADS: Record<string, string> = {
  html: '<script>alert("x")</script><img src=x onerror=alert(1)><a href="javascript:alert(2)">click</a><iframe src=//evil.example>',
  attributes: `" onerror="alert(1)" x=' onmouseover='alert(2)' style="x`,
  mustache: '{{x}} {{{x}}} {{&x}} {{#controller}}y{{/controller}} {{>partial}} {{=<% %>=}} <% x %>',
  markdown:
    'a | b || c\n# heading\n[link](javascript:alert(1)) ![img](https://evil.example/x.png) <https://evil.example> `code` *star* **bold** _under_ ~~del~~\n- item\n1. item\n> quote\n---\n\\',
  'a formula (=)': '=HYPERLINK("https://evil.example","x")',
  'a formula (+)': "+1+cmd|' /C calc'!A0",
  'a formula (-)': '-2+3',
  'a formula (@)': '@SUM(A1:A2)',
  'a formula after a tab': '\t=1+1',
  entities: '&amp; &lt;b&gt; &#x3C;script&#x3E; &copy;',
  'right-to-left text': 'שלום \u202Eevil\u202C مرحبا',
  'a German date': '1. Februar 2026',
  'a list marker': '- not a list',
  'closing hashes': 'Support ##',
  links:
    'ftp://evil.example/x file:///etc/passwd javascript:alert(1) data:text/html,x www.evil.example https://ok.example mailto:a@b.example',
};

/** Each line of the value as it must be recoverable: trimmed, as the answers schema trims. */
const visibleLines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const squash = (text: string) => text.replace(/\s+/g, ' ');
// Case-blind: a sentence may start with the value, capitalised.
const occurrences = (text: string, part: string) => text.toLowerCase().split(part.toLowerCase()).length - 1;

/** Each line of the value shows up wherever the plain word shows up in the same output. */
function expectIntact(text: string, probeText: string, value: string, where: string): void {
  const expected = occurrences(probeText, PROBE);
  for (const line of visibleLines(value)) expect(occurrences(text, squash(line)), `${where}: ${line}`).toBeGreaterThanOrEqual(expected);
}

function htmlText(node: Html.Node): string {
  if (node.nodeName === '#text') return (node as Html.TextNode).value;
  const children = 'childNodes' in node ? node.childNodes : [];
  const content = node.nodeName === 'template' ? [] : children;
  return content.map(htmlText).join(node.nodeName === 'br' ? '\n' : '');
}

function elements(node: Html.Node): Html.Element[] {
  const own = 'tagName' in node ? [node as Html.Element] : [];
  const children = 'childNodes' in node ? (node.childNodes as Html.Node[]) : [];
  return [...own, ...children.flatMap(elements)];
}

/** What a parser makes of a Markdown document's blocks: types, heading levels, list and table sizes. */
function markdownShape(tokens: Token[]): string[] {
  return tokens.flatMap((token) => {
    if (token.type === 'space') return [];
    if (token.type === 'heading') return [`h${(token as Tokens.Heading).depth}`];
    if (token.type === 'list') return [`list(${(token as Tokens.List).items.length})`];
    if (token.type === 'table') return [`table(${(token as Tokens.Table).header.length}x${(token as Tokens.Table).rows.length})`];
    return [token.type];
  });
}

/** Cells per row of each table, counted on the raw text: unescaped pipes between the outer ones. */
function tableRowWidths(markdown: string): number[][] {
  return marked
    .lexer(markdown)
    .filter((token) => token.type === 'table')
    .map((table) =>
      table.raw
        .trimEnd()
        .split('\n')
        .map((row) => row.replace(/\\./g, '').split('|').length - 2),
    );
}

const file = (files: OutputFile[], name: string) => files.find((f) => f.name === name)!.content;

describe.each(FIXTURES)('$name', ({ fields, freeText, render, probeFiles }) => {
  it('has its free-text fields found, each in the notice', () => {
    expect(freeText).toHaveLength(fields);
    const notice = file(probeFiles, 'privacy-notice.en.md');
    expect(occurrences(notice, PROBE)).toBeGreaterThanOrEqual(fields / 4); // prose counts once per language
  });

  describe.each(Object.entries(PAYLOADS))('%s in every free-text field', (_, payload) => {
    const files = render(payload);

    it.each(['en', 'nl', 'fr', 'de'])('Markdown (%s): same blocks, unbroken tables, the text intact', (lang) => {
      for (const name of [`privacy-notice.${lang}.md`, `retention-table.${lang}.md`, `record-of-processing.${lang}.md`]) {
        const markdown = file(files, name);
        expect(markdownShape(marked.lexer(markdown)), name).toEqual(markdownShape(marked.lexer(file(probeFiles, name))));
        for (const widths of tableRowWidths(markdown)) expect(new Set(widths).size, `${name}: ${widths}`).toBe(1);
        const text = (md: string) => squash(htmlText(parseHtml(marked.parse(md, { async: false }))));
        expectIntact(text(markdown), text(file(probeFiles, name)), payload, name);
      }
    });

    it.each(['en', 'nl', 'fr', 'de'])('HTML (%s): no element or attribute of its own, only safe links, the text intact', (lang) => {
      const name = `privacy-notice.${lang}.html`;
      const page = parseHtml(file(files, name));
      const tags = (doc: Html.Document) =>
        elements(doc)
          .map((e) => e.tagName)
          .filter((tag) => tag !== 'a' && tag !== 'br');
      expect(tags(page)).toEqual(tags(parseHtml(file(probeFiles, name))));
      for (const element of elements(page)) {
        expect(
          element.attrs.filter((attr) => /^on/i.test(attr.name)),
          element.tagName,
        ).toEqual([]);
        for (const attr of element.attrs.filter((a) => a.name === 'href' || a.name === 'src')) {
          expect(attr.value).toMatch(/^(#|https?:|mailto:)/);
        }
      }
      expectIntact(squash(htmlText(page)), squash(htmlText(parseHtml(file(probeFiles, name)))), payload, name);
    });

    it.each(['en', 'nl', 'fr', 'de'])('CSV (%s): same rows and columns, no cell that starts a formula, the text intact', (lang) => {
      for (const name of [`retention-table.${lang}.csv`, `record-of-processing.${lang}.csv`]) expectCsvIntact(lang, name);
    });

    function expectCsvIntact(lang: string, name: string) {
      const delimiter = lang === 'en' ? ',' : ';';
      const rows = parseCsv(file(files, name), { bom: true, delimiter }) as string[][];
      const probeRows = parseCsv(file(probeFiles, name), { bom: true, delimiter }) as string[][];
      expect(rows.map((row) => row.length)).toEqual(probeRows.map((row) => row.length));
      const cells = rows.flat();
      expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
      const text = (all: string[]) => squash(all.map((cell) => cell.replace(/^'(?=[=+\-@\t\r])/, '')).join('\n'));
      expectIntact(text(cells), text(probeRows.flat()), payload, name);
    }
  });
});

describe('the German date', () => {
  it('carries no needless backslash in the raw Markdown', () => {
    const notice = file(FIXTURES[0]!.probeFiles, 'privacy-notice.de.md');
    expect(notice).toContain('4. Mai 2026'); // effectiveDate: "2026-05-04" in everything.yaml
    expect(notice).not.toMatch(/\d\\\./);
  });
});
