/**
 * Drives a command in a real terminal: a detached tmux session, keys in, screen out. Each has its
 * own tmux server (-L), so one session ending never races another starting.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { delay } from './wait.js';

export { delay } from './wait.js';

/** How long the screen must stay the same to count as settled (the app has drawn and is listening). */
const QUIET_MS = 50;

let sessions = 0;

export class Tmux {
  readonly session = `pw-${process.pid}-${Date.now()}-${++sessions}`;
  constructor(private readonly env: Record<string, string>) {}

  start(command: string) {
    const env = Object.entries(this.env)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    // No CI variable inside: this is what a user's terminal looks like.
    execFileSync('tmux', [
      '-L',
      this.session,
      'new-session',
      '-d',
      '-s',
      this.session,
      '-x',
      '80',
      '-y',
      '24',
      `env -u CI -u NO_COLOR -u FORCE_COLOR ${env} ${command}`,
    ]);
  }
  /**
   * Types text, waits until the terminal shows it, then presses Enter, so text and Enter never
   * arrive as one read. Without text, waits until the screen has settled first: a question
   * drawn a moment ago may not be listening for keys yet.
   */
  async enter(text = '') {
    if (text) {
      execFileSync('tmux', ['-L', this.session, 'send-keys', '-t', this.session, '-l', text]);
      await this.waitFor(text);
    } else {
      await this.settled();
    }
    this.keys('Enter');
  }
  /** Waits until the screen has not changed for QUIET_MS. */
  async settled(timeout = 8000) {
    let last = this.screen();
    for (let quiet = 0, waited = 0; quiet < QUIET_MS; quiet += 10, waited += 10) {
      if (waited >= timeout) throw new Error(`the screen kept changing; screen:\n${last}`);
      await delay(10);
      const now = this.screen();
      if (now !== last) {
        last = now;
        quiet = -10;
      }
    }
  }
  /**
   * Pastes `text` as a terminal does: tmux's paste buffer, with its line feeds sent as CR and,
   * once the application has asked for bracketed paste mode, wrapped in ESC[200~ … ESC[201~.
   */
  paste(text: string) {
    execFileSync('tmux', ['-L', this.session, 'load-buffer', '-'], { input: text });
    execFileSync('tmux', ['-L', this.session, 'paste-buffer', '-p', '-d', '-t', this.session]);
  }
  keys(...keys: string[]) {
    execFileSync('tmux', ['-L', this.session, 'send-keys', '-t', this.session, ...keys]);
  }
  screen(withEscapes = false): string {
    return execFileSync('tmux', ['-L', this.session, 'capture-pane', '-p', '-J', ...(withEscapes ? ['-e'] : []), '-t', this.session], {
      encoding: 'utf8',
    });
  }
  async waitFor(text: string, timeout = 8000) {
    for (let waited = 0; waited < timeout; waited += 50) {
      if (this.screen().includes(text)) return;
      await delay(50);
    }
    throw new Error(`timed out waiting for "${text}"; screen:\n${this.screen()}`);
  }
  /** Waits until one of the texts shows and returns it. */
  async waitForAny(texts: string[], timeout = 8000): Promise<string> {
    for (let waited = 0; waited < timeout; waited += 50) {
      const screen = this.screen();
      const found = texts.find((text) => screen.includes(text));
      if (found) return found;
      await delay(50);
    }
    throw new Error(`timed out waiting for any of ${JSON.stringify(texts)}; screen:\n${this.screen()}`);
  }
  /**
   * Where the progress line says the wizard is, as one number that grows through the wizard:
   * section × 100 + question within the section (Section 2 … question 3 → 203); NaN without one.
   */
  position(screen = this.screen()): number {
    const match = /Section (\d+) of \d+ · .*? · question (\d+) of/.exec(screen);
    return match ? Number(match[1]) * 100 + Number(match[2]) : Number.NaN;
  }
  /** Waits until the progress line no longer shows `position` (see position()). */
  async waitForChange(position: number, timeout = 8000) {
    for (let waited = 0; waited < timeout; waited += 50) {
      if (this.position() !== position) return;
      await delay(50);
    }
    throw new Error(`still at ${position}; screen:\n${this.screen()}`);
  }
  pid(): number {
    return Number(
      execFileSync('tmux', ['-L', this.session, 'list-panes', '-t', this.session, '-F', '#{pane_pid}'], { encoding: 'utf8' }).trim(),
    );
  }
  kill() {
    spawnSync('tmux', ['-L', this.session, 'kill-session', '-t', this.session]);
  }
}

/** The wizard's first four answers, typed key by key: a web agency named Pixelwerf. */
export async function answerOpeningQuestions(tmux: Tmux) {
  await tmux.waitFor('What kind of business do you run?');
  await tmux.enter('web');
  await tmux.waitFor('In which languages');
  await tmux.enter();
  await tmux.waitFor('From which date');
  await tmux.enter('2026-05-01');
  await tmux.waitFor('registered name');
  await tmux.enter('Pixelwerf');
  await tmux.waitFor('legal form');
}
