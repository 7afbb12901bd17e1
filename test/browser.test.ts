/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The HTML notices in a real browser (Debian's Chromium, headless): what a reader on a phone,
 * on a desktop and on paper gets, and an axe-core accessibility scan. The pages come from
 * the real replay of each example; the short notices' snippets are pasted beside a form.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../scripts/chromium.mjs';
import { exampleFiles, REPO, runCli, tempDir } from './support/cli.js';
import { loadAnswers } from './support/replay.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** The cookie declaration of an example with cookies, and of the fixture with every part of it. */
const declarationSources = [
  ['declaration-web-agency', join(REPO, 'examples/web-agency.yaml')],
  ['declaration-fixture', join(REPO, 'test/fixtures/cookies.yaml')],
] as const;
const WIDTHS = [375, 1280];
const out = tempDir();
let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  for (const example of exampleFiles()) {
    const result = runCli([
      '--answers',
      example,
      '--out',
      join(out, basename(example, '.yaml')),
      '--format',
      'html,fragment',
      '--documents',
      'notice,short',
    ]);
    expect(result.status, result.stderr).toBe(0);
  }
  for (const [name, file] of declarationSources) {
    const result = runCli(['--answers', file, '--out', join(out, name), '--format', 'html', '--documents', 'notice,cookies']);
    expect(result.status, result.stderr).toBe(0);
  }
  browser = await launchChromium();
}, 120_000);
afterAll(async () => browser?.close());

/** Opens a notice; console errors and uncaught page errors are collected in `errors`. */
async function open(file: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, errors };
}

/** How far the page, and each table on it, is wider than the space it has (0: fits). */
const overflow = (page: Page) =>
  page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    tables: [...document.querySelectorAll('table')].map((table) => table.scrollWidth - table.clientWidth),
  }));

const notices = exampleFiles().flatMap((example) =>
  loadAnswers(example).languages.map((lang) => [basename(example, '.yaml'), lang] as const),
);

describe.each(notices)('%s: privacy-notice.%s.html in Chromium', (name, lang) => {
  // One page per notice, loaded once; each test sets the width or media it looks at.
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await open(join(out, name, `privacy-notice.${lang}.html`)));
  });
  afterAll(async () => page?.close());

  it('loads without console errors and declares its language', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect((await page.title()).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('has exactly one h1 and headings that never skip a level', async () => {
    const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (headings) => headings.map((h) => Number(h.tagName[1])));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    const skips = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${level}`] : []));
    expect(skips).toEqual([]);
  });

  it('gives every table a header row of header cells', async () => {
    const tables = await page.$$eval('table', (all) =>
      all.map((table) => ({ headers: table.querySelectorAll('thead th').length, columns: table.rows[0]?.cells.length ?? 0 })),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table.headers).toBe(table.columns);
  });

  it.each(WIDTHS)('fits %i px wide without horizontal scrolling', async (width) => {
    await page.setViewportSize({ width, height: 800 });
    const { page: pageOverflow, tables } = await overflow(page);
    expect(pageOverflow).toBeLessThanOrEqual(0);
    expect(tables.filter((excess) => excess > 0)).toEqual([]);
  });

  it('prints without the table of contents and without cutting anything off', async () => {
    await page.setViewportSize({ width: 700, height: 800 }); // A4 minus margins at 96 dpi
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.evaluate(() => matchMedia('print').matches)).toBe(true);
      expect(await page.$eval('nav', (nav) => getComputedStyle(nav).display)).toBe('none');
      expect(await page.$$eval('table', (all) => all.map((table) => getComputedStyle(table).display))).not.toContain('block');
      const { page: pageOverflow, tables } = await overflow(page);
      expect(pageOverflow).toBeLessThanOrEqual(0);
      expect(tables.filter((excess) => excess > 0)).toEqual([]);
    } finally {
      await page.emulateMedia({ media: null });
    }
  });

  it.each(WIDTHS)('has no serious or critical axe-core violations at %i px', async (width) => {
    expect(await axeViolations(page, width)).toEqual([]);
  });
});

/** The serious and critical axe-core violations of the page at a width. */
async function axeViolations(page: Page, width: number) {
  await page.setViewportSize({ width, height: 800 });
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.map((node) => node.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

// The fragment as a CMS shows it: inside a page of the site's own (here a bare one, in English,
// whatever the notice's language), with none of the notice page's styles.
describe.each(notices)('%s: privacy-notice.%s.fragment.html in a page, in Chromium', (name, lang) => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    const fragment = readFileSync(join(out, name, `privacy-notice.${lang}.fragment.html`), 'utf8');
    const host = join(out, name, `cms-page.${lang}.html`);
    writeFileSync(
      host,
      `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Privacy</title>\n</head>\n<body>\n<main>\n${fragment}</main>\n</body>\n</html>\n`,
    );
    ({ page, errors } = await open(host));
  });
  afterAll(async () => page?.close());

  it('loads without console errors, in the notice’s language inside the page’s', async () => {
    expect(await page.$eval('article.privacy-notice', (article) => (article as HTMLElement).lang)).toBe(lang);
    expect(errors).toEqual([]);
  });

  it('has one h1 and headings that never skip a level', async () => {
    const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (headings) => headings.map((h) => Number(h.tagName[1])));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    const skips = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${level}`] : []));
    expect(skips).toEqual([]);
  });

  it.each(WIDTHS)('has no serious or critical axe-core violations at %i px', async (width) => {
    expect(await axeViolations(page, width)).toEqual([]);
  });
});

// The short notices' snippets as a site shows them: pasted beside a form in a page of its own (in
// English, whatever the snippets' language), with none of our styles.
describe.each(notices)('%s: short-notices.%s.html beside a form, in Chromium', (name, lang) => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    const snippets = readFileSync(join(out, name, `short-notices.${lang}.html`), 'utf8');
    const host = join(out, name, `form-page.${lang}.html`);
    writeFileSync(
      host,
      `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Contact</title>\n</head>\n<body>\n<main>\n<h1>Contact us</h1>\n<form>\n<label for="name">Name</label>\n<input id="name" name="name">\n<button type="submit">Send</button>\n</form>\n${snippets}</main>\n</body>\n</html>\n`,
    );
    ({ page, errors } = await open(host));
  });
  afterAll(async () => page?.close());

  it('loads without console errors; each snippet is a named region in its own language', async () => {
    const regions = await page.$$eval('section.privacy-short-notice', (all) =>
      all.map((section) => ({ lang: (section as HTMLElement).lang, id: section.id, label: section.getAttribute('aria-label') ?? '' })),
    );
    expect(regions.length).toBeGreaterThan(0);
    for (const region of regions) {
      expect(region.lang).toBe(lang);
      expect(region.id.startsWith(`privacy-short-notice-${lang}-`)).toBe(true);
      expect(region.label.length).toBeGreaterThan(0);
    }
    expect(new Set(regions.map((r) => r.id)).size).toBe(regions.length);
    expect(errors).toEqual([]);
  });

  it.each(WIDTHS)('fits %i px wide without horizontal scrolling', async (width) => {
    await page.setViewportSize({ width, height: 800 });
    expect((await overflow(page)).page).toBeLessThanOrEqual(0);
  });

  it.each(WIDTHS)('has no serious or critical axe-core violations at %i px', async (width) => {
    expect(await axeViolations(page, width)).toEqual([]);
  });
});

const declarations = declarationSources.flatMap(([name, file]) => loadAnswers(file).languages.map((lang) => [name, lang] as const));

describe.each(declarations)('%s: cookie-declaration.%s.html in Chromium', (name, lang) => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await open(join(out, name, `cookie-declaration.${lang}.html`)));
  });
  afterAll(async () => page?.close());

  it('loads without console errors, in its language, with one h1 and no skipped heading level', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(errors).toEqual([]);
    const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (headings) => headings.map((h) => Number(h.tagName[1])));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    const skips = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${level}`] : []));
    expect(skips).toEqual([]);
  });

  it('gives every cookie table a header row of header cells, and links the notice beside it', async () => {
    const tables = await page.$$eval('table', (all) =>
      all.map((table) => ({ headers: table.querySelectorAll('thead th').length, columns: table.rows[0]?.cells.length ?? 0 })),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table).toEqual({ headers: 5, columns: 5 });
    expect(await page.$$eval(`a[href="privacy-notice.${lang}.html"]`, (links) => links.length)).toBe(1);
  });

  it.each(WIDTHS)('fits %i px wide without horizontal scrolling', async (width) => {
    await page.setViewportSize({ width, height: 800 });
    const { page: pageOverflow, tables } = await overflow(page);
    expect(pageOverflow).toBeLessThanOrEqual(0);
    expect(tables.filter((excess) => excess > 0)).toEqual([]);
  });

  it.each(WIDTHS)('has no serious or critical axe-core violations at %i px', async (width) => {
    expect(await axeViolations(page, width)).toEqual([]);
  });
});
