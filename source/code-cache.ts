/**
 * Loads the command line (dist/cli-main.cjs) with the V8 code cache the build wrote beside it.
 *
 * Why: a replay spent about a sixth of its time compiling — the bundle on load, then each function
 * on its first call. The build runs one replay and saves V8's bytecode of every function it
 * compiled (scripts/build.mjs), so a run deserializes instead of compiling. Node 20 has no
 * compile cache for modules (`module.enableCompileCache` came in Node 22), hence a classic
 * script through node:vm, the documented way to hand V8 cached data.
 *
 * The cache only speeds things up: V8 checks it against its own version, flags and the source,
 * and a cache that does not match (another Node, a rebuilt bundle, a damaged file) is set aside
 * and the script compiles as it would without. Such a run, or one without a cache, saves its own
 * at exit, as Python refreshes its __pycache__: a package built on one Node and run on another
 * is fast from its second run. Where the folder is read-only, nothing is saved and nothing fails.
 * `NODE_DEBUG=privacy-wizard` says which happened.
 */
import { accessSync, constants, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { debuglog } from 'node:util';
import { Script } from 'node:vm';

const debug = debuglog('privacy-wizard');

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
  const state = cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted';
  debug('%s: code cache %s', file, state);
  // At exit every function the run called has been compiled, and the cache holds them all.
  if (state !== 'accepted') process.once('exit', () => saveCache(cacheFile, script));
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

/** The script's compiled code to FILE, whole (renamed into place) or not at all. */
function saveCache(cacheFile: string, script: Script): void {
  const partial = `${cacheFile}.${process.pid}.partial`;
  try {
    accessSync(dirname(cacheFile), constants.W_OK); // before the serializing, which costs a few ms
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, cacheFile);
    debug('%s: saved', cacheFile);
  } catch (error) {
    // A folder the user cannot write to: the next run compiles again, as this one did.
    try {
      rmSync(partial, { force: true });
    } catch {
      // there is nothing of ours to remove
    }
    debug('%s: not saved (%s)', cacheFile, (error as Error).message);
  }
}
