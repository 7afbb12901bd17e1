/// <reference lib="dom" />
/**
 * The fragment as a CMS shows it, in a real browser (Debian's Chromium, headless): inside a page
 * of the site's own (here a bare one, in English, whatever the notice's language), with none of
 * the notice page's styles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, bareHostPage, browserPages, headingLevels, levelSkips, notices, WIDTHS } from './support/browser.js';

const pages = browserPages(['--format', 'fragment', '--documents', 'notice']);
/** The CMS's page: each fragment is shown in its `<main>`. */
const HOST = bareHostPage('Privacy');

describe.each(notices)('%s: privacy-notice.%s.fragment.html in a page, in Chromium', (name, lang) => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    const fragment = readFileSync(join(pages.out, name, `privacy-notice.${lang}.fragment.html`), 'utf8');
    ({ page, errors } = await pages.show(HOST, `\n${fragment}`));
  });

  it('loads without console errors, in the notice’s language inside the page’s', async () => {
    expect(await page.$eval('article.privacy-notice', (article) => (article as HTMLElement).lang)).toBe(lang);
    expect(errors).toEqual([]);
  });

  it('has one h1 and headings that never skip a level', async () => {
    const levels = await headingLevels(page);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levelSkips(levels)).toEqual([]);
  });

  // Once, at a phone's width, and without the contrast rule: the page is unstyled markup in a
  // bare host page (no media query, no colour of ours), so what axe-core can find there depends
  // neither on the width nor on colours, and the notice page's own scan
  // (browser-notice.test.ts) covers both widths and the contrast of the styled page.
  it('has no serious or critical axe-core violations', async () => {
    expect(await axeViolations(page, WIDTHS[0]!, { contrast: false })).toEqual([]);
  });
});

// The swap itself: what `show` puts in the host page is what the checks above look at.
describe('a page shown in the host page', () => {
  it('is scanned as shown: an image without a text alternative is a violation', async () => {
    const { page } = await pages.show(
      HOST,
      '\n<article lang="en"><h1>Test</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></article>\n',
    );
    expect(await page.$$eval('main h1', (headings) => headings.map((h) => h.textContent))).toEqual(['Test']);
    expect((await axeViolations(page, WIDTHS[0]!)).map((v) => v.id)).toContain('image-alt');
  });

  it('is scanned for contrast unless the scan leaves it out: pale grey on white is a violation', async () => {
    const { page } = await pages.show(HOST, '\n<article lang="en"><h1>Test</h1><p style="color: #ccc">Pale text</p></article>\n');
    expect((await axeViolations(page, WIDTHS[0]!, { contrast: true })).map((v) => v.id)).toContain('color-contrast');
    expect((await axeViolations(page, WIDTHS[0]!, { contrast: false })).map((v) => v.id)).not.toContain('color-contrast');
  });
});
