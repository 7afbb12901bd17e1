/**
 * vitest's global setup: one temporary folder for the whole run, removed when it ends. Tests make
 * hundreds of folders with `mkdtemp(tmpdir())` (a CLI run's working folder, an output folder,
 * a session store), and the CLI, tmux panes and Chromium they start write there too; most tests
 * do not remove theirs, and a run left about 800 folders in /tmp. Pointing TMPDIR at this folder
 * before the test processes start puts all of it in one place: `os.tmpdir()` reads TMPDIR on
 * every call, and the workers and the processes they start inherit it.
 * PRIVACY_WIZARD_KEEP_TEMP=1 keeps the folder, to look at what a failing test wrote.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  // The root config and each project (they extend it) run the setup: the first one does it all.
  if (process.env.PRIVACY_WIZARD_TEST_TEMP) return () => {};
  const root = mkdtempSync(join(tmpdir(), 'privacy-wizard-tests-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  process.env.PRIVACY_WIZARD_TEST_TEMP = root;
  return () => {
    delete process.env.PRIVACY_WIZARD_TEST_TEMP;
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    if (process.env.PRIVACY_WIZARD_KEEP_TEMP === '1') console.log(`temporary files kept in ${root}`);
    else rmSync(root, { recursive: true, force: true });
  };
}
