/**
 * An optional multi-select (the services a business uses) with real keystrokes: the cursor starts
 * on the first real entry, not on "(skip)", so Space and Enter keep the tick; Enter never throws
 * away ticks the user made.
 */
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { loadQuestionBank, loadUiStrings } from '../../source/core/flow/bank.js';
import { getAt } from '../../source/core/flow/draft.js';
import { optionsFor } from '../../source/wizard/options.js';
import { translator } from '../../source/wizard/strings.js';
import { frameOf, KEY, resumeAt } from '../support/ink.js';
import { catalogs } from '../support/replay.js';
import { waitUntil } from '../support/wait.js';

afterEach(() => cleanup());

const ui = loadUiStrings();
const services = loadQuestionBank()
  .sections.flatMap((s) => s.questions)
  .find((q) => q.id === 'recipient-services')!;
const draft = { languages: ['en'] };
const [first, second] = optionsFor(services, catalogs, 'en', translator(ui, 'en'), draft);
const ticked = (store: { saved?: { draft: unknown } }) => getAt(store.saved?.draft as Record<string, unknown>, ['$recipientServices']);
const atServices = () => resumeAt(draft, [frameOf([], 'recipient-services')]);
/** The line the cursor (❯) is on. */
const cursorLine = (frame: string) => frame.split('\n').find((line) => line.includes('❯')) ?? '';

describe('an optional multi-select', () => {
  it('starts on the first real entry: Space ticks it and Enter keeps it', async () => {
    expect(services.optional).toBe(true);
    const { w, store } = await atServices();
    await w.waitFor(services.prompt.en);
    expect(cursorLine(w.frame())).toContain(first!.label);
    expect(cursorLine(w.frame())).not.toContain(ui.skip!.en);
    await w.press(KEY.space);
    await w.press(KEY.enter);
    expect(w.frame()).not.toContain(services.prompt.en);
    await waitUntil(() => ticked(store) !== undefined, 'the ticks are saved');
    expect(ticked(store)).toEqual([first!.value]);
  });

  it('does not drop ticks on Enter on "(skip)": it asks to untick them, and keeps them for Enter on another line', async () => {
    const { w, store } = await atServices();
    await w.waitFor(services.prompt.en);
    await w.press(KEY.space);
    await w.press(KEY.down);
    await w.press(KEY.space);
    await w.press(KEY.home); // up to "(skip)"
    expect(cursorLine(w.frame())).toContain(ui.skip!.en);
    await w.press(KEY.enter);
    const warning = ui.skipTicked!.en.replace('{{count}}', '2');
    await w.waitFor(warning);
    expect(w.frame()).toContain(services.prompt.en);
    expect(ticked(store)).toBeUndefined();
    await w.press(KEY.down);
    await w.press(KEY.enter);
    expect(w.frame()).not.toContain(services.prompt.en);
    await waitUntil(() => ticked(store) !== undefined, 'the ticks are saved');
    expect(ticked(store)).toEqual([first!.value, second!.value]);
  });

  it('is skipped by Enter when nothing is ticked, as "(skip)" skips it', async () => {
    const { w, store } = await atServices();
    await w.waitFor(services.prompt.en);
    await w.press(KEY.enter);
    expect(w.frame()).not.toContain(services.prompt.en);
    expect(ticked(store)).toBeUndefined();
  });
});
