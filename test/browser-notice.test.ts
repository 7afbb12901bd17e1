/// <reference lib="dom" />
/**
 * The HTML notices in a real browser (Debian's Chromium, headless): what a reader on a phone,
 * on a desktop and on paper gets, and an axe-core accessibility scan. The pages come from the
 * real replay of each example.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserPages, firstLanguageOf, headingLevels, levelSkips, notices, overflow, WIDTHS } from './support/browser.js';

const pages = browserPages(['--format', 'html', '--documents', 'notice']);

describe.each(notices)('%s: privacy-notice.%s.html in Chromium', (name, lang) => {
  // One page per notice, loaded once; each test sets the width or media it looks at.
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await pages.open(join(pages.out, name, `privacy-notice.${lang}.html`)));
  });

  it('loads without console errors and declares its language', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect((await page.title()).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('has exactly one h1 and headings that never skip a level', async () => {
    const levels = await headingLevels(page);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    expect(levelSkips(levels)).toEqual([]);
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

  // Contrast, and the desktop's width, in the example's first language only: the four pages share
  // markup and style sheet (AxeScan), so what the width changes is the same in each. What a
  // language changes is its text (its lang, its link and heading names), scanned at a phone's
  // width in every language. 42 scans fewer: about a quarter of this file's time.
  const first = firstLanguageOf(notices, name, lang);
  it.each(first ? WIDTHS : WIDTHS.slice(0, 1))(
    `has no serious or critical axe-core violations at %i px${first ? ', contrast included' : ''}`,
    async (width) => {
      expect(await axeViolations(page, width, { contrast: first })).toEqual([]);
    },
  );
});
