/**
 * The finish offers the documents written only on request: after the review, a list of every
 * such document of the registry, ticked where --documents named it, and a first line that
 * writes the files. Real keystrokes through ink-testing-library, in every UI language.
 */
import { join } from 'node:path';
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { loadUiStrings } from '../../source/core/flow/bank.js';
import type { DocumentOption } from '../../source/core/formats.js';
import { LANGUAGES, type Language } from '../../source/core/languages.js';
import { DOCUMENTS } from '../../source/core/render/documents.js';
import { EXAMPLES } from '../support/cli.js';
import { KEY, MemoryStore, startWizard } from '../support/ink.js';
import { loadAnswers } from '../support/replay.js';

afterEach(() => cleanup());

const ui = loadUiStrings();
const { answers } = loadAnswers(join(EXAMPLES, 'consultant.yaml'));

/** The wizard opened on a finished answers file, past the review, on the documents screen. */
async function atDocuments(uiLang: Language = 'en', documents?: DocumentOption[]) {
  const w = startWizard({ store: new MemoryStore(), edit: answers, uiLang, documents });
  await w.waitFor(ui.reviewTitle![uiLang]);
  await w.press(KEY.enter);
  await w.waitFor(ui.documentsTitle![uiLang]);
  return w;
}

const ticked = (frame: string) => frame.split('\n').filter((line) => line.includes('◼'));
const finishedBy = (w: { finished: unknown }) => () => w.finished !== undefined;

describe('the documents screen', () => {
  it.each(LANGUAGES)('lists every document written only on request, in %s, under what is written anyway', async (lang) => {
    const w = await atDocuments(lang);
    const frame = w.frame();
    expect(frame).toContain(ui.documentsWrite![lang]);
    expect(frame).toContain(ui.documentRecord![lang]);
    expect(frame).toContain(ui.documentShort![lang]);
    expect(frame.split('\n').filter((line) => /[◻◼] /.test(line))).toHaveLength(DOCUMENTS.filter((d) => !d.byDefault).length);
    // The notice and the retention table are named as written in any case (the line may wrap).
    const flat = frame.replace(/\s+/g, ' ');
    const anyway = ui.documentsAnyway![lang].split('{{documents}}')[0]!.replace(/\s+/g, ' ');
    expect(flat).toContain(`${anyway}${ui.documentNotice![lang]}`);
    expect(flat).toContain(ui.documentRetention![lang]);
    expect(ticked(frame)).toEqual([]);
    w.unmount();
  });

  it('writes the default documents on Enter', async () => {
    const w = await atDocuments();
    await w.press(KEY.enter, finishedBy(w));
    expect(w.documents).toEqual(['notice', 'retention']);
    expect(w.finished).toMatchObject({ controller: { legalName: answers.controller.legalName } });
  });

  it('adds the record when it is ticked with Space', async () => {
    const w = await atDocuments();
    await w.press(KEY.down);
    await w.press(KEY.space);
    expect(ticked(w.frame()).join('\n')).toContain(ui.documentRecord!.en);
    await w.press(KEY.up);
    await w.press(KEY.enter, finishedBy(w));
    expect(w.documents).toEqual(['notice', 'retention', 'record']);
  });

  it('comes with what --documents named ticked, and a tick taken off leaves it out', async () => {
    const w = await atDocuments('nl', ['notice', 'retention', 'record']);
    expect(ticked(w.frame()).join('\n')).toContain(ui.documentRecord!.nl);
    await w.press(KEY.down);
    await w.press(KEY.space);
    expect(ticked(w.frame())).toEqual([]);
    await w.press(KEY.up);
    await w.press(KEY.enter, finishedBy(w));
    expect(w.documents).toEqual(['notice', 'retention']);
  });

  it('writes only what --documents named when that leaves out the default ones', async () => {
    const w = await atDocuments('fr', ['record']);
    expect(w.frame()).not.toContain(ui.documentNotice!.fr);
    await w.press(KEY.enter, finishedBy(w));
    expect(w.documents).toEqual(['record']);
  });

  it('goes back to the review on Esc, without finishing', async () => {
    const w = await atDocuments('de');
    await w.press(KEY.escape);
    await w.waitFor(ui.reviewTitle!.de);
    expect(w.frame()).not.toContain(ui.documentsTitle!.de);
    expect(w.finished).toBeUndefined();
    w.unmount();
  });
});
