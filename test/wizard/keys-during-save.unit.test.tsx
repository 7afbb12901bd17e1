/**
 * Keys that arrive while the session store is being written. A save is synchronous (conf writes a
 * temporary file and renames it), so keys typed meanwhile reach the wizard the moment it returns,
 * or — the hostile case here — from inside the save itself: the store below feeds the keys to the
 * wizard's input in the middle of its write, and makes the write slow. No key may be lost or
 * applied to the wrong question, and every write must leave a whole session on disk.
 */
import { readFileSync } from 'node:fs';
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { openSessionStore, type SavedSession, type SessionStore } from '../../source/session/store.js';
import { tempDir } from '../support/cli.js';
import { type Driver, KEY, startWizard } from '../support/ink.js';

afterEach(() => cleanup());

/** A real conf store that, at a save, can be handed keys to type while it writes; it checks every write on disk. */
function storeWithKeysDuringSave() {
  const store = openSessionStore({ profile: 'keys-during-save', cwd: tempDir() });
  const onDisk: unknown[] = [];
  let pending: (() => void) | undefined;
  let saving = false;
  let nestedSaves = 0;
  const wrapped: SessionStore & { onDisk: unknown[]; typeDuringNextSave(type: () => void): void; nestedSaves(): number } = {
    path: store.path,
    onDisk,
    load: () => store.load(),
    clear: () => store.clear(),
    save(session) {
      if (saving) nestedSaves++;
      saving = true;
      try {
        const type = pending;
        pending = undefined;
        type?.(); // the keys arrive half-way through the save
        const until = Date.now() + 20;
        while (Date.now() < until); // a slow disk
        store.save(session);
        onDisk.push(JSON.parse(readFileSync(store.path, 'utf8')));
        expect(onDisk.at(-1)).toEqual({ formatVersion: 1, ...structuredClone(session) });
      } finally {
        saving = false;
      }
    },
    typeDuringNextSave(type) {
      pending = type;
    },
    nestedSaves: () => nestedSaves,
  };
  return wrapped;
}

type Step = { question: string; keys: string[] };
const STEPS: Step[] = [
  { question: 'In which languages', keys: [KEY.enter] },
  { question: 'From which date', keys: ['2026-04-01', KEY.enter] },
  { question: 'registered name', keys: ['Lambert Conseil', KEY.enter] },
  { question: 'legal form', keys: [KEY.enter] },
  { question: 'another name', keys: [KEY.enter] },
  { question: 'Street and number', keys: ['Rue de Fer 21', KEY.backspace, '2', KEY.enter] },
];
const LAST = 'Postal code';

async function atFirstQuestion(store: SessionStore): Promise<Driver> {
  const w = startWizard({ store });
  await w.waitFor('What kind of business do you run?');
  await w.type('consult');
  return w;
}

describe('keys pressed while a save is under way', () => {
  it('each step typed during the save of the answer before it gives the session typed one key at a time', async () => {
    const calm = storeWithKeysDuringSave();
    const a = await atFirstQuestion(calm);
    await a.press(KEY.enter);
    for (const { question, keys } of STEPS) {
      await a.waitFor(question);
      for (const key of keys) await a.type(key);
    }
    await a.waitFor(LAST);
    a.unmount();
    const typed = JSON.stringify(calm.load()?.draft);
    for (const text of ['2026-04-01', 'Lambert Conseil', 'Rue de Fer 22']) expect(typed).toContain(text);

    const hurried = storeWithKeysDuringSave();
    const b = await atFirstQuestion(hurried);
    // Each answer's save delivers the keys of the next question while it writes.
    let next = 0;
    const arm = () => {
      const step = STEPS[next++];
      if (step)
        hurried.typeDuringNextSave(() => {
          arm();
          void b.burst(...step.keys);
        });
    };
    arm();
    await b.press(KEY.enter);
    await b.waitFor(LAST);
    expect(next).toBe(STEPS.length + 1);
    expect(hurried.load()).toEqual(calm.load());
    expect(hurried.nestedSaves()).toBe(0);
    // Every write left a whole session; the last one is what a restart resumes.
    for (const session of hurried.onDisk) expect((session as SavedSession).stack.length).toBeGreaterThan(0);
    expect(hurried.onDisk.at(-1)).toEqual(hurried.load());
    b.unmount();
  });

  it('all the remaining keys in one burst during one save are all applied, in order', async () => {
    const calm = storeWithKeysDuringSave();
    const a = await atFirstQuestion(calm);
    await a.press(KEY.enter);
    for (const { question, keys } of STEPS) {
      await a.waitFor(question);
      for (const key of keys) await a.type(key);
    }
    await a.waitFor(LAST);
    a.unmount();

    const hurried = storeWithKeysDuringSave();
    const b = await atFirstQuestion(hurried);
    hurried.typeDuringNextSave(() => void b.burst(...STEPS.flatMap((step) => step.keys)));
    await b.press(KEY.enter);
    await b.waitFor(LAST);
    expect(hurried.load()).toEqual(calm.load());
    expect(hurried.nestedSaves()).toBe(0);
    b.unmount();
  });
});
