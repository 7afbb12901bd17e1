/**
 * The run's one temporary folder (test/support/temp-root.ts, vitest's global setup): every
 * `tmpdir()` of the tests is inside it, and TMPDIR passes it on to the processes they start,
 * so removing it at the end leaves nothing in /tmp.
 */
import { tmpdir } from 'node:os';
import { expect, it } from 'vitest';
import { tempDir } from './support/cli.js';

it('puts the temporary folders of tests, and of the processes they start, in the run’s own folder', () => {
  const root = process.env.PRIVACY_WIZARD_TEST_TEMP;
  expect(root).toMatch(/privacy-wizard-tests-/);
  expect(process.env.TMPDIR).toBe(root);
  expect(tmpdir()).toBe(root);
  expect(tempDir().startsWith(`${root}/`)).toBe(true);
});
