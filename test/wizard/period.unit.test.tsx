/**
 * The retention period field in each UI language, with real keystrokes: the language's own units
 * are read and shown written out before Enter; a letter whose meaning depends on the language is
 * refused with what it could mean; nothing is saved until the period is clear.
 */
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { loadUiStrings } from '../../source/core/flow/bank.js';
import { getAt } from '../../source/core/flow/draft.js';
import type { Language } from '../../source/core/languages.js';
import { frameOf, KEY, resumeAt } from '../support/ink.js';
import { waitUntil } from '../support/wait.js';

afterEach(() => cleanup());

const ui = loadUiStrings();
const row = ['activities', 0, 'retention', 0];
const atPeriod = (lang: Language) =>
  resumeAt(
    { languages: [lang], activities: [{ preset: 'contact-form', retention: [{}] }] },
    [frameOf([], 'activities'), frameOf(['activities', 0], 'retention'), frameOf(row, 'retention-period')],
    lang,
  );
const savedPeriod = (store: { saved?: { draft: Record<string, unknown> } }) => getAt(store.saved?.draft, [...row, 'period']);
const savedAs = (lang: Language, value: string) => ui.savedAs![lang].replace('{{value}}', value);

describe('the period field', () => {
  it.each([
    ['nl', '3j', '3 jaar', { years: 3 }],
    ['nl', '6 maanden', undefined, { months: 6 }],
    ['fr', '30j', '30 jours', { days: 30 }],
    ['fr', '6 mois', undefined, { months: 6 }],
    ['de', '10j', '10 Jahre', { years: 10 }],
    ['de', '2 Wochen', undefined, { weeks: 2 }],
    ['en', '3 jaar', '3 years', { years: 3 }],
  ] as const)('in %s reads %s, shows it written out when it differs, and saves it', async (lang, typed, shown, period) => {
    const { w, store } = await atPeriod(lang);
    await w.waitFor(ui.hintText![lang]);
    await w.type(typed);
    // French puts a no-break space between the number and the unit.
    if (shown) expect(w.frame().replaceAll('\u00a0', ' ')).toContain(savedAs(lang, shown));
    await w.press(KEY.enter);
    await waitUntil(() => savedPeriod(store) !== undefined, 'the period is saved');
    expect(savedPeriod(store)).toEqual(period);
  });

  it('in English refuses "3j" (years in Dutch and German, days in French), saying so, and saves nothing', async () => {
    const { w, store } = await atPeriod('en');
    await w.waitFor(ui.hintText!.en);
    await w.type('3j');
    await w.press(KEY.enter);
    const [before] = ui.periodAmbiguous!.en.split('{{readings}}');
    await w.waitFor(before!.replace('{{text}}', '3j').replace('{{unit}}', 'j'));
    expect(w.frame()).toContain('3 years or 3 days');
    expect(savedPeriod(store)).toBeUndefined();
    for (const key of [KEY.backspace, 'y', KEY.enter]) await w.press(key);
    await waitUntil(() => savedPeriod(store) !== undefined, 'the period is saved');
    expect(savedPeriod(store)).toEqual({ years: 3 });
  });

  it.each(['nl', 'fr', 'de'] as const)('in %s says what it takes when the unit is unknown', async (lang) => {
    const { w } = await atPeriod(lang);
    await w.waitFor(ui.hintText![lang]);
    await w.type('3 lustrum');
    await w.press(KEY.enter);
    await w.waitFor(ui.periodFormat![lang].slice(0, 30));
  });
});
