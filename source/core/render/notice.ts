import MarkdownIt from 'markdown-it';
import type { Language } from '../languages.js';
import { buildNoticeView, type NoticeView } from '../view/notice-view.js';
import { defineDocument, NOTICE, oncePerView } from './documents.js';
import { escapeHtml, escapeMarkdown, settleBlockStarts } from './escape.js';
import { labels, renderTemplate, templatePath, templatePaths } from './templates.js';

/** Block markers settled; Mustache sections leave blank runs behind; Markdown wants one blank line and a final newline. */
export const tidyMarkdown = (markdown: string): string =>
  `${settleBlockStarts(markdown)
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;

export function renderNoticeMarkdown(view: NoticeView): string {
  return tidyMarkdown(renderTemplate(templatePaths.notice(view.lang), view, escapeMarkdown));
}

const SAFE_LINK = /^(https?:|mailto:)/i;
/**
 * A link the templates write to another file of the same run, in the same folder
 * (`cookie-declaration.en.md`); user values cannot make one, as escapeMarkdown escapes brackets.
 * In the HTML it points to that document's HTML file.
 */
const SIBLING_FILE = /^[a-z0-9-]+\.[a-z]{2}\.md$/;
let markdownIt: MarkdownIt | undefined;
function converter(): MarkdownIt {
  if (!markdownIt) {
    // html: true lets the template's own <br> through; every user value reached the Markdown
    // already escaped, so no tag of theirs survives. No linkify: escapeMarkdown writes addresses
    // as autolinks, and linkify-it cost a replay ~15 ms. The block rules the templates never use
    // are off, for the same reason (an escaped value cannot start a block).
    markdownIt = new MarkdownIt({ html: true }).disable(['lheading', 'code', 'fence', 'reference', 'hr', 'html_block', 'image']);
    markdownIt.validateLink = (url) => SAFE_LINK.test(url) || SIBLING_FILE.test(url);
    markdownIt.core.ruler.at('inline', parseInlineOnce);
    markdownIt.renderer.rules.link_open = linkOpen;
  }
  return markdownIt;
}

type Tokens = ReturnType<MarkdownIt['parse']>;
type CoreState = Parameters<Parameters<MarkdownIt['core']['ruler']['at']>[1]>[0];

/**
 * Each text's inline tokens, parsed once: a notice's pages repeat their headings, cells and
 * sentences, and a batch repeats them in every file (half of the HTML's parsing). The tokens are
 * shared, so nothing after the parse may change them: the core's text_join does so only the
 * first time (it leaves joined text as it is), and links to a sibling file change as they are
 * rendered (linkOpen). Inline parsing reads nothing of the page around its text: the one rule
 * that would, reference links, is off.
 */
const parsedInline = new Map<string, Tokens>();
const INLINE_KEPT = 20_000;

function parseInlineOnce(state: CoreState): void {
  for (const token of state.tokens) {
    if (token.type !== 'inline') continue;
    let children = parsedInline.get(token.content);
    if (!children) {
      // The text is a slice of its page, and so would be its tokens' texts: kept as they are,
      // they would keep every page of a batch in memory. Parsed from a copy of its own.
      const text = ` ${token.content}`.slice(1);
      children = [];
      state.md.inline.parse(text, state.md, state.env, children);
      if (parsedInline.size >= INLINE_KEPT) parsedInline.clear();
      parsedInline.set(text, children);
    }
    token.children = children;
  }
}

/** Rendering in an HTML page: a link to a sibling document's Markdown file leads to its HTML file. */
interface PageEnv {
  htmlSiblings?: boolean;
}

const linkOpen: NonNullable<MarkdownIt['renderer']['rules']['link_open']> = (tokens, index, options, env: PageEnv, self) => {
  const token = tokens[index]!;
  const href = token.attrGet('href');
  if (!env.htmlSiblings || href === null || !SIBLING_FILE.test(href)) return self.renderToken(tokens, index, options);
  // A copy, as the token is shared (parseInlineOnce).
  const copy = Object.assign(Object.create(Object.getPrototypeOf(token) as object) as typeof token, token, {
    attrs: token.attrs!.map(([name, value]) => [name, name === 'href' ? value.replace(/\.md$/, '.html') : value]),
  });
  return self.renderToken([copy], 0, options);
};

/** One line of Markdown as inline HTML, with the notice's rules: escaped values, links only to http, https and mailto. */
export const renderInlineMarkdown = (markdown: string): string => converter().renderInline(markdown);

interface Heading {
  id: string;
  title: string;
}

/**
 * The notice as one standalone HTML page with a table of contents of its sections. `tableClass`
 * (the fragment's) marks each table, for a CMS's style sheet; the page styles them itself.
 */
export function noticePageView(markdown: string, lang: Language, tableClass?: string) {
  const md = converter();
  const tokens = md.parse(markdown, {});
  const headings: Heading[] = [];
  let title = '';
  labelTableCells(tokens);
  tokens.forEach((token, index) => {
    if (tableClass && token.type === 'table_open') token.attrSet('class', tableClass);
    if (token.type !== 'heading_open') return;
    const content = inlineText(tokens, index);
    if (token.tag === 'h1') title = content;
    if (token.tag !== 'h2') return;
    const id = uniqueSlug(content, headings);
    token.attrSet('id', id);
    headings.push({ id, title: content });
  });
  // The page template sets the title as its h1, above the table of contents.
  const h1 = tokens.findIndex((token) => token.type === 'heading_open' && token.tag === 'h1');
  if (h1 >= 0) tokens.splice(h1, 3);
  const body = md.renderer.render(tokens, md.options, { htmlSiblings: true } satisfies PageEnv);
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
const inlineText = (tokens: Tokens, index: number): string => (tokens[index + 1]?.children ?? []).map((child) => child.content).join('');

/** Each data cell carries its column's header as data-label: narrow screens show rows as cards. */
function labelTableCells(tokens: Tokens): void {
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
