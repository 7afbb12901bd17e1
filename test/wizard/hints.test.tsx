/** The hint line says the keys of what is on screen: a list to filter, a list to tick, a text field. */
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { loadUiStrings } from '../../source/core/flow/bank.js';
import { type Driver, KEY, MemoryStore, startWizard } from '../support/ink.js';

afterEach(() => cleanup());

const ui = loadUiStrings();
/** The screen as one line: ink wraps the hint at the terminal's width. */
const hintOf = (w: Driver) => w.frame().replace(/\s+/g, ' ');

describe('the hint line', () => {
  it('follows the kind of question on screen', async () => {
    const w = startWizard({ store: new MemoryStore() });
    await w.waitFor('What kind of business do you run?');
    expect(hintOf(w)).toContain(`${ui.hintChoice!.en} · ${ui.hintTab!.en}`);
    await w.type('consult');
    await w.press(KEY.enter);
    await w.waitFor('In which languages');
    expect(hintOf(w)).toContain(ui.hintMulti!.en);
    expect(hintOf(w)).not.toContain(ui.hintChoice!.en);
    await w.press(KEY.enter);
    await w.waitFor('From which date');
    expect(hintOf(w)).toContain(ui.hintText!.en);
    await w.press('\t');
    await w.waitFor(ui.sectionsTitle!.en);
    expect(hintOf(w)).toContain(ui.hintGroup!.en);
  });
});
