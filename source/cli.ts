#!/usr/bin/env node
/**
 * Entry point. The network goes first; `--version` and `--help`, what people and scripts call to
 * see whether the tool is there and what it does, are answered without loading the command line; the
 * rest is cli-main.ts, which the bundle holds as a CommonJS file loaded with its code cache
 * (code-cache.ts says why). The wizard stays an ES module, imported only when it runs: ink and
 * its layout engine need top-level await.
 */
import { readFileSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { OpenWizard } from './cli-main.js';

// The tool never uses the network, so no dependency gets the means to: without these globals
// nothing can fetch, and Ink's layout engine reads its embedded WebAssembly without loading
// Node's HTTP client (it would fetch a data: URL).
for (const name of ['fetch', 'Request', 'Response', 'Headers', 'FormData', 'WebSocket', 'EventSource']) {
  delete (globalThis as Record<string, unknown>)[name];
}

/** The text on stdout; false when it could not be made or written, so that cli-main.ts says why. */
function print(text: () => string): boolean {
  try {
    const bytes = Buffer.from(text());
    for (let written = 0; written < bytes.length; ) written += writeSync(1, bytes, written);
    return true;
  } catch {
    return false;
  }
}

const version = (): string =>
  `${(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version}\n`;

/** Defined (as true) by the bundler, scripts/build.mjs; absent when the sources run directly. */
declare const PRIVACY_WIZARD_BUNDLE: boolean | undefined;

const args = process.argv.slice(2);
const answered =
  args.length === 1 &&
  (args[0] === '--version' || args[0] === '-v'
    ? print(version)
    : (args[0] === '--help' || args[0] === '-h') && print((await import('./help.js')).helpText));
if (!answered) {
  const cliMain =
    typeof PRIVACY_WIZARD_BUNDLE !== 'undefined'
      ? ((await import('./code-cache.js')).requireWithCodeCache(
          fileURLToPath(new URL('./cli-main.cjs', import.meta.url)),
        ) as typeof import('./cli-main.js'))
      : await import('./cli-main.js');
  const openWizard: OpenWizard = () => import('./wizard/run.js');
  cliMain.run(args, openWizard);
}
