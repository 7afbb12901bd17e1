/**
 * The notice's Markdown is turned into HTML with each inline text parsed once per process and
 * its tokens shared (render/markdown-html.ts), and each block's HTML kept (render/notice.ts).
 * A page must not depend on what was rendered before it, and a link changed for one page must
 * not change in another.
 */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAnswers } from '../source/core/model/resolve.js';
import { renderInlineMarkdown } from '../source/core/render/markdown-html.js';
import { noticePageView } from '../source/core/render/notice.js';
import { renderModelOutputs } from '../source/core/render/outputs.js';
import { exampleFiles } from './support/cli.js';
import { catalogs, loadAnswers } from './support/replay.js';

const pages = exampleFiles().flatMap((file) => {
  const { answers, languages } = loadAnswers(file);
  const files = renderModelOutputs(resolveAnswers(answers, catalogs), languages, ['md']);
  return languages.map((lang) => ({
    name: `${basename(file)} ${lang}`,
    lang,
    markdown: files.find((f) => f.name === `privacy-notice.${lang}.md`)!.content,
  }));
});

describe('HTML from shared inline tokens', () => {
  it('is the same whatever was rendered before, in either order', () => {
    const first = pages.map((page) => noticePageView(page.markdown, page.lang).body);
    const reversed = [...pages].reverse().map((page) => noticePageView(page.markdown, page.lang).body);
    expect(reversed.reverse()).toEqual(first);
  });

  it('numbers a repeated heading within its page only, however often the page is rendered', () => {
    const markdown = '# Notice\n\n## Rights\n\nText.\n\n## Rights\n\nText.\n';
    for (let round = 0; round < 2; round++) {
      const view = noticePageView(markdown, 'en');
      expect(view.title).toBe('Notice');
      expect(view.headings.map((h) => h.id)).toEqual(['rights', 'rights-2']);
      expect(view.body).toBe('<h2 id="rights">Rights</h2>\n<p>Text.</p>\n<h2 id="rights-2">Rights</h2>\n<p>Text.</p>\n');
    }
  });

  it('leads a sibling link to the HTML file in the page only, however often the text is met', () => {
    const sentence = 'The cookies are listed in [the cookie declaration](cookie-declaration.en.md).';
    const markdown = `# Privacy notice\n\n## Cookies\n\n${sentence}\n\n${sentence}\n`;
    for (let round = 0; round < 2; round++) {
      const { body } = noticePageView(markdown, 'en');
      expect(body.match(/href="cookie-declaration\.en\.html"/g)).toHaveLength(2);
      expect(body).not.toContain('cookie-declaration.en.md');
      expect(renderInlineMarkdown(sentence)).toBe(
        'The cookies are listed in <a href="cookie-declaration.en.md">the cookie declaration</a>.',
      );
    }
  });
});
