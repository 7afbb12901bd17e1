/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * What the browser tests share (test/browser-*.test.ts): the real replay of the examples into a
 * folder, one headless Chromium per test file, and the checks every page gets. The tests are
 * four files, one per kind of page, so that the runner gives each its own worker: as one file
 * they were the suite's longest run by far (2 min 22 s of a 2 min 42 s end-to-end tier).
 */
import { renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { exampleFiles, REPO, replayBatch, tempDir } from './cli.js';
import { loadAnswers } from './replay.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const WIDTHS = [375, 1280];

/** Every example in each of its languages: [example name, language]. */
export const notices = exampleFiles().flatMap((example) =>
  loadAnswers(example).languages.map((lang) => [basename(example, '.yaml'), lang] as const),
);

/** Whether this is the first of its source's languages in the list: the one whose scan checks contrast (AxeScan). */
export const firstLanguageOf = (list: readonly (readonly [string, string])[], name: string, lang: string): boolean =>
  list.find(([other]) => other === name)?.[1] === lang;

/** The cookie declaration of an example with cookies, and of the fixture with every part of it. */
export const declarationSources = [
  ['declaration-web-agency', join(REPO, 'examples/web-agency.yaml')],
  ['declaration-fixture', join(REPO, 'test/fixtures/cookies.yaml')],
] as const;

type Browser = Awaited<ReturnType<typeof launchChromium>>;

/**
 * Replays each source (by default every example) with these CLI options into a folder of its
 * name under one temporary folder, and starts Chromium, before the file's tests; the returned
 * object's `out` and `open` are set by then.
 */
export function browserPages(options: string[], sources: readonly (readonly [string, string])[] = exampleSources()) {
  let browser: Browser;
  let tab: Page | undefined;
  let errors: string[] = [];
  /**
   * Opens a page in the file's one tab; console errors and uncaught page errors of that page are
   * collected in `errors`. One tab, navigated from page to page: Chromium keeps its renderer and
   * the compiled axe-core between them, where a new tab per page started both again (about a
   * fifth of the browser tests' time).
   */
  async function open(file: string): Promise<{ page: Page; errors: string[] }> {
    if (!tab) {
      tab = await browser.context.newPage();
      tab.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      tab.on('pageerror', (error) => errors.push(error.message));
    }
    const collected = await freshPage(tab);
    shownIn = undefined;
    await tab.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page: tab, errors: collected };
  }
  /** The default width and media again, and a new list of this page's errors. */
  async function freshPage(page: Page): Promise<string[]> {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ media: null });
    // This page's own list: the listeners push into whichever list was set last.
    errors = [];
    return errors;
  }
  /** The host page the tab shows now, if the last page opened was one. */
  let shownIn: string | undefined;
  let hosts = 0;
  /**
   * Shows markup in the `<main>` of a bare host page (the site's own page around a pasted
   * snippet). The first call for a host page loads it; later calls only replace what its
   * `<main>` holds, so a snippet costs neither a navigation nor a fresh axe-core (two fifths of
   * these files' time). `innerHTML` runs the page's own HTML parser, with `<main>` as context.
   */
  async function show(hostPage: string, main: string): Promise<{ page: Page; errors: string[] }> {
    if (shownIn !== hostPage) {
      const file = join(pages.out, `host-${++hosts}.html`);
      writeFileSync(file, hostPage);
      await open(file);
      shownIn = hostPage;
    }
    const page = tab!;
    const collected = await freshPage(page);
    await page.evaluate((markup) => {
      document.querySelector('main')!.innerHTML = markup;
      // Two frames: the new content has been laid out before any test measures it.
      return new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(settled)));
    }, main);
    return { page, errors: collected };
  }
  const pages = { out: tempDir(), open, show };
  beforeAll(async () => {
    // One batch replays them all (a CLI start per file cost each browser file ~3 s); each
    // folder moves to the name the tests know it by.
    const batch = replayBatch(
      sources.map(([, file]) => file),
      ['--quiet', ...options],
    );
    expect(batch.status, batch.stderr).toBe(0);
    for (const [name, file] of sources) renameSync(batch.folderOf(file), join(pages.out, name));
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => browser?.close());
  return pages;
}

/** A site's own page with nothing of ours in it, in English: what a pasted snippet is shown in. */
export const bareHostPage = (title: string) =>
  `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${title}</title>\n</head>\n<body>\n<main></main>\n</body>\n</html>\n`;

const exampleSources = () => exampleFiles().map((file) => [basename(file, '.yaml'), file] as const);

/** How far the page, and each table on it, is wider than the space it has (0: fits). */
export const overflow = (page: Page) =>
  page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    tables: [...document.querySelectorAll('table')].map((table) => table.scrollWidth - table.clientWidth),
  }));

/** The page's heading levels in document order. */
export const headingLevels = (page: Page): Promise<number[]> =>
  page.$$eval('h1, h2, h3, h4, h5, h6', (headings) => headings.map((h) => Number(h.tagName[1])));

/** Each place where a heading skips a level ("h2 → h4"). */
export const levelSkips = (levels: number[]): string[] =>
  levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${level}`] : []));

/**
 * Whether axe-core's colour-contrast rule runs: about half of a scan's time. Contrast is the
 * style sheet's: a page without colours of ours (a fragment or snippet in a bare host page) has
 * only the browser's black on white, and an example's pages in four languages share their
 * markup and style sheet, so one language's scan at each width stands for the others.
 */
export interface AxeScan {
  contrast: boolean;
}

/** The serious and critical axe-core violations of the page at a width. */
export async function axeViolations(page: Page, width: number, { contrast }: AxeScan = { contrast: true }) {
  await page.setViewportSize({ width, height: 800 });
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (contrast) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: { resultTypes: string[]; rules: Record<string, { enabled: boolean }> },
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    // Only the violations are read: without the passes' and incompletes' node lists axe takes about half the time.
    const result = await axe.run(document, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: contrast } } });
    return result.violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.map((node) => node.target.join(' ')) }));
  }, contrast);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
