/** The HTML notice as a page: language, one h1, a table of contents that works, header cells, safe links. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli, tempDir } from './support/cli.js';

const out = join(tempDir(), 'out');
beforeAll(() => {
  const result = runCli(['--answers', join(REPO, 'examples/web-agency.yaml'), '--out', out, '--format', 'html,md']);
  expect(result.status, result.stderr).toBe(0);
});

describe.each(['en', 'nl', 'fr', 'de'])('privacy-notice.%s.html', (lang) => {
  const page = () => readFileSync(join(out, `privacy-notice.${lang}.html`), 'utf8');

  it('declares its language and a title', () => {
    expect(page()).toMatch(new RegExp(`^<!DOCTYPE html>\\n<html lang="${lang}">`));
    expect(page()).toMatch(/<title>[^<]+<\/title>/);
    expect(page()).toMatch(/<meta name="viewport"/);
  });

  it('has exactly one h1 and a table of contents pointing at every section', () => {
    expect(page().match(/<h1[ >]/g)).toHaveLength(1);
    const links = [...page().matchAll(/<li><a href="#([^"]+)">/g)].map((m) => m[1]);
    const sections = [...page().matchAll(/<h2 id="([^"]+)">/g)].map((m) => m[1]).filter((id) => id !== 'contents');
    expect(links.length).toBeGreaterThan(10);
    expect(links).toEqual(sections);
  });

  it('gives every table header cells', () => {
    const tables = page().match(/<table>[\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const table of tables) expect(table).toMatch(/<thead>\s*<tr>\s*<th>/);
  });

  it('contains no script and only http, https and mailto links', () => {
    expect(page()).not.toMatch(/<script/i);
    const hrefs = [...page().matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.filter((href) => !/^(#|https?:|mailto:)/.test(href))).toEqual([]);
    expect(hrefs).toContain('mailto:privacy@pixelwerf.be');
  });

  it('links every web and email address it shows', () => {
    const body = page().slice(page().indexOf('</nav>'));
    const unlinked = body.replace(/<a [^>]*>[^<]*<\/a>/g, '').replace(/<[^>]+>/g, ' ');
    expect(unlinked).not.toMatch(/https?:\/\/|www\.|\S@\S/);
    expect(body).toContain('<a href="https://eur-lex.europa.eu">https://eur-lex.europa.eu</a>');
  });

  it('says what the Markdown says', () => {
    const markdown = readFileSync(join(out, `privacy-notice.${lang}.md`), 'utf8');
    const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    const body = page().slice(page().indexOf('</nav>'));
    expect(text(body)).toContain(
      text(new MarkdownIt().render(markdown.split('\n').slice(2).join('\n')))
        .trim()
        .slice(0, 300),
    );
  });
});
