#!/usr/bin/env node
/**
 * Entry point. The network goes first; `--version`, what scripts call to see whether the tool is
 * there, is answered without loading another module (a third of its time was loading them); the
 * rest is cli-main.ts.
 */
import { readFileSync, writeSync } from 'node:fs';

// The tool never uses the network, so no dependency gets the means to: without these globals
// nothing can fetch, and Ink's layout engine reads its embedded WebAssembly without loading
// Node's HTTP client (it would fetch a data: URL).
for (const name of ['fetch', 'Request', 'Response', 'Headers', 'FormData', 'WebSocket', 'EventSource']) {
  delete (globalThis as Record<string, unknown>)[name];
}

/** The version on stdout; false when it could not be written, so that cli-main.ts says why. */
function printVersion(): boolean {
  try {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    writeSync(1, `${version}\n`);
    return true;
  } catch {
    return false;
  }
}

const args = process.argv.slice(2);
if (!(args.length === 1 && (args[0] === '--version' || args[0] === '-v') && printVersion())) await import('./cli-main.js');
