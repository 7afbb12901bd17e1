// Debian's Chromium driven by playwright-core, set up alike for the browser tests and the
// screenshot scripts: headless, nothing fetched from the network, a fresh profile each time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A headless Chromium context with its own user-data-dir; `close()` ends the browser and
 * removes the profile.
 * @param {import('playwright-core').BrowserContextOptions} [options]
 */
export async function launchChromium(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'privacy-wizard-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, ...options });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
