/**
 * The notice's Markdown as HTML (markdown-it), with the notice's rules, and each inline text
 * parsed once until KEPT others came after it (RecentlyUsed): a notice's four pages repeat many
 * of their headings, cells and sentences, and a batch repeats most of them in every file. What is
 * parsed once is shared, so nothing after the parse may change it (see parseInlineOnce).
 *
 * A page is parsed block by block (pageBlocks), so that notice.ts can keep each block's HTML:
 * sharing a block's tokens instead was measured and left out, since copying them for each page
 * cost what parsing them did (0.50 → 0.48 ms a page).
 */
import MarkdownIt from 'markdown-it';
import { RecentlyUsed } from './recently-used.js';

export type MarkdownTokens = ReturnType<MarkdownIt['parse']>;
type Token = MarkdownTokens[number];
type CoreState = Parameters<Parameters<MarkdownIt['core']['ruler']['at']>[1]>[0];

const SAFE_LINK = /^(https?:|mailto:)/i;
/**
 * A link the templates write to another file of the same run, in the same folder
 * (`cookie-declaration.en.md`); user values cannot make one, as escapeMarkdown escapes brackets.
 * In the HTML it points to that document's HTML file.
 */
const SIBLING_FILE = /^[a-z0-9-]+\.[a-z]{2}\.md$/;

/** Rendering in an HTML page: a link to a sibling document's Markdown file leads to its HTML file. */
export interface PageEnv {
  htmlSiblings?: boolean;
}

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

/**
 * At most this many texts are kept, the least recently used dropped first. Since notice.ts keeps
 * each block's HTML, only a block seen for the first time is parsed, so few texts come back:
 * 2,000 was as fast as 20,000 in `npm run bench:stages` (8.8 and 9.2 ms a file), and a worker's
 * heap after 1,000 files held 23 MB instead of 43.
 */
const KEPT = 2_000;

/**
 * A copy of a text that keeps nothing else alive: a slice of a page, kept as it is, would keep
 * its whole page (and a batch every page) in memory.
 */
export const ownCopy = (text: string): string => ` ${text}`.slice(1);

/**
 * Each text's inline tokens, parsed once (half of a page's parsing). The core's text_join
 * changes them only the first time (it leaves joined text as it is), and links to a sibling
 * file change as they are rendered (linkOpen). Inline parsing reads nothing of the page around
 * its text: the one rule that would, reference links, is off.
 */
const parsedInline = new RecentlyUsed<MarkdownTokens>(KEPT);

function parseInlineOnce(state: CoreState): void {
  for (const token of state.tokens) {
    if (token.type !== 'inline') continue;
    let children = parsedInline.get(token.content);
    if (!children) {
      const text = ownCopy(token.content);
      children = [];
      state.md.inline.parse(text, state.md, state.env, children);
      parsedInline.set(text, children);
    }
    token.children = children;
  }
}

const linkOpen: NonNullable<MarkdownIt['renderer']['rules']['link_open']> = (tokens, index, options, env: PageEnv, self) => {
  const token = tokens[index]!;
  const href = token.attrGet('href');
  if (!env.htmlSiblings || href === null || !SIBLING_FILE.test(href)) return self.renderToken(tokens, index, options);
  return self.renderToken([copyOf(token, href.replace(/\.md$/, '.html'))], 0, options);
};

/** A shared token's copy with another `href`. */
function copyOf(token: Token, href: string): Token {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(token) as object) as Token, token);
  copy.attrs = (token.attrs ?? []).map(([name, value]) => [name, name === 'href' ? href : value]);
  return copy;
}

/** A run of blank lines: where one top-level block of the page ends and the next may start. */
const BLANK_LINES = /\n(?:[ \t]*\n)+/g;
/**
 * What a list could continue with after blank lines (an indented line, another item): the one
 * case, with code blocks, HTML blocks and fences off, where a blank line does not end a block.
 */
const LIST_GOES_ON = /[ \t]|(?:[-*+]|\d{1,9}[.)])(?![^ \t\n])/y;

/**
 * The page's top-level blocks, each rendered alone to what it is in the whole page: only
 * reference links (off) read beyond their block, and a blank line ends every block except a
 * list that goes on after it, which stays whole. Their HTML, joined, is the page's.
 */
export function pageBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  let start = 0;
  for (const blank of markdown.matchAll(BLANK_LINES)) {
    const next = blank.index + blank[0].length;
    LIST_GOES_ON.lastIndex = next;
    if (LIST_GOES_ON.test(markdown)) continue;
    blocks.push(markdown.slice(start, blank.index + 1));
    start = next;
  }
  if (start < markdown.length) blocks.push(markdown.slice(start));
  return blocks;
}

/** A page's tokens: its blocks are the page's own to change (an id, a class); their inline tokens are shared. */
export const parsePage = (markdown: string): MarkdownTokens => converter().parse(markdown, {});

export const renderPage = (tokens: MarkdownTokens, env: PageEnv): string => {
  const md = converter();
  return md.renderer.render(tokens, md.options, env);
};

/** One line of Markdown as inline HTML, with the notice's rules: escaped values, links only to http, https and mailto. */
export const renderInlineMarkdown = (markdown: string): string => converter().renderInline(markdown);
