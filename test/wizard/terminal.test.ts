/**
 * The built CLI in a real terminal (tmux): answer the first questions, SIGKILL the process,
 * start again, and find the wizard resuming at the same question.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionBank, loadUiStrings } from '../../source/core/flow/bank.js';
import { getAt } from '../../source/core/flow/draft.js';
import { openSessionStore } from '../../source/session/store.js';
import { CLI, tempDir } from '../support/cli.js';
import { answerOpeningQuestions, Tmux } from '../support/tmux.js';
import { waitUntil } from '../support/wait.js';

describe('the wizard in a real terminal', () => {
  it('resumes at the same question after SIGKILL', async () => {
    const home = tempDir();
    const env = { XDG_CONFIG_HOME: home, LANG: 'en_GB.UTF-8', HOME: home };
    const first = new Tmux(env);
    const again = new Tmux(env);
    try {
      first.start(`${process.execPath} ${CLI} --profile tmux-test`);
      await answerOpeningQuestions(first);
      // The name is saved as the next question shows: kill once it is on disk.
      const saved = () => openSessionStore({ profile: 'tmux-test', cwd: join(home, 'privacy-wizard'), readOnly: true }).load();
      await waitUntil(() => getAt(saved()?.draft, ['controller', 'legalName']) === 'Pixelwerf', 'the name is saved');
      process.kill(first.pid(), 'SIGKILL');
      first.kill();

      again.start(`${process.execPath} ${CLI} --profile tmux-test`);
      await again.waitFor('You have saved answers');
      await again.enter();
      await again.waitFor('legal form');
      again.keys('Escape');
      await again.waitFor('Pixelwerf');
      expect(again.screen()).toContain('registered name');
    } finally {
      first.kill();
      again.kill();
    }
  });

  // A newcomer's trial: a session begun with --ui-lang nl resumed in English without the flag.
  it('resumes in the language the session was shown in, without --ui-lang, and --ui-lang still overrides it', async () => {
    const home = tempDir();
    const env = { XDG_CONFIG_HOME: home, LANG: 'en_GB.UTF-8', HOME: home };
    const ui = loadUiStrings();
    const [first, second] = loadQuestionBank().sections[0]!.questions;
    const [firstPrompt, secondPrompt] = [first!.prompt, second!.prompt];
    const resumeIn = (lang: 'nl' | 'fr') => ui.startResume![lang].split('(')[0]!.trim();
    const saved = () => openSessionStore({ profile: 'lang', cwd: join(home, 'privacy-wizard'), readOnly: true }).load();
    const runs = [new Tmux(env), new Tmux(env), new Tmux(env)];
    try {
      runs[0]!.start(`${process.execPath} ${CLI} --profile lang --ui-lang nl`);
      await runs[0]!.waitFor(firstPrompt.nl!);
      await runs[0]!.enter();
      // Then the languages: a session with only the kind of business chosen goes on without a start menu.
      await runs[0]!.waitFor(secondPrompt.nl!);
      await runs[0]!.enter();
      await waitUntil(() => saved()?.uiLang === 'nl' && saved()?.draft.languages !== undefined, 'the first answers are saved in Dutch');
      runs[0]!.keys('C-c');
      runs[0]!.kill();

      runs[1]!.start(`${process.execPath} ${CLI} --profile lang`);
      await runs[1]!.waitFor(resumeIn('nl'));
      runs[1]!.keys('C-c');
      runs[1]!.kill();

      runs[2]!.start(`${process.execPath} ${CLI} --profile lang --ui-lang fr`);
      await runs[2]!.waitFor(resumeIn('fr'));
    } finally {
      for (const run of runs) run.kill();
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
      await tmux.waitFor('icanon'); // stty's line comes after the exit code: `icanon` or `-icanon`
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
