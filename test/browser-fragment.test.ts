/// <reference lib="dom" />
/**
 * The fragment as a CMS shows it, in a real browser (Debian's Chromium, headless): inside a page
 * of the site's own (here a bare one, in English, whatever the notice's language), with none of
 * the notice page's styles.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserPages, headingLevels, levelSkips, notices, WIDTHS } from './support/browser.js';

const pages = browserPages(['--format', 'fragment', '--documents', 'notice']);

describe.each(notices)('%s: privacy-notice.%s.fragment.html in a page, in Chromium', (name, lang) => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    const fragment = readFileSync(join(pages.out, name, `privacy-notice.${lang}.fragment.html`), 'utf8');
    const host = join(pages.out, name, `cms-page.${lang}.html`);
    writeFileSync(
      host,
      `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Privacy</title>\n</head>\n<body>\n<main>\n${fragment}</main>\n</body>\n</html>\n`,
    );
    ({ page, errors } = await pages.open(host));
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

  // Once, at a phone's width: the page is unstyled markup in a bare host page (no media query,
  // no colour of ours), so what axe-core can find there does not depend on the width, and the
  // notice page's own scan (browser-notice.test.ts) covers both widths of the styled page.
  it('has no serious or critical axe-core violations', async () => {
    expect(await axeViolations(page, WIDTHS[0]!)).toEqual([]);
  });
});
