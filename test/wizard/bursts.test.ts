/**
 * The built CLI in a real terminal (tmux): the same keys sent in one burst (one send-keys call,
 * read by the wizard as one chunk) and one at a time give the same saved answers — on a list, in
 * a text field with backspaces, Esc with Enter or Esc, and with a 5,000-character paste (also as a bracketed
 * paste over many lines, the way a terminal pastes it).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../source/core/answers/schema.js';
import type { Draft } from '../../source/core/flow/draft.js';
import { openSessionStore } from '../../source/session/store.js';
import { CLI, tempDir } from '../support/cli.js';
import { Tmux } from '../support/tmux.js';
import { waitUntil } from '../support/wait.js';

/** Runs the wizard on a fresh store, lets `play` send keys, and returns the saved draft once `done` holds. */
async function session(play: (tmux: Tmux) => Promise<void>, done: (draft: Draft | undefined) => boolean): Promise<Draft> {
  const home = tempDir();
  const tmux = new Tmux({ XDG_CONFIG_HOME: home, HOME: home, LANG: 'en_GB.UTF-8' });
  const load = () => openSessionStore({ profile: 'bursts', cwd: join(home, 'privacy-wizard'), readOnly: true }).load()?.draft;
  try {
    tmux.start(`${process.execPath} ${CLI} --profile bursts`);
    await tmux.waitFor('What kind of business do you run?');
    await tmux.settled();
    await play(tmux);
    await waitUntil(() => done(load()), 'the answers are saved');
    return load()!;
  } finally {
    tmux.kill();
  }
}

/** Sends each key on its own, waiting for the screen to settle in between. */
async function oneAtATime(tmux: Tmux, keys: string[]) {
  for (const key of keys) {
    tmux.keys(key);
    await tmux.settled();
  }
}

/** From the first question to the registered name, key by key. */
async function toLegalName(tmux: Tmux) {
  await tmux.enter('consult');
  await tmux.waitFor('In which languages');
  await tmux.enter();
  await tmux.waitFor('From which date');
  await tmux.enter('2026-05-01');
  await tmux.waitFor('registered name');
  await tmux.settled();
}

describe('keys that arrive together, in a real terminal', () => {
  it('on a list: Down Down Down Enter in one burst saves what it saves one key at a time', async () => {
    const keys = ['Down', 'Down', 'Down', 'Enter'];
    const answered = (d: Draft | undefined) => d?.$businessType !== undefined;
    const slow = await session((tmux) => oneAtATime(tmux, keys), answered);
    const fast = await session(async (tmux) => tmux.keys(...keys), answered);
    expect(fast.$businessType).toBe(slow.$businessType);
    expect(slow.$businessType).toBeDefined();
  });

  it('Esc Enter and Esc Esc in one burst each do what the two keys do one at a time', async () => {
    const home = tempDir();
    const tmux = new Tmux({ XDG_CONFIG_HOME: home, HOME: home, LANG: 'en_GB.UTF-8' });
    try {
      tmux.start(`${process.execPath} ${CLI} --profile bursts`);
      await tmux.waitFor('What kind of business do you run?');
      await tmux.enter('consult');
      await tmux.waitFor('In which languages');
      await tmux.enter();
      await tmux.waitFor('From which date');
      await tmux.settled();
      // A date typed and not confirmed; Esc and Enter go back and confirm the languages, and the
      // date question comes again with its suggestion instead.
      tmux.keys('zzz');
      await tmux.waitFor('zzz');
      tmux.keys('Escape', 'Enter');
      await tmux.waitFor('today; Enter to accept');
      await tmux.settled();
      tmux.keys('Escape', 'Escape');
      // The questions answered stay on screen above: the progress line says which one is asked.
      await tmux.waitFor('question 1 of 3');
    } finally {
      tmux.kill();
    }
  });

  it('in a text field: typing with backspaces in one burst saves what it saves one key at a time', async () => {
    const keys = [
      'A',
      'c',
      'm',
      'x',
      'BSpace',
      'BSpace',
      'e',
      'Space',
      'C',
      'o',
      'r',
      'p',
      'Left',
      'Left',
      'Left',
      'Left',
      'BSpace',
      'Enter',
    ];
    const named = (d: Draft | undefined) => (d?.controller as { legalName?: string } | undefined)?.legalName !== undefined;
    const slow = await session(async (tmux) => (await toLegalName(tmux), await oneAtATime(tmux, keys)), named);
    const fast = await session(async (tmux) => (await toLegalName(tmux), tmux.keys(...keys)), named);
    expect((slow.controller as { legalName: string }).legalName).toBe('AceCorp');
    expect((fast.controller as { legalName: string }).legalName).toBe('AceCorp');
  });

  it(`keeps a ${MAX_TEXT_LENGTH}-character paste whole: sent in one burst, pasted over many lines, or typed slowly`, async () => {
    // Lines of words; pasted, each line break becomes a space, which is what typing it on one line gives.
    const lines = Array.from({ length: 80 }, (_, i) => `Drukkerij ${String(i).padStart(2, '0')} ${'abcdefghij'.repeat(6)}`);
    const pasted = lines.join('\n').slice(0, MAX_TEXT_LENGTH);
    const oneLine = pasted.replaceAll('\n', ' ');
    expect(oneLine.length).toBe(MAX_TEXT_LENGTH);
    const named = (d: Draft | undefined) => (d?.controller as { legalName?: string } | undefined)?.legalName !== undefined;
    const legalName = (draft: Draft) => (draft.controller as { legalName: string }).legalName;
    const submit = async (tmux: Tmux) => {
      await tmux.waitFor(`${MAX_TEXT_LENGTH} characters`);
      await tmux.settled();
      tmux.keys('Enter');
    };
    const burst = await session(async (tmux) => {
      await toLegalName(tmux);
      tmux.keys('-l', oneLine);
      await submit(tmux);
    }, named);
    const bracketed = await session(async (tmux) => {
      await toLegalName(tmux);
      tmux.paste(pasted);
      await submit(tmux);
    }, named);
    const slow = await session(async (tmux) => {
      await toLegalName(tmux);
      // 5,000 keys one at a time would take minutes: 100 at a time, each waited for on screen.
      for (let at = 100; at <= oneLine.length; at += 100) {
        tmux.keys('-l', oneLine.slice(at - 100, at));
        await tmux.waitFor(`${at} characters`);
      }
      await submit(tmux);
    }, named);
    expect(legalName(slow)).toBe(oneLine);
    expect(legalName(bracketed)).toBe(legalName(slow));
    expect(legalName(burst)).toBe(legalName(slow));
  });
});
