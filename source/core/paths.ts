import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Defined (as true) by the bundler, scripts/build.mjs; absent when the sources run directly. */
declare const PRIVACY_WIZARD_BUNDLE: boolean | undefined;
export const bundled = typeof PRIVACY_WIZARD_BUNDLE !== 'undefined';

/** The package root: every file of the bundle sits in dist/; sources sit in source/core/. */
const root = new URL(bundled ? '../' : '../../', import.meta.url);

export const packagePath = (...segments: string[]): string => fileURLToPath(new URL(segments.join('/'), root));

/** Data the build validated and compiled from questions/ and templates/ (source/tools/compile-data.ts). */
export const compiledDataPath = (name: string): string => packagePath('dist', 'data', `${name}.json`);
export const readCompiledData = <T>(name: string): T => JSON.parse(readFileSync(compiledDataPath(name), 'utf8')) as T;

/**
 * The one choice between compiled and source data: the bundle reads what the build validated
 * and wrote to dist/data/ (no YAML parsed, no Intl formatter started on a run); the sources, as
 * tests and the build itself run them, read the YAML or ask Intl.
 */
export const compiledOr = <T>(name: string, fromSource: () => T): T => (bundled ? readCompiledData<T>(name) : fromSource());
