/**
 * A single choice answered in words rather than from its list: a supervisory authority written
 * out in an answers file opened with --edit, or an activity's requirement written as prose. The
 * cursor starts on "Keep as written", so Enter keeps the answer instead of replacing it with the
 * first entry of the list; choosing an entry still replaces it.
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
const questions = loadQuestionBank().sections.flatMap((s) => s.questions);
const authority = questions.find((q) => q.id === 'authority')!;
const writtenOut = {
  name: 'Landesbeauftragte für Datenschutz Niedersachsen',
  address: 'Prinzenstraße 5, 30159 Hannover',
  email: 'poststelle@lfd.niedersachsen.de',
  phone: '+49 511 120 4500',
  website: 'https://www.lfd.niedersachsen.de',
};
const next = questions[questions.indexOf(authority) + 1]!;
const draft = { languages: ['en'], controller: { address: { country: 'DE' } }, supervisoryAuthority: writtenOut };
const saved = (store: { saved?: { draft: unknown } }) => getAt(store.saved?.draft as Record<string, unknown>, ['supervisoryAuthority']);
const cursorLine = (frame: string) => frame.split('\n').find((line) => line.includes('❯')) ?? '';
const keepLabel = ui.keepWritten!.en.replace('{{text}}', '');

describe('a single choice answered in words', () => {
  it('starts on "Keep as written", which names the answer, and Enter keeps it whole', async () => {
    const { w, store } = await resumeAt(draft, [frameOf([], 'authority')]);
    await w.waitFor(authority.prompt.en);
    expect(cursorLine(w.frame())).toContain(keepLabel);
    expect(cursorLine(w.frame())).toContain(writtenOut.name);
    await w.press(KEY.enter);
    await w.waitFor(next.prompt.en);
    await waitUntil(() => saved(store) !== undefined, 'the answer is saved');
    expect(saved(store)).toEqual(writtenOut);
  });

  it('is replaced by an entry chosen from the list', async () => {
    const { w, store } = await resumeAt(draft, [frameOf([], 'authority')]);
    await w.waitFor(authority.prompt.en);
    const [first] = optionsFor(authority, catalogs, 'en', translator(ui, 'en'), draft);
    await w.press(KEY.down);
    expect(cursorLine(w.frame())).toContain(first!.label);
    await w.press(KEY.enter);
    await waitUntil(() => typeof saved(store) === 'string', 'the chosen entry is saved');
    expect(saved(store)).toBe(first!.value);
  });
});
