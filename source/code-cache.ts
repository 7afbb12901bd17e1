/**
 * Loads the command line (dist/cli-main.cjs) with the V8 code cache the build wrote beside it.
 *
 * Why: a replay spent about a fifth of its time compiling — the bundle on load, then each function
 * on its first call. The build runs one replay and saves V8's bytecode of every function it
 * compiled (scripts/build.mjs), so a run deserializes instead of compiling. Node 20 has no
 * compile cache for modules (`module.enableCompileCache` came in Node 22), hence a classic
 * script through node:vm, the documented way to hand V8 cached data.
 *
 * The cache only speeds things up: V8 checks it against its own version, flags and the source,
 * and a cache that does not match (another Node, a rebuilt bundle, a damaged file) is set aside
 * and the script compiles as it would without. `NODE_DEBUG=privacy-wizard` says which happened.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { debuglog } from 'node:util';
import { Script } from 'node:vm';

const debug = debuglog('privacy-wizard');

/** The environment variable that makes a run save its compiled code to FILE.cache at exit (the build sets it). */
export const SAVE_CODE_CACHE = 'PRIVACY_WIZARD_SAVE_CODE_CACHE';

/** `require(file)` for a CommonJS bundle, compiled from its code cache when V8 accepts it. */
export function requireWithCodeCache(file: string): unknown {
  const cacheFile = `${file}.cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache: the script compiles as any other
  }
  // The same wrapper as Node's own CommonJS loader, so the bundle sees the names it expects.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(wrapped, { filename: file, cachedData });
  debug('%s: code cache %s', file, cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted');
  if (process.env[SAVE_CODE_CACHE] === file) {
    // At exit every function the run called has been compiled, and the cache holds them all.
    process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
  }
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}
