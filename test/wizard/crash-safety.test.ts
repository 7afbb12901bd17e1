/**
 * Saved answers survive faults, proven against the built CLI in a real terminal (tmux): kills at
 * random moments while answers are being saved, a store broken by hand, and two wizards on
 * one profile.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getAt } from '../../source/core/flow/draft.js';
import { openSessionStore } from '../../source/session/store.js';
import { CLI, tempDir } from '../support/cli.js';
import { answerOpeningQuestions, Tmux } from '../support/tmux.js';
import { delay, waitUntil } from '../support/wait.js';

const KILLS = 20;
const SEED = Number(process.env.CRASH_SEED ?? 20261121);
const RESUME = 'You have saved answers';
const wizard = (profile: string) => `${process.execPath} ${CLI} --profile ${profile}`;
/** The wizard under a shell that logs its stderr and exit code, so a failed round can say why. */
const loggedWizard = (profile: string, log: string) => `sh -c '${wizard(profile)} 2>>${log}; echo exit=$? >>${log}'`;
const terminal = (home: string) => new Tmux({ XDG_CONFIG_HOME: home, HOME: home, LANG: 'en_GB.UTF-8' });

/** The saved session as the next wizard would see it, read without taking the lock. */
function savedSession(home: string, profile: string) {
  const store = openSessionStore({ profile, cwd: join(home, 'privacy-wizard'), readOnly: true });
  return { backup: store.brokenBackup, session: store.load() };
}

/** The progress line's position (Tmux.position): the legal form is section 2, question 2. */
const LEGAL_FORM = 202;
async function questionNumber(tmux: Tmux): Promise<number> {
  await tmux.waitFor('question ');
  return tmux.position();
}

describe('saved answers in a real terminal', () => {
  it(`stay intact and resumable after ${KILLS} kills at random moments during saves (seed ${SEED})`, async () => {
    const home = tempDir();
    const killAfter = fc.sample(fc.integer({ min: 0, max: 400 }), { seed: SEED, numRuns: KILLS });
    const first = terminal(home);
    try {
      first.start(wizard('crash'));
      await answerOpeningQuestions(first);
    } finally {
      first.kill();
    }
    const stderr = join(home, 'stderr.txt');
    for (const [round, ms] of killAfter.entries()) {
      const tmux = terminal(home);
      try {
        tmux.start(loggedWizard('crash', stderr));
        await tmux.waitFor(RESUME);
        expect(tmux.screen()).not.toContain('could not be read');
        await tmux.enter();
        // Keys that arrive together may be read as one, so the session can be a question or two
        // off the legal form: walk back to it.
        for (let at = await questionNumber(tmux); at !== LEGAL_FORM; at = await questionNumber(tmux)) {
          tmux.keys(at > LEGAL_FORM ? 'Escape' : 'Enter');
          await tmux.waitForChange(at);
        }
        // Each Esc (back to the name) and each Enter (on to the legal form again) is a save.
        let dead = false;
        const killed = (async () => {
          await delay(ms);
          process.kill(Number(execFileSync('pgrep', ['-P', String(tmux.pid())], { encoding: 'utf8' }).trim()), 'SIGKILL');
          dead = true;
        })();
        for (let k = 0; !dead; k++) {
          try {
            tmux.keys(k % 2 === 0 ? 'Escape' : 'Enter');
          } catch (error) {
            if (!dead) throw error; // the terminal closes with the killed wizard
          }
          await delay(25);
        }
        await killed;
      } catch (error) {
        throw new Error(`round ${round}: ${(error as Error).message}\nstderr: ${existsSync(stderr) ? readFileSync(stderr, 'utf8') : ''}`);
      } finally {
        tmux.kill();
      }
      const { backup, session } = savedSession(home, 'crash');
      expect(backup, `round ${round}: the store was unreadable after a kill ${ms} ms into the saves`).toBeUndefined();
      expect(getAt(session?.draft, ['controller', 'legalName']), `round ${round}: ${JSON.stringify(session)}`).toBe('Pixelwerf');
    }
    const last = terminal(home);
    try {
      last.start(wizard('crash'));
      await last.waitFor(RESUME);
      // Nothing kept aside as broken, and the half-written saves of killed wizards tidied away.
      expect(readdirSync(join(home, 'privacy-wizard')).sort()).toEqual(['session-crash.json', 'session-crash.json.lock']);
    } finally {
      last.kill();
    }
  }, 180_000);

  it('keeps a store broken by hand as a backup and says where it is', async () => {
    const home = tempDir();
    const dir = join(home, 'privacy-wizard');
    mkdirSync(dir, { recursive: true });
    const broken = '{"formatVersion": 1, "draft": {"controller": {"legalName": "Pixelw';
    writeFileSync(join(dir, 'session-hand.json'), broken);
    const tmux = terminal(home);
    try {
      tmux.start(wizard('hand'));
      await tmux.waitFor('What kind of business do you run?');
      const screen = tmux.screen();
      expect(screen).toContain('could not be read');
      const backups = readdirSync(dir).filter((name) => name.startsWith('session-hand.json.broken-'));
      expect(backups).toHaveLength(1);
      expect(screen).toContain(backups[0]);
      expect(readFileSync(join(dir, backups[0]!), 'utf8')).toBe(broken);
    } finally {
      tmux.kill();
    }
  });

  it('lets only one wizard at a time open a profile', async () => {
    const home = tempDir();
    const owner = terminal(home);
    const second = terminal(home);
    try {
      owner.start(wizard('shared'));
      await owner.waitFor('What kind of business do you run?');
      await owner.enter('web');
      await owner.waitFor('In which languages');
      // The languages too: a session with only the kind of business has no start menu to resume from.
      await owner.enter();
      await owner.waitFor('From which date');
      const store = join(home, 'privacy-wizard', 'session-shared.json');
      // The answer is saved just after the next question shows.
      await waitUntil(() => getAt(savedSession(home, 'shared').session?.draft, ['languages']) !== undefined, 'the answers are saved');
      const before = readFileSync(store, 'utf8');

      second.start(`sh -c '${wizard('shared')}; echo "exit=$?"; sleep 30'`);
      await second.waitFor('exit=2');
      expect(second.screen()).toMatch(/already open in another privacy-wizard \(process \d+\)/);
      expect(readFileSync(store, 'utf8')).toBe(before);

      // Each Esc after the one before has shown its question: the questions answered stay on
      // screen above, so their words alone would not say which is asked.
      owner.keys('Escape');
      await owner.waitFor('question 2 of 3');
      owner.keys('Escape');
      await owner.waitFor('question 1 of 3');
      owner.keys('Escape');
      // Generous: on 2 busy cores a full run once took longer than the default 8 s to see the exit.
      await waitUntil(() => !existsSync(`${store}.lock`), 'the wizard that stopped removes its lock', 20_000);
      expect(existsSync(`${store}.lock`)).toBe(false);
      second.kill();
      second.start(wizard('shared'));
      await second.waitFor(RESUME);
    } finally {
      owner.kill();
      second.kill();
    }
  });
});
