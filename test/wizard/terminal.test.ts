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
    execFileSync('tmux', ['new-session', '-d', '-s', this.session, '-x', '80', '-y', '24', `env -u CI ${env} ${command}`]);
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
  screen(): string {
    return execFileSync('tmux', ['capture-pane', '-p', '-t', this.session], { encoding: 'utf8' });
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

  it('refuses to start without a terminal, pointing to --answers', () => {
    const result = spawnSync(process.execPath, [CLI], { input: '', encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/needs an interactive terminal.*--answers FILE/);
    expect(result.stderr).not.toMatch(/Raw mode/);
  });
});
