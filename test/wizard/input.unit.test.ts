/** The input reducers without rendering: keys split out of one read, line editing, lists, typed values. */
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../source/core/answers/schema.js';
import { completeUrl, parseDate, prepareText } from '../../source/core/flow/values.js';
import { createKeyReader, type Key, PASTE_END, PASTE_START, pastedLine, splitKeys } from '../../source/wizard/input/keys.js';
import { type ListConfig, listState, reduceList, visibleOptions } from '../../source/wizard/input/list-state.js';
import { reduceText, textState } from '../../source/wizard/input/text-state.js';

const typeAll = (start: string, ...inputs: string[]) => inputs.flatMap(splitKeys).reduce(reduceText, textState(start));

describe('splitKeys', () => {
  it('splits a read that holds several keys, in order', () => {
    expect(splitKeys('\u007f\u007f\u007f')).toEqual([{ name: 'backspace' }, { name: 'backspace' }, { name: 'backspace' }]);
    expect(splitKeys('abc\r')).toEqual([{ text: 'abc' }, { name: 'return' }]);
    expect(splitKeys('Acmx\u007f\u007fe')).toEqual([{ text: 'Acmx' }, { name: 'backspace' }, { name: 'backspace' }, { text: 'e' }]);
  });
  it('reads Esc twice, and Esc before an arrow or Enter, in one event as each key (Ink hands them on as one)', () => {
    expect(splitKeys('\u001b\u001b')).toEqual([{ name: 'escape' }, { name: 'escape' }]);
    expect(splitKeys('\u001b\u001b\u001b')).toEqual([{ name: 'escape' }, { name: 'escape' }, { name: 'escape' }]);
    expect(splitKeys('\u001b\u001b[A')).toEqual([{ name: 'escape' }, { name: 'up' }]);
    expect(splitKeys('\u001b\r')).toEqual([{ name: 'escape' }, { name: 'return' }]);
    expect(splitKeys('\u001b\t')).toEqual([{ name: 'escape' }, { name: 'tab' }]);
    // Alt+Backspace is a key of its own; ESC before a letter is Alt and the letter, unbound.
    expect(splitKeys('\u001b\u007f')).toEqual([{ name: 'deleteWordBack' }]);
    expect(splitKeys('\u001bx')).toEqual([]);
    // Alt+← as a terminal that sends Alt as a leading ESC writes it: one key of its own.
    expect(splitKeys('\u001b\u001b[D')).toEqual([{ name: 'wordLeft' }]);
  });
  it('names the editing keys, and drops control bytes it does not know', () => {
    const names = ['\u001b[H', '\u001b[F', '\u0001', '\u0005', '\u0015', '\u0017', '\u001b[1;3D', '\u001bf', '\u001b[3~', '\u001b'].map(
      (s) => (splitKeys(s)[0] as { name: string }).name,
    );
    expect(names).toEqual(['home', 'end', 'home', 'end', 'deleteToStart', 'deleteWordBack', 'wordLeft', 'wordRight', 'delete', 'escape']);
    expect(splitKeys('\u0007a\u0000')).toEqual([{ text: 'a' }]);
    expect(splitKeys('\u001b[99~')).toEqual([]);
    expect(splitKeys('\u001b\u001b[99~')).toEqual([]);
  });
});

describe('bracketed paste', () => {
  const readAll = (...events: string[]) => {
    const read = createKeyReader();
    return events.flatMap((event) => read(event));
  };
  it('gathers the text between ESC[200~ and ESC[201~ into one paste, however many reads it takes', () => {
    expect(readAll(PASTE_START, 'Drukkerij ', 'Peeters', ' BV', PASTE_END)).toEqual([{ text: 'Drukkerij Peeters BV', paste: true }]);
  });
  it('turns line breaks and tabs into spaces: a newline in a paste is no Enter', () => {
    expect(readAll(PASTE_START, 'Stationsstraat 4\r\n2800\rMechelen\nBelgi\u00eb\tBE', PASTE_END)).toEqual([
      { text: 'Stationsstraat 4 2800 Mechelen België BE', paste: true },
    ]);
  });
  it('reads the keys before and after a paste as keys, and no escape sequence inside one', () => {
    expect(readAll('a\u007f', PASTE_START, 'x\u007fy', '\u001b[A', 'z', PASTE_END, '\r')).toEqual([
      { text: 'a' },
      { name: 'backspace' },
      { text: 'xyz', paste: true },
      { name: 'return' },
    ]);
  });
  it('keeps a marker whole when its bytes come in two events (Ink hands on an escape sequence it has waited a turn for)', () => {
    expect(readAll('\u001b[20', '0~abc', 'def', '\u001b', '[201~\r')).toEqual([{ text: 'abcdef', paste: true }, { name: 'return' }]);
    expect(readAll(PASTE_START, 'abc', '\u001b[2', '01~')).toEqual([{ text: 'abc', paste: true }]);
    // Outside a paste a lone ESC is the Esc key, at once; an escape sequence that starts no paste is dropped.
    expect(readAll('\u001b')).toEqual([{ name: 'escape' }]);
    expect(readAll('\u001b[2', 'x')).toEqual([{ text: 'x' }]);
  });
  it('gives nothing for an empty paste', () => {
    expect(readAll(PASTE_START, PASTE_END)).toEqual([]);
    expect(pastedLine('\r\n')).toBe(' ');
  });
});

describe('the text field reducer', () => {
  it('applies a burst of backspaces as backspaces: no invisible DEL is ever inserted', () => {
    expect(typeAll('', 'Acmx\u007f\u007fe Corp').value).toBe('Ace Corp');
    expect(typeAll('2026-03-0x', '\u007f\u007f01').value).toBe('2026-03-01');
  });
  it('keeps a pasted text whole, in however many slices it arrives', () => {
    const paste = 'Drukkerij Peeters '.repeat(300).slice(0, MAX_TEXT_LENGTH);
    const slices = [paste.slice(0, 2048), paste.slice(2048, 4096), paste.slice(4096)];
    expect(typeAll('', ...slices).value).toBe(paste);
  });
  it('edits the line: ←/→, Home/End, Ctrl+A/E, Ctrl+U, Ctrl+W, Alt+←/→, Delete', () => {
    const keys = (start: string, ...names: string[]) => typeAll(start, ...names);
    expect(keys('Drukerij', '\u0001', '\u001b[C', '\u001b[C', '\u001b[C', 'k').value).toBe('Drukkerij');
    expect(keys('ab', '\u001b[H', 'X', '\u001b[F', 'Y').value).toBe('XabY');
    expect(keys('ab', '\u0001', 'X', '\u0005', 'Y').value).toBe('XabY');
    expect(keys('Stationsstraat 4', '\u0015').value).toBe('');
    expect(keys('Stationsstraat 4', '\u001b[D', '\u0015').value).toBe('4');
    expect(keys('Peeters BV', '\u0017').value).toBe('Peeters ');
    expect(keys('one two three', '\u001b[1;3D', '\u001b[1;3D', 'X').value).toBe('one Xtwo three');
    expect(keys('one two three', '\u0001', '\u001b[1;3C', 'X').value).toBe('oneX two three');
    expect(keys('abc', '\u0001', '\u001b[3~').value).toBe('bc');
    expect(keys('abc', '\u001b[D', '\u001b[D', '\u007f').value).toBe('bc');
  });
  it('never cuts a character made of two code units in half', () => {
    expect(typeAll('a😀', '\u007f').value).toBe('a');
  });
});

describe('the list reducer', () => {
  const config: ListConfig = {
    options: [
      { value: '\u0000skip', label: '(skip)', always: true, skips: true },
      { value: 'mailchimp', label: 'Mailchimp' },
      { value: 'brevo', label: 'Brevo' },
      { value: 'combell', label: 'Combell' },
    ],
    filterable: true,
  };
  const run = (keys: Key[], from = listState(config)) =>
    keys.reduce<{ state: typeof from; outcome?: unknown }>((acc, key) => reduceList(config, acc.state, key), { state: from });

  it('stops at both ends instead of wrapping around', () => {
    expect(run([{ name: 'up' }]).state.cursor).toBe(0);
    expect(run(Array.from({ length: 9 }, () => ({ name: 'down' }) as Key)).state.cursor).toBe(3);
  });
  it('picks the one match of a filter on Enter, not "(skip)"', () => {
    expect(run([{ text: 'mail' }, { name: 'return' }]).outcome).toEqual({ pick: ['mailchimp'], selected: [] });
    expect(visibleOptions(config, run([{ text: 'mail' }]).state).map((o) => o.value)).toEqual(['mailchimp', '\u0000skip']);
  });
  it('moves from the state the previous key left: three downs and Enter pick the third entry below', () => {
    expect(run([{ name: 'down' }, { name: 'down' }, { name: 'down' }, { name: 'return' }]).outcome).toMatchObject({ pick: ['combell'] });
  });
  it('toggles where the cursor is after the keys before, in a multi-select', () => {
    const multi = { ...config, multi: true };
    // The cursor starts on Mailchimp, the first real entry: two downs reach Combell.
    const state = [{ name: 'down' }, { name: 'down' }, { text: ' ' }].reduce(
      (s, key) => reduceList(multi, s, key as Key).state,
      listState(multi, ['mailchimp']),
    );
    expect(state.selected).toEqual(['mailchimp', 'combell']);
  });
});

describe('an optional multi-select', () => {
  const config: ListConfig = {
    options: [
      { value: '\u0000skip', label: '(skip)', always: true, skips: true },
      { value: 'mailchimp', label: 'Mailchimp' },
      { value: 'brevo', label: 'Brevo' },
      { value: '\u0000other', label: 'Other…', always: true },
    ],
    multi: true,
  };
  const run = (keys: Key[], from = listState(config)) =>
    keys.reduce<{ state: typeof from; outcome?: unknown }>((acc, key) => reduceList(config, acc.state, key), { state: from });

  it('starts on the first real entry, so Space ticks it and Enter keeps the tick', () => {
    expect(listState(config).cursor).toBe(1);
    expect(run([{ text: ' ' }, { name: 'return' }]).outcome).toEqual({ pick: ['mailchimp'], selected: ['mailchimp'] });
  });
  it('never drops ticks on Enter: on "(skip)" with entries ticked it asks to untick them first', () => {
    const onSkip = run([{ text: ' ' }, { name: 'down' }, { text: ' ' }, { name: 'home' }, { name: 'return' }]);
    expect(onSkip.outcome).toBeUndefined();
    expect(onSkip.state.warning).toBe('skipTicked');
    expect(onSkip.state.selected).toEqual(['mailchimp', 'brevo']);
    // Untick both: now "(skip)" skips.
    const unticked = run(
      [{ name: 'down' }, { text: ' ' }, { name: 'down' }, { text: ' ' }, { name: 'home' }, { name: 'return' }],
      onSkip.state,
    );
    expect(unticked.outcome).toEqual({ pick: ['\u0000skip'], selected: [] });
  });
  it('starts on a first line that acts rather than skips ("Write the files")', () => {
    const action = { ...config, options: [{ value: '\u0000write', label: 'Write the files', always: true }, ...config.options.slice(1)] };
    expect(listState(action).cursor).toBe(0);
  });
  it('carries the ticks to "Other…"', () => {
    expect(run([{ text: ' ' }, { name: 'end' }, { name: 'return' }]).outcome).toEqual({ pick: ['\u0000other'], selected: ['mailchimp'] });
  });
  it('is left unanswered by Enter with nothing ticked, as "(skip)" leaves it', () => {
    expect(run([{ name: 'return' }]).outcome).toEqual({ pick: ['\u0000skip'], selected: [] });
    const required = { ...config, options: config.options.filter((o) => !o.skips) };
    expect(reduceList(required, listState(required), { name: 'return' }).state.warning).toBe('pickOne');
  });
  it('reads a paste as filter text, never as Space presses that tick', () => {
    const filterable = { ...config, filterable: true };
    const pasted = reduceList(filterable, listState(filterable), { text: 'mail chimp', paste: true }).state;
    expect(pasted.selected).toEqual([]);
    expect(pasted.filter).toBe('mail chimp');
  });
});

describe('values as people type them', () => {
  it('reads dates day first, as in Belgium, and as ISO', () => {
    for (const text of ['1-3-2026', '1/3/2026', '1.3.2026', '01-03-2026', '2026-03-01', ' 2026-3-1 ']) {
      expect(parseDate(text), text).toEqual({ ok: true, value: '2026-03-01' });
    }
  });
  it('refuses an impossible date with the reason, never turning it into another', () => {
    expect(parseDate('31-2-2026')).toEqual({ ok: false, problem: { kind: 'dateNoDay', text: '31-2-2026', day: 31, days: 28 } });
    expect(parseDate('29-2-2028')).toEqual({ ok: true, value: '2028-02-29' });
    expect(parseDate('1-13-2026')).toMatchObject({ ok: false, problem: { kind: 'dateNoMonth', month: 13 } });
    expect(parseDate('1-3-26')).toEqual({ ok: false, problem: { kind: 'dateFormat' } });
    expect(parseDate('1-3/2026')).toEqual({ ok: false, problem: { kind: 'dateFormat' } });
  });
  it('completes a web address without a scheme with https://, and leaves others alone', () => {
    expect(completeUrl('www.example.be')).toBe('https://www.example.be');
    expect(completeUrl('example.be/privacy')).toBe('https://example.be/privacy');
    expect(completeUrl('http://example.be')).toBe('http://example.be');
    expect(completeUrl('info@example.be')).toBe('info@example.be');
    expect(completeUrl('not an address')).toBe('not an address');
  });
  it('refuses a text longer than the answers format allows, saying the limit', () => {
    expect(prepareText('text', 'x'.repeat(MAX_TEXT_LENGTH))).toMatchObject({ ok: true });
    expect(prepareText('text', 'x'.repeat(MAX_TEXT_LENGTH + 1))).toEqual({
      ok: false,
      problem: { kind: 'textTooLong', count: MAX_TEXT_LENGTH + 1, max: MAX_TEXT_LENGTH },
    });
  });
});
