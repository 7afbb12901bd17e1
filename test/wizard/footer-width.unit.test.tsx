/**
 * At 80 columns the key hints stay on one line in every UI language, on each kind of screen; and
 * Enter on a filtered list with one match picks that match. Real keystrokes through ink-testing-library.
 */
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { loadQuestionBank, loadUiStrings } from '../../source/core/flow/bank.js';
import { getAt } from '../../source/core/flow/draft.js';
import { LANGUAGES } from '../../source/core/languages.js';
import { type Driver, KEY, MemoryStore, startWizard, terminalColumns } from '../support/ink.js';
import { catalogs } from '../support/replay.js';

const ui = loadUiStrings();
const bank = loadQuestionBank();
const prompt = (id: string, lang: string) => {
  const q = bank.sections.flatMap((s) => s.questions).find((x) => x.id === id)!;
  return (q.prompt as Record<string, string>)[lang]!;
};

terminalColumns(80);
afterEach(() => cleanup());

/** The hint is whole on one line of the frame, and no line is wider than the terminal. */
function expectOneLine(w: Driver, hint: string) {
  const lines = w.frame().split('\n');
  expect(
    lines.some((line) => line.includes(hint)),
    `"${hint}" on one line of:\n${w.frame()}`,
  ).toBe(true);
  for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
}

describe('the key hints at 80 columns', () => {
  for (const lang of LANGUAGES) {
    it(`fit on one line in ${lang}`, async () => {
      const tab = ui.hintTab![lang];
      const w = startWizard({ store: new MemoryStore(), uiLang: lang });
      await w.waitFor(prompt('business-type', lang).slice(0, 20));
      expectOneLine(w, `${ui.hintChoice![lang]} · ${tab}`);
      await w.type(catalogs['business-types'].consultancy!.label[lang].slice(0, 8));
      await w.press(KEY.enter);
      await w.waitFor(prompt('languages', lang).slice(0, 20));
      expectOneLine(w, `${ui.hintMulti![lang]} · ${tab}`);
      await w.press(KEY.enter);
      await w.waitFor(ui.hintText![lang]);
      expectOneLine(w, `${ui.hintText![lang]} · ${tab}`);
      await w.press(KEY.tab);
      await w.waitFor(ui.sectionsTitle![lang]);
      expectOneLine(w, `${ui.hintGroup![lang]} · ${tab}`);
    });
  }
});

describe('a filtered list', () => {
  it('picks the one match on Enter', async () => {
    const store = new MemoryStore();
    const w = startWizard({ store });
    await w.waitFor(prompt('business-type', 'en'));
    const label = catalogs['business-types']['print-shop']!.label.en;
    const matches = Object.values(catalogs['business-types']).filter((t) => t.label.en.toLowerCase().includes('print'));
    expect(matches.map((t) => t.label.en)).toEqual([label]);
    await w.type('print');
    await w.press(KEY.enter);
    await w.waitFor(prompt('languages', 'en'));
    expect(getAt(store.saved?.draft, ['$businessType'])).toBe('print-shop');
    expect(w.frame()).toContain(label);
  });
});
