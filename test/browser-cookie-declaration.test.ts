/// <reference lib="dom" />
/**
 * The cookie declaration in a real browser (Debian's Chromium, headless), for an example with
 * cookies and for the fixture with every part of it: its language, headings and tables, its link
 * to the notice beside it, its width and an axe-core scan.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  browserPages,
  declarationSources,
  firstLanguageOf,
  headingLevels,
  levelSkips,
  overflow,
  WIDTHS,
} from './support/browser.js';
import { loadAnswers } from './support/replay.js';

const pages = browserPages(['--format', 'html', '--documents', 'notice,cookies'], declarationSources);
const declarations = declarationSources.flatMap(([name, file]) => loadAnswers(file).languages.map((lang) => [name, lang] as const));

describe.each(declarations)('%s: cookie-declaration.%s.html in Chromium', (name, lang) => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await pages.open(join(pages.out, name, `cookie-declaration.${lang}.html`)));
  });

  it('loads without console errors, in its language, with one h1 and no skipped heading level', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(errors).toEqual([]);
    const levels = await headingLevels(page);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levelSkips(levels)).toEqual([]);
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

  // Contrast in the example's first language only: the four pages share markup and style sheet (AxeScan).
  const contrast = firstLanguageOf(declarations, name, lang);
  it.each(WIDTHS)(`has no serious or critical axe-core violations at %i px${contrast ? ', contrast included' : ''}`, async (width) => {
    expect(await axeViolations(page, width, { contrast })).toEqual([]);
  });
});
