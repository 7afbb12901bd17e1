/**
 * Whether --answers names one plain file, replayed straight into --out, rather than a batch.
 * tinyglobby, which decides, is loaded only for a path holding a character a glob could use.
 */
export async function isSingleFile(patterns: readonly string[]): Promise<boolean> {
  const [first, ...more] = patterns;
  if (first === undefined || more.length > 0) return false;
  return !/[*?[\]{}()!+@]/.test(first) || !(await import('tinyglobby')).isDynamicPattern(first);
}
