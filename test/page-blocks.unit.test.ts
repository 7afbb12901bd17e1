/**
 * A notice page is rendered block by block, and each block's HTML is kept (render/notice.ts,
 * pageBlocks in render/markdown-html.ts). That holds only if every block renders alone to what
 * it is in the whole page: checked here against markdown-it rendering the whole page at once,
 * on every example's notice in every language and on generated Markdown built from what a
 * block can be (lists that go on after a blank line among them).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveAnswers } from '../source/core/model/resolve.js';
import { pageBlocks, parsePage, renderPage } from '../source/core/render/markdown-html.js';
import { renderModelOutputs } from '../source/core/render/outputs.js';
import { exampleFiles } from './support/cli.js';
import { catalogs, loadAnswers } from './support/replay.js';

const env = { htmlSiblings: true };
const whole = (markdown: string) => renderPage(parsePage(markdown), env);
const blockwise = (markdown: string) =>
  pageBlocks(markdown)
    .map((block) => renderPage(parsePage(block), env))
    .join('');

const notices = exampleFiles().flatMap((file) => {
  const { answers, languages } = loadAnswers(file);
  return renderModelOutputs(resolveAnswers(answers, catalogs), languages, ['md'])
    .filter((f) => f.name.startsWith('privacy-notice.'))
    .map((f) => ({ name: `${file} ${f.name}`, markdown: f.content }));
});

const word = fc.constantFrom('data', 'Gegevens', '**bold**', '_em_', '`code`', '<https://example.be>', 'a<br>b', 'x \\| y', 'C\\#');
const line = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
const marker = fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ');
const item = fc.tuple(marker, line, fc.option(line)).map(([m, text, more]) => `${m}${text}${more ? `\n  ${more}` : ''}`);
/** Items, some separated by blank lines (a loose list), some with a paragraph or a nested list of their own. */
const list = fc
  .array(fc.tuple(item, fc.constantFrom('\n', '\n\n', '\n\n  ', '\n   \n', '\n  - ')), { minLength: 1, maxLength: 4 })
  .chain((items) =>
    line.map((tail) =>
      items.map(([text, gap], i) => (i < items.length - 1 ? `${text}${gap}${gap.endsWith(' ') ? tail : ''}` : text)).join('\n'),
    ),
  );
const table = fc
  .array(fc.tuple(line, line), { minLength: 1, maxLength: 3 })
  .map((rows) => ['| a | b |', '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n'));
const heading = fc.tuple(fc.constantFrom('# ', '## ', '### '), line).map(([h, text]) => h + text);
const quote = line.map((text) => `> ${text}`);
const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
const block = fc.oneof(paragraph, list, table, heading, quote);
const page = fc
  .array(fc.tuple(block, fc.constantFrom('\n\n', '\n\n\n', '\n \n', '\n')), { minLength: 1, maxLength: 8 })
  .map((blocks) => `${blocks.map(([text, gap]) => text + gap).join('')}`);

describe('a notice page rendered block by block', () => {
  it('is the page rendered whole, for every example in every language', () => {
    expect(notices.length).toBeGreaterThan(40);
    for (const notice of notices) expect(blockwise(notice.markdown), notice.name).toBe(whole(notice.markdown));
  });

  it('splits the pages into many blocks, so that a batch can reuse them', () => {
    for (const notice of notices) expect(pageBlocks(notice.markdown).length, notice.name).toBeGreaterThan(20);
  });

  it('is the page rendered whole, for generated Markdown', () => {
    fc.assert(
      fc.property(page, (markdown) => {
        expect(blockwise(markdown)).toBe(whole(markdown));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a loose list in one block, and its blocks are the whole page', () => {
    const markdown = '- one\n\n- two\n\n  more of two\n\nAfter.\n';
    expect(pageBlocks(markdown)).toEqual(['- one\n\n- two\n\n  more of two\n', 'After.\n']);
    expect(pageBlocks(markdown).join('\n')).toBe(markdown);
  });
});
