/**
 * Terminal escape sequences pasted into a free-text answer (issue 16, item 17): the saved
 * session keeps them byte for byte (nothing is lost or run), and no output format ever receives
 * them: the gate before writing refuses the answer, located, in the wizard's finish, in replay
 * and in check.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCatalogFiles } from '../source/core/catalogs/load.js';
import { checkForReplay } from '../source/core/pipeline.js';
import { openSessionStore } from '../source/session/store.js';
import { writeNotice } from '../source/wizard/finish.js';
import { REPO, runCli, tempDir } from './support/cli.js';

const minimal = readFileSync(join(REPO, 'test/fixtures/minimal.yaml'), 'utf8');
const catalogs = loadCatalogFiles();

const PASTED = [
  ['a colour (CSI SGR)', 'Acme \u001b[31mred\u001b[0m'],
  ['a window title (OSC)', 'Acme \u001b]0;owned\u0007'],
  ['bracketed paste markers', '\u001b[200~Acme\u001b[201~'],
  ['a C1 CSI', 'Acme \u009b31m'],
  ['a cursor move and erase', 'Acme\u001b[2K\u001b[1A'],
] as const;

describe.each(PASTED)('%s pasted as the legal name', (_what, pasted) => {
  const answers = { ...parse(minimal), controller: { ...parse(minimal).controller, legalName: pasted } } as Record<string, unknown>;

  it('is saved and resumed byte for byte', () => {
    const cwd = tempDir();
    const store = openSessionStore({ profile: 'default', cwd });
    store.save({ draft: answers, stack: [{ base: [], index: 0 }] });
    store.close();
    const again = openSessionStore({ profile: 'default', cwd, readOnly: true });
    expect((again.load()!.draft.controller as { legalName: string }).legalName).toBe(pasted);
  });

  it('never reaches a notice: the finish refuses it at its path and writes no file', async () => {
    const out = join(tempDir(), 'out');
    const finished = await writeNotice(answers, catalogs, out);
    expect(finished.ok).toBe(false);
    expect('problems' in finished && finished.problems[0]).toMatchObject({
      path: 'controller.legalName',
      message: expect.stringMatching(/^holds the control character U\+00(1B|9B)/),
    });
    expect(existsSync(out)).toBe(false);
    expect(checkForReplay(answers, catalogs).ok).toBe(false);
  });

  it('is refused by replay and check, located, with nothing written', () => {
    const dir = tempDir();
    const file = join(dir, 'client.yaml');
    const escaped = JSON.stringify(pasted); // a YAML double-quoted string holds the escapes as \u001b
    writeFileSync(file, minimal.replace('legalName: Drukkerij Peeters', `legalName: ${escaped}`));
    const replay = runCli(['--answers', file, '--out', join(dir, 'out')], { cwd: dir });
    expect(replay.status).toBe(2);
    expect(replay.stderr.split('\n')[0]).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:6:14  controller\\.legalName  holds the control character`),
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(runCli(['check', file], { cwd: dir }).status).toBe(2);
  });
});
