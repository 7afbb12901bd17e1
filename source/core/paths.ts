import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Defined (as true) by the bundler, scripts/build.mjs; absent when the sources run directly. */
declare const PRIVACY_WIZARD_BUNDLE: boolean | undefined;
export const bundled = typeof PRIVACY_WIZARD_BUNDLE !== 'undefined';

/** The package root: every file of the bundle sits in dist/; sources sit in source/core/. */
const root = new URL(bundled ? '../' : '../../', import.meta.url);

/**
 * A path inside the package, made once per relative path: a batch asks for each template's path
 * at every render, and a URL parsed and turned into a path each time was 1 % of a worker's time.
 */
const paths = new Map<string, string>();
export function packagePath(...segments: string[]): string {
  const relative = segments.join('/');
  let path = paths.get(relative);
  if (path === undefined) {
    path = fileURLToPath(new URL(relative, root));
    paths.set(relative, path);
  }
  return path;
}

/** Data the build validated and compiled from questions/ and templates/ (source/tools/compile-data.ts). */
export const compiledDataPath = (name: string): string => packagePath('dist', 'data', `${name}.json`);
export const readCompiledData = <T>(name: string): T => JSON.parse(readFileSync(compiledDataPath(name), 'utf8')) as T;

/**
 * The one choice between compiled and source data: the bundle reads what the build validated
 * and wrote to dist/data/ (no YAML parsed, no Intl formatter started on a run); the sources, as
 * tests and the build itself run them, read the YAML or ask Intl.
 */
export const compiledOr = <T>(name: string, fromSource: () => T): T => (bundled ? readCompiledData<T>(name) : fromSource());
