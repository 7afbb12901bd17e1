/**
 * The built CLI in a real terminal (tmux): bracketed paste mode is on while the wizard runs and
 * off again on every way out — the files written, Ctrl+C, Esc, SIGTERM, SIGHUP, SIGINT, a crash.
 * After the wizard, a shell reads one line that tmux pastes: with the mode still on, tmux would
 * wrap it in ESC[200~ … ESC[201~ and the shell would read those bytes too.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUiStrings } from '../../source/core/flow/bank.js';
import { CLI, EXAMPLES, REPO, tempDir } from '../support/cli.js';
import { Tmux } from '../support/tmux.js';

const CRASH = join(REPO, 'test', 'fixtures', 'wizard', 'crash-on-sigusr2.mjs');
const FIRST_QUESTION = 'What kind of business do you run?';
const ui = loadUiStrings();

/** The wizard's process: the pane's shell runs it, maybe under one more shell. */
function wizardPid(tmux: Tmux): number {
  let pids = [tmux.pid()];
  for (let depth = 0; depth < 4 && pids.length > 0; depth++) {
    // Node running the CLI, not a shell whose command line names it.
    const found = pids.find((pid) => {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return argv[0] === process.execPath && argv.includes(CLI);
    });
    if (found) return found;
    pids = pids.flatMap((pid) =>
      spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
        .stdout.split('\n')
        .filter(Boolean)
        .map(Number),
    );
  }
  throw new Error(`no wizard process under the pane; screen:\n${tmux.screen()}`);
}

type WayOut = (tmux: Tmux) => Promise<void> | void;

describe('bracketed paste mode in a real terminal', () => {
  it.each<[string, string, number, WayOut]>([
    [
      'the files are written',
      '--answers',
      0,
      async (tmux) => {
        await tmux.enter(); // the review's first line, then the documents screen's
        await tmux.waitFor(ui.documentsWrite!.en);
        await tmux.enter();
      },
    ],
    ['Ctrl+C', '', 130, (tmux) => tmux.keys('C-c')],
    ['Esc on the first question', '', 130, (tmux) => tmux.keys('Escape')],
    ['SIGTERM', '', 143, (tmux) => void process.kill(wizardPid(tmux), 'SIGTERM')],
    ['SIGHUP', '', 129, (tmux) => void process.kill(wizardPid(tmux), 'SIGHUP')],
    ['SIGINT', '', 130, (tmux) => void process.kill(wizardPid(tmux), 'SIGINT')],
    ['a crash (an error nobody catches)', '', 1, (tmux) => void process.kill(wizardPid(tmux), 'SIGUSR2')],
  ])('is switched off when the wizard ends by %s', async (_how, mode, code, end) => {
    const home = tempDir();
    const tmux = new Tmux({ XDG_CONFIG_HOME: home, HOME: home, LANG: 'en_GB.UTF-8' });
    const args = mode === '--answers' ? `--answers ${join(EXAMPLES, 'print-shop.yaml')} --edit --out ${join(home, 'out')}` : '';
    const wizard = `${process.execPath} --import ${CRASH} ${CLI} ${args}`;
    try {
      tmux.start(`sh -c '${wizard}; echo "exit=$?"; IFS= read -r line; printf "read[%s]\\n" "$line" | cat -v; sleep 30'`);
      const started = await tmux.waitForAny([FIRST_QUESTION, 'Review your answers']);
      expect(started).toBe(mode === '--answers' ? 'Review your answers' : FIRST_QUESTION);
      await tmux.settled();
      // While the wizard runs the mode is on: a pasted line break is a space in the filter, not Enter.
      if (!mode) {
        tmux.paste('web\nagency');
        await tmux.waitFor('Filter: web agency');
      }
      await end(tmux);
      await tmux.waitFor(`exit=${code}`);
      tmux.paste('probe\n');
      await tmux.waitFor('read[');
      expect(tmux.screen()).toContain('read[probe]');
      expect(tmux.screen()).not.toContain('200~');
    } finally {
      tmux.kill();
    }
  });
});
