/**
 * The notice as an HTML fragment for a CMS (--format fragment): parsed with parse5 as a CMS's
 * editor would take it (a fragment, not a document), it is one <article> in the notice's
 * language with the classes the README lists, no document elements and no style or script,
 * and the same sections and text as the standalone page.
 */
import { type DefaultTreeAdapterTypes as Html, parseFragment, parse as parseHtml } from 'parse5';
import { describe, expect, it } from 'vitest';
import { NOTICE } from '../source/core/render/documents.js';
import { renderOutputs } from '../source/core/render/outputs.js';
import { exampleFiles } from './support/cli.js';
import { catalogs, loadAnswers } from './support/replay.js';

function elements(node: Html.Node): Html.Element[] {
  const own = 'tagName' in node ? [node as Html.Element] : [];
  const children = 'childNodes' in node ? (node.childNodes as Html.Node[]) : [];
  return [...own, ...children.flatMap(elements)];
}
const attr = (element: Html.Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
function text(node: Html.Node): string {
  if (node.nodeName === '#text') return (node as Html.TextNode).value;
  return 'childNodes' in node ? (node.childNodes as Html.Node[]).map(text).join('') : '';
}
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const { answers, languages } = loadAnswers(exampleFiles().find((file) => file.endsWith('web-agency.yaml'))!);

describe.each(languages)('privacy-notice.%s.fragment.html', (lang) => {
  const [fragmentFile, pageFile] = renderOutputs(answers, catalogs, [lang], ['fragment', 'html']).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const fragment = parseFragment(fragmentFile!.content);
  const all = elements(fragment);

  it('is named as the README says and written only on request', () => {
    expect(fragmentFile!.name).toBe(`privacy-notice.${lang}.fragment.html`);
    expect(NOTICE.onRequest).toContain('fragment');
    expect(renderOutputs(answers, catalogs, [lang]).map((f) => f.name)).not.toContain(fragmentFile!.name);
  });

  it('is one article in the notice’s language, with no document element, style or script', () => {
    const top = (fragment.childNodes as Html.Node[]).filter((node) => node.nodeName !== '#text');
    expect(top.map((node) => node.nodeName)).toEqual(['article']);
    const article = top[0] as Html.Element;
    expect(attr(article, 'class')).toBe('privacy-notice');
    expect(attr(article, 'lang')).toBe(lang);
    for (const tag of ['html', 'head', 'body', 'title', 'meta', 'style', 'script', 'link']) {
      expect(
        all.filter((e) => e.tagName === tag),
        tag,
      ).toEqual([]);
    }
    expect(fragmentFile!.content).not.toMatch(/<!DOCTYPE|<html|<head|style=/i);
  });

  it('carries the classes the README lists: title, contents, body, each table', () => {
    const classed = (name: string) => all.filter((e) => attr(e, 'class') === name).map((e) => e.tagName);
    expect(classed('privacy-notice-title')).toEqual(['h1']);
    expect(classed('privacy-notice-contents')).toEqual(['nav']);
    expect(classed('privacy-notice-body')).toEqual(['div']);
    const tables = all.filter((e) => e.tagName === 'table');
    expect(tables.length).toBeGreaterThan(0);
    expect(classed('privacy-notice-table')).toEqual(tables.map(() => 'table'));
    expect(all.filter((e) => e.tagName === 'td').every((td) => attr(td, 'data-label'))).toBe(true);
  });

  it('links its table of contents to every section, and says what the page says', () => {
    const nav = all.find((e) => e.tagName === 'nav')!;
    const links = elements(nav)
      .filter((e) => e.tagName === 'a')
      .map((a) => attr(a, 'href'));
    const ids = all.filter((e) => e.tagName === 'h2' && !elements(nav).includes(e)).map((h) => `#${attr(h, 'id')}`);
    expect(links.length).toBeGreaterThan(10);
    expect(links).toEqual(ids);
    // Every id once, so that the links land where they say.
    const allIds = all.map((e) => attr(e, 'id')).filter(Boolean);
    expect(new Set(allIds).size).toBe(allIds.length);
    const page = parseHtml(pageFile!.content);
    const main = elements(page).find((e) => e.tagName === 'main')!;
    expect(squash(text(fragment))).toBe(squash(text(main)));
  });
});
