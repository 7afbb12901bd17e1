import { fileURLToPath } from 'node:url';

/** The package root: source/core/ in development, dist/core/ once built; both sit two levels down. */
const root = new URL('../../', import.meta.url);

export const packagePath = (...segments: string[]): string =>
  fileURLToPath(new URL(segments.join('/'), root));
