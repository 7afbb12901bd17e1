import { existsSync } from 'node:fs';

/**
 * Whether --answers names one plain file, replayed straight into --out, rather than a batch.
 * A path that exists is that file, whatever characters it holds (`client[1].yaml`, `acme
 * (copy).yaml`); tinyglobby, which decides otherwise, is loaded only for a path holding a
 * character a glob could use.
 */
export async function isSingleFile(patterns: readonly string[]): Promise<boolean> {
  const [first, ...more] = patterns;
  if (first === undefined || more.length > 0) return false;
  if (!/[*?[\]{}()!+@]/.test(first) || existsSync(first)) return true;
  return !(await import('tinyglobby')).isDynamicPattern(first);
}
