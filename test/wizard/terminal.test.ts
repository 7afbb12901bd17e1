/**
 * The built CLI in a real terminal (tmux): answer the first questions, SIGKILL the process,
 * start again, and find the wizard resuming at the same question.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, tempDir } from '../support/cli.js';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class Tmux {
  readonly session = `pw-${process.pid}-${Date.now()}`;
  constructor(private readonly env: Record<string, string>) {}

  start(command: string) {
    const env = Object.entries(this.env).map(([k, v]) => `${k}=${v}`).join(' ');
    // No CI variable inside: this is what a user's terminal looks like.
    execFileSync('tmux', ['new-session', '-d', '-s', this.session, '-x', '80', '-y', '24', `env -u CI -u NO_COLOR -u FORCE_COLOR ${env} ${command}`]);
  }
  /** Types text, waits until the terminal shows it, then presses Enter: one keystroke at a time. */
  async enter(text = '') {
    if (text) {
      execFileSync('tmux', ['send-keys', '-t', this.session, '-l', text]);
      await this.waitFor(text);
    }
    await delay(100);
    this.keys('Enter');
  }
  keys(...keys: string[]) {
    execFileSync('tmux', ['send-keys', '-t', this.session, ...keys]);
  }
  screen(withEscapes = false): string {
    return execFileSync('tmux', ['capture-pane', '-p', ...(withEscapes ? ['-e'] : []), '-t', this.session], { encoding: 'utf8' });
  }
  async waitFor(text: string, timeout = 8000) {
    for (let waited = 0; waited < timeout; waited += 50) {
      if (this.screen().includes(text)) return;
      await delay(50);
    }
    throw new Error(`timed out waiting for "${text}"; screen:\n${this.screen()}`);
  }
  pid(): number {
    return Number(execFileSync('tmux', ['list-panes', '-t', this.session, '-F', '#{pane_pid}'], { encoding: 'utf8' }).trim());
  }
  kill() {
    spawnSync('tmux', ['kill-session', '-t', this.session]);
  }
}

describe('the wizard in a real terminal', () => {
  it('resumes at the same question after SIGKILL', async () => {
    const home = tempDir();
    const tmux = new Tmux({ XDG_CONFIG_HOME: home, LANG: 'en_GB.UTF-8', HOME: home });
    try {
      tmux.start(`${process.execPath} ${CLI} --profile tmux-test`);
      await tmux.waitFor('What kind of business do you run?');
      await tmux.enter('web');
      await tmux.waitFor('In which languages');
      await tmux.enter();
      await tmux.waitFor('From which date');
      await tmux.enter('2026-05-01');
      await tmux.waitFor('registered name');
      await tmux.enter('Pixelwerf');
      await tmux.waitFor('legal form');
      await delay(200); // the answer is saved when the next question shows; give the write a moment
      process.kill(tmux.pid(), 'SIGKILL');
      await delay(200);
      tmux.kill();

      tmux.start(`${process.execPath} ${CLI} --profile tmux-test`);
      await tmux.waitFor('You have saved answers');
      await tmux.enter();
      await tmux.waitFor('legal form');
      tmux.keys('Escape');
      await tmux.waitFor('Pixelwerf');
      expect(tmux.screen()).toContain('registered name');
    } finally {
      tmux.kill();
    }
  });

  it.each([
    ['Ctrl+C', 'C-c'],
    ['Esc on the first question', 'Escape'],
  ])('stops on %s with exit 130, keeping the answers and the terminal usable', async (_name, key) => {
    const home = tempDir();
    const tmux = new Tmux({ XDG_CONFIG_HOME: home, HOME: home, LANG: 'en_GB.UTF-8' });
    try {
      tmux.start(`sh -c '${process.execPath} ${CLI}; echo "exit=$?"; stty -a | grep -o "[-]*icanon"; sleep 30'`);
      await tmux.waitFor('What kind of business do you run?');
      tmux.keys(key);
      await tmux.waitFor('exit=130');
      expect(tmux.screen()).toContain('Your answers are saved');
      expect(tmux.screen()).toMatch(/^icanon$/m); // raw mode was switched off again
    } finally {
      tmux.kill();
    }
  });

  it('uses colour, unless NO_COLOR is set or FORCE_COLOR=0; FORCE_COLOR wins', async () => {
    const colourOf = async (env: Record<string, string>) => {
      const home = tempDir();
      const tmux = new Tmux({ XDG_CONFIG_HOME: home, HOME: home, LANG: 'en_GB.UTF-8', TERM: 'xterm-256color', ...env });
      try {
        tmux.start(`${process.execPath} ${CLI}`);
        await tmux.waitFor('What kind of business do you run?');
        return /\u001b\[(3[0-9]|9[0-7])(;\d+)*m/.test(tmux.screen(true));
      } finally {
        tmux.kill();
      }
    };
    expect(await colourOf({})).toBe(true);
    expect(await colourOf({ NO_COLOR: '1' })).toBe(false);
    expect(await colourOf({ FORCE_COLOR: '0' })).toBe(false);
    expect(await colourOf({ NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(true);
  });

  it('refuses to start without a terminal, pointing to --answers', () => {
    const result = spawnSync(process.execPath, [CLI], { input: '', encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/needs an interactive terminal.*--answers FILE/);
    expect(result.stderr).not.toMatch(/Raw mode/);
  });
});
