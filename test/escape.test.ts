import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { csvField, csvRow, escapeHtml, escapeMarkdown } from '../source/core/render/escape.js';

const gfm = new MarkdownIt({ html: true });

/** Renders a one-row table whose middle cell holds the escaped value, and returns that cell's text. */
function roundTripCell(value: string): { cells: number; text: string } {
  const tokens = gfm.parse(`| a | b | c |\n| --- | --- | --- |\n| x | ${escapeMarkdown(value)} | z |\n`, {});
  const bodyCells = tokens.filter((t, i) => t.type === 'td_open' && tokens[i + 1]?.type === 'inline').map((_, i) => i);
  const inlines = tokens.filter((t) => t.type === 'inline');
  const cell = inlines[4]!; // header a b c, then x, then the value
  const text = (cell.children ?? []).map((c) => (c.type === 'html_inline' ? '\n' : c.content)).join('');
  return { cells: bodyCells.length, text };
}

describe('Markdown escaping', () => {
  it.each([
    'Smith | Jones',
    'line one\nline two',
    '<script>alert(1)</script>',
    '**bold** _it_ `code` ~~del~~',
    '[a link](javascript:alert(1))',
    '# heading',
    '- list',
    '1. item',
    '&copy; &amp;',
    '{{x}} {{{y}}}',
    'back\\slash',
  ])('keeps %j intact and inert inside a table cell', (value) => {
    const { cells, text } = roundTripCell(value);
    expect(cells).toBe(3);
    expect(text).toBe(value);
  });

  it('produces no live HTML', () => {
    const html = gfm.render(escapeMarkdown('<img src=x onerror=alert(1)> and <b>'));
    expect(html).not.toMatch(/<img|<b>/);
    expect(html).toContain('&lt;img');
  });
});

describe('HTML escaping', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('CSV', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+32 9 123 45 67', "'+32 9 123 45 67"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['two\nlines', '"two\nlines"'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('ends rows with CRLF', () => {
    expect(csvRow(['a', 'b'])).toBe('a,b\r\n');
  });
});
