import type { Language } from '../languages.js';
import { buildNoticeView, type NoticeView } from '../view/notice-view.js';
import { defineDocument, NOTICE, oncePerView } from './documents.js';
import { escapeHtml, escapeMarkdown, settleBlockStarts } from './escape.js';
import { type MarkdownTokens, ownCopy, type PageEnv, pageBlocks, parsePage, renderPage } from './markdown-html.js';
import { RecentlyUsed } from './recently-used.js';
import { labels, renderTemplate, templatePath, templatePaths } from './templates.js';

/** Block markers settled; Mustache sections leave blank runs behind; Markdown wants one blank line and a final newline. */
export const tidyMarkdown = (markdown: string): string =>
  `${settleBlockStarts(markdown)
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;

export function renderNoticeMarkdown(view: NoticeView): string {
  return tidyMarkdown(renderTemplate(templatePaths.notice(view.lang), view, escapeMarkdown));
}

interface Heading {
  id: string;
  title: string;
}

/**
 * Each block's HTML (pageBlocks), by table class ('' for the page's own): the pages of a batch
 * share most of their blocks (its notice's HTML took 5.0 ms a file, now 2.3; a single replay's
 * four languages share few). A block with a heading is never kept: its id depends on the
 * headings before it in its page, and its h1 is taken out of the page's first.
 */
const blockHtml = new Map<string, RecentlyUsed<string>>();
/**
 * Per table class, a block is kept until this many others were added after its last use (and
 * fewer than twice this are held, RecentlyUsed). The fourteen examples' pages in four languages
 * share between 1,500 and 2,000 blocks: with 1,500 kept (strictly least recently used) the
 * notice's HTML took 4.2 ms a file, with 2,000 and more 1.7–1.8 (`npm run bench:stages`).
 */
const KEPT_BLOCKS = 3_000;

function keptBlocks(tableClass: string): RecentlyUsed<string> {
  let kept = blockHtml.get(tableClass);
  if (!kept) {
    kept = new RecentlyUsed(KEPT_BLOCKS);
    blockHtml.set(tableClass, kept);
  }
  return kept;
}

/**
 * The notice as one standalone HTML page with a table of contents of its sections. `tableClass`
 * (the fragment's) marks each table, for a CMS's style sheet; the page styles them itself.
 */
export function noticePageView(markdown: string, lang: Language, tableClass?: string) {
  const kept = keptBlocks(tableClass ?? '');
  const headings: Heading[] = [];
  let title = '';
  // The page template sets the title as its h1, above the table of contents.
  let h1Taken = false;
  let body = '';
  for (const block of pageBlocks(markdown)) {
    const known = kept.get(block);
    if (known !== undefined) {
      body += known;
      continue;
    }
    const tokens = parsePage(block);
    let hasHeading = false;
    labelTableCells(tokens);
    tokens.forEach((token, index) => {
      if (tableClass && token.type === 'table_open') token.attrSet('class', tableClass);
      if (token.type !== 'heading_open') return;
      hasHeading = true;
      const content = inlineText(tokens, index);
      if (token.tag === 'h1') title = content;
      if (token.tag !== 'h2') return;
      const id = uniqueSlug(content, headings);
      token.attrSet('id', id);
      headings.push({ id, title: content });
    });
    const h1 = h1Taken ? -1 : tokens.findIndex((token) => token.type === 'heading_open' && token.tag === 'h1');
    if (h1 >= 0) {
      tokens.splice(h1, 3);
      h1Taken = true;
    }
    const html = renderPage(tokens, { htmlSiblings: true } satisfies PageEnv);
    if (!hasHeading) {
      // Copies, key and HTML alike: the HTML is built of slices of the page's text, which would
      // keep every page a kept block came from in memory (a 5,000-file batch peaked at 2.5 times
      // the memory of a 100-file one).
      kept.set(ownCopy(block), ownCopy(html));
    }
    body += html;
  }
  return { lang, title, contents: labels(lang).html.contents, headings, body };
}

export function renderNoticeHtml(markdown: string, lang: Language): string {
  return renderTemplate(templatePaths.html(), noticePageView(markdown, lang), escapeHtml);
}

/** The fragment's class names: README, "HTML for a CMS", lists them. */
export const FRAGMENT_TABLE_CLASS = 'privacy-notice-table';

/** The notice's body for pasting into a CMS page: the page's content without <html>, <head> or style. */
export function renderNoticeFragment(markdown: string, lang: Language): string {
  return renderTemplate(templatePath(NOTICE.templates.fragment, lang), noticePageView(markdown, lang, FRAGMENT_TABLE_CLASS), escapeHtml);
}

const markdownOf = oncePerView(renderNoticeMarkdown);

export const noticeDocument = defineDocument(NOTICE, buildNoticeView, {
  md: (view) => markdownOf(view),
  html: (view, lang) => renderNoticeHtml(markdownOf(view), lang),
  fragment: (view, lang) => renderNoticeFragment(markdownOf(view), lang),
});

/** The text of the inline token that follows an opening token. */
const inlineText = (tokens: MarkdownTokens, index: number): string =>
  (tokens[index + 1]?.children ?? []).map((child) => child.content).join('');

/** Each data cell carries its column's header as data-label: narrow screens show rows as cards. */
function labelTableCells(tokens: MarkdownTokens): void {
  let headers: string[] = [];
  let column = 0;
  tokens.forEach((token, index) => {
    if (token.type === 'thead_open') headers = [];
    if (token.type === 'th_open') headers.push(inlineText(tokens, index));
    if (token.type === 'tr_open') column = 0;
    if (token.type === 'td_open') token.attrSet('data-label', headers[column++] ?? '');
  });
}

function uniqueSlug(text: string, taken: Heading[]): string {
  const base =
    text
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'section';
  let slug = base;
  for (let n = 2; taken.some((h) => h.id === slug); n++) slug = `${base}-${n}`;
  return slug;
}
