/**
 * The wizard writes its session store once per answered question: each answer is on disk the
 * moment it is given, and typing (a filter, a name) writes nothing.
 */
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { openSessionStore, type SessionStore } from '../../source/session/store.js';
import { tempDir } from '../support/cli.js';
import { KEY, startWizard } from '../support/ink.js';

afterEach(() => cleanup());

/** The real conf store of a temporary folder, counting what is written through it. */
function countingStore(): SessionStore & { writes: number } {
  const store = openSessionStore({ profile: 'writes', cwd: tempDir() });
  const counting = {
    writes: 0,
    path: store.path,
    load: () => store.load(),
    save: (session: Parameters<SessionStore['save']>[0]) => {
      counting.writes++;
      store.save(session);
    },
    clear: () => {
      counting.writes++;
      store.clear();
    },
  };
  return counting;
}

describe('store writes', () => {
  it('are one per answered question, none per keystroke', async () => {
    const store = countingStore();
    const w = startWizard({ store });
    await w.waitFor('What kind of business do you run?');
    const atStart = store.writes;
    expect(atStart).toBeLessThanOrEqual(1); // the fresh session, saved once when the wizard opens
    for (const key of 'consult') await w.type(key);
    expect(store.writes).toBe(atStart); // filtering the list writes nothing
    const answers: [string, string | undefined][] = [
      ['In which languages', undefined],
      ['From which date', '2026-04-01'],
      ['registered name', 'Lambert Conseil'],
      ['legal form', undefined],
      ['another name', undefined],
      ['Street and number', 'Rue de Fer 21'],
    ];
    let answered = 0;
    await w.press(KEY.enter);
    answered++;
    for (const [question, text] of answers) {
      await w.waitFor(question);
      expect(store.writes - atStart, `after ${answered} answers`).toBe(answered);
      if (text) for (const key of text) await w.type(key);
      expect(store.writes - atStart, `typing at '${question}'`).toBe(answered);
      await w.press(KEY.enter);
      answered++;
    }
    await w.waitFor('Postal code');
    expect(store.writes - atStart).toBe(answered);
    expect(store.load()?.draft).toBeDefined();
    w.unmount();
  });
});
