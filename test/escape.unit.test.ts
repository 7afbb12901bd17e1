import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { csvField, csvRow, escapeHtml, escapeMarkdown, settleBlockStarts } from '../source/core/render/escape.js';

const gfm = new MarkdownIt({ html: true });

/** Renders a one-row table whose middle cell holds the escaped value, and returns that cell's text. */
function roundTripCell(value: string): { cells: number; text: string } {
  const tokens = gfm.parse(settleBlockStarts(`| a | b | c |\n| --- | --- | --- |\n| x | ${escapeMarkdown(value)} | z |\n`), {});
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

  /** The text markdown-it finds in `template` with the value put in place of `%`, and its block tokens. */
  function inContext(template: string, value: string) {
    const markdown = settleBlockStarts(template.replace('%', escapeMarkdown(value)));
    const tokens = gfm.parse(markdown, {});
    const text = tokens
      .flatMap((t) => t.children ?? [])
      .map((c) => (c.type === 'html_inline' ? '\n' : c.content))
      .join('');
    return { markdown, text, blocks: tokens.filter((t) => t.nesting === 1).map((t) => t.type) };
  }

  it.each(['1. Februar 2026', '- a', '+ b', '> quote', '=====', '---', '2) x', '# title'])(
    'keeps %j a paragraph at the start of a line, and inside a list item',
    (value) => {
      expect(inContext('%\n', value)).toMatchObject({ text: value, blocks: ['paragraph_open'] });
      expect(inContext('Intro text\n%\n', value).blocks).toEqual(['paragraph_open']);
      expect(inContext('- %\n', value)).toMatchObject({ text: value, blocks: ['bullet_list_open', 'list_item_open', 'paragraph_open'] });
    },
  );

  it.each(['1. Februar 2026', '- a', '+32 9 123 45 67', '> b', 'C# and snake_case', 'a > b'])(
    'adds no backslash to %j in the middle of a line',
    (value) => {
      const { markdown, text } = inContext('It takes effect on %.\n', value);
      expect(markdown).toBe(`It takes effect on ${value}.\n`);
      expect(text).toBe(`It takes effect on ${value}.`);
    },
  );

  it('keeps a private-use character of the value apart from its own marker', () => {
    expect(inContext('%\n', '\uE000- x').text).toBe('\uE000- x');
  });

  /** The links markdown-it makes of the escaped value, as [href, text] pairs, and the whole text. */
  function links(value: string) {
    const tokens = gfm.parseInline(escapeMarkdown(value), {})[0]!.children!;
    const found = tokens.flatMap((t, i) => (t.type === 'link_open' ? [[t.attrGet('href'), tokens[i + 1]!.content]] : []));
    return { found, text: tokens.map((t) => t.content).join('') };
  }

  it.each([
    ['https://www.pixelwerf.be', [['https://www.pixelwerf.be', 'https://www.pixelwerf.be']]],
    ['Write to privacy@pixelwerf.be.', [['mailto:privacy@pixelwerf.be', 'privacy@pixelwerf.be']]],
    ['on EUR-Lex (https://eur-lex.europa.eu).', [['https://eur-lex.europa.eu', 'https://eur-lex.europa.eu']]],
    [
      'see https://en.wikipedia.org/wiki/Ghent_(city), or a_b@x.be',
      [
        ['https://en.wikipedia.org/wiki/Ghent_(city)', 'https://en.wikipedia.org/wiki/Ghent_(city)'],
        ['mailto:a_b@x.be', 'a_b@x.be'],
      ],
    ],
    ['https://x.be/?a=1&b=*2*&c', [['https://x.be/?a=1&b=*2*&c', 'https://x.be/?a=1&b=*2*&c']]],
    ['bold: https://x.be/*', [['https://x.be/', 'https://x.be/']]],
  ])('links the address in %j and keeps the text', (value, expected) => {
    const { found, text } = links(value);
    expect(found).toEqual(expected);
    expect(text).toBe(value);
  });

  it.each([
    'https://café.be',
    'javascript:alert(1)',
    'mailto:a@b.be',
    'x@y',
    'ftp://x.be',
    'user@-x.be',
    'https://x.be/a\\b',
    'https://x.be/<b>',
  ])('leaves %j as text', (value) => {
    expect(links(value)).toEqual({ found: [], text: value });
  });

  it('keeps a table cell whole around an address', () => {
    expect(roundTripCell('a|b@x.be https://x.be/a|b')).toEqual({ cells: 3, text: 'a|b@x.be https://x.be/a|b' });
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
