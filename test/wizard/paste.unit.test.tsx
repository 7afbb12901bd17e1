/**
 * Bracketed paste through Ink (ink-testing-library): the text between ESC[200~ and ESC[201~ goes
 * into the field as typed text, written in one chunk or in several; its line breaks become
 * spaces and never submit; a paste longer than the field takes is refused at Enter with the limit.
 */
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../source/core/answers/schema.js';
import { loadUiStrings } from '../../source/core/flow/bank.js';
import { getAt } from '../../source/core/flow/draft.js';
import { PASTE_END, PASTE_START } from '../../source/wizard/input/keys.js';
import { KEY, type MemoryStore } from '../support/ink.js';
import { atLegalName } from '../support/wizard-answers.js';

afterEach(() => cleanup());

const ui = loadUiStrings();
const legalName = (store: MemoryStore) => getAt(store.saved?.draft, ['controller', 'legalName']);

/** `text` cut into `count` chunks, each cut also through the markers around it. */
function chunks(text: string, count: number): string[] {
  const whole = `${PASTE_START}${text}${PASTE_END}`;
  const cuts = [3, ...Array.from({ length: count - 2 }, (_, i) => Math.floor(((i + 1) * whole.length) / (count - 1))), whole.length - 2];
  return [0, ...cuts].map((from, i, all) => whole.slice(from, all[i + 1])).filter(Boolean);
}

describe('a bracketed paste', () => {
  it('written in one chunk goes into the field as typed text, its line break a space, without submitting it', async () => {
    const { w, store } = await atLegalName('print');
    await w.type(`${PASTE_START}Drukkerij\r\nPeeters BV${PASTE_END}`);
    expect(w.frame()).toContain('Drukkerij Peeters BV');
    expect(w.frame()).toContain('registered name'); // still the same question: the newline was no Enter
    expect(legalName(store)).toBeUndefined();
    await w.press(KEY.enter);
    await w.waitFor('legal form');
    expect(legalName(store)).toBe('Drukkerij Peeters BV');
  });

  it('written in several chunks, cut through its markers, gives what it gives in one', async () => {
    const { w, store } = await atLegalName('print');
    const parts = chunks('Drukkerij\nPeeters\r\nBV', 5);
    expect(parts.length).toBe(6);
    await w.burst(...parts);
    expect(w.frame()).toContain('Drukkerij Peeters BV');
    await w.press(KEY.enter);
    await w.waitFor('legal form');
    expect(legalName(store)).toBe('Drukkerij Peeters BV');
  });

  it('written in chunks with time in between, Enter inside it never submits', async () => {
    const { w, store } = await atLegalName('print');
    // type() waits for the frame to settle after each chunk: the paste is incomplete meanwhile.
    for (const part of [PASTE_START, 'Peeters\r', '\r', 'BV', PASTE_END]) await w.type(part);
    expect(w.frame()).toContain('Peeters  BV');
    expect(legalName(store)).toBeUndefined();
    await w.press(KEY.enter);
    await w.waitFor('legal form');
    expect(legalName(store)).toBe('Peeters  BV');
  });

  it(`of ${MAX_TEXT_LENGTH} characters over many lines arrives whole, as the same text typed on one line`, async () => {
    const lines = Array.from({ length: 70 }, (_, i) => `line ${String(i).padStart(2, '0')} ${'x'.repeat(62)}`);
    const pasted = lines.join('\r\n').slice(0, MAX_TEXT_LENGTH);
    const typed = pasted.replaceAll('\r\n', ' ');
    expect(pasted.length).toBe(MAX_TEXT_LENGTH);
    const viaPaste = await atLegalName('print');
    const whole = `${PASTE_START}${pasted}${PASTE_END}`;
    // Ink reads stdin in slices; a paste this long arrives in several.
    await viaPaste.w.burst(...[0, 2048, 4096].map((from) => whole.slice(from, from + 2048)));
    await viaPaste.w.press(KEY.enter);
    await viaPaste.w.waitFor('legal form');
    const viaTyping = await atLegalName('print');
    for (let at = 0; at < typed.length; at += 500) await viaTyping.w.type(typed.slice(at, at + 500));
    await viaTyping.w.press(KEY.enter);
    await viaTyping.w.waitFor('legal form');
    expect(legalName(viaPaste.store)).toBe(typed.slice(0, MAX_TEXT_LENGTH).trim());
    expect(legalName(viaPaste.store)).toBe(legalName(viaTyping.store));
  });

  it('longer than the field takes is refused at the question, saying the limit', async () => {
    const { w, store } = await atLegalName('print');
    await w.burst(PASTE_START, 'x'.repeat(MAX_TEXT_LENGTH), '\ny'.repeat(50), PASTE_END);
    await w.press(KEY.enter);
    const [before] = ui.textTooLong!.en.split('{{count}}');
    await w.waitFor(`${before}${MAX_TEXT_LENGTH + 100}`);
    expect(w.frame()).toContain(String(MAX_TEXT_LENGTH));
    expect(legalName(store)).toBeUndefined();
  });

  it('followed by Enter in the same read is submitted by that Enter', async () => {
    const { w, store } = await atLegalName('print');
    await w.type(`${PASTE_START}Peeters\nBV${PASTE_END}\r`);
    await w.waitFor('legal form');
    expect(legalName(store)).toBe('Peeters BV');
  });
});
