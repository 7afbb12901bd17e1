/// <reference lib="dom" />
/**
 * The short notices' snippets as a site shows them, in a real browser (Debian's Chromium,
 * headless): pasted beside a form in a page of its own (in English, whatever the snippets'
 * language), with none of our styles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, bareHostPage, browserPages, notices, overflow, WIDTHS } from './support/browser.js';

const pages = browserPages(['--format', 'html', '--documents', 'short']);
/** The site's contact page: its form, then the snippets, are shown in its `<main>`. */
const HOST = bareHostPage('Contact');
const FORM =
  '<h1>Contact us</h1>\n<form>\n<label for="name">Name</label>\n<input id="name" name="name">\n<button type="submit">Send</button>\n</form>\n';

describe.each(notices)('%s: short-notices.%s.html beside a form, in Chromium', (name, lang) => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    const snippets = readFileSync(join(pages.out, name, `short-notices.${lang}.html`), 'utf8');
    ({ page, errors } = await pages.show(HOST, `\n${FORM}${snippets}`));
  });

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

  // Once, at a phone's width, and without the contrast rule: the page is unstyled markup in a
  // bare host page (no media query, no colour of ours), so what axe-core can find there depends
  // neither on the width nor on colours, and the notice page's own scan
  // (browser-notice.test.ts) covers both widths and the contrast of the styled page.
  it('has no serious or critical axe-core violations', async () => {
    expect(await axeViolations(page, WIDTHS[0]!, { contrast: false })).toEqual([]);
  });
});
