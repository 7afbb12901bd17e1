/**
 * A one-line text field as a pure reducer: the value and the cursor, and every editing key
 * applied to the state the previous key left. No length cap here: a paste is kept whole, and an
 * answer longer than the answers format allows is refused at Enter, with the limit said.
 */
import type { Key } from './keys.js';

export interface TextState {
  value: string;
  /** In UTF-16 code units, between characters; always on a code point boundary. */
  cursor: number;
}

export const textState = (value: string): TextState => ({ value, cursor: value.length });

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}_]/u.test(char);

/** Where Alt+← lands: the start of the word before the cursor (readline's backward-word). */
export function wordStart(value: string, from: number): number {
  let i = from;
  while (i > 0 && !isWordChar(value[i - 1])) i--;
  while (i > 0 && isWordChar(value[i - 1])) i--;
  return i;
}

/** Where Alt+→ lands: the end of the word after the cursor. */
export function wordEnd(value: string, from: number): number {
  let i = from;
  while (i < value.length && !isWordChar(value[i])) i++;
  while (i < value.length && isWordChar(value[i])) i++;
  return i;
}

/** One code point back or forward, so an emoji is never cut in half. */
const stepBack = (value: string, at: number) => (at >= 2 && /[\udc00-\udfff]/.test(value[at - 1] ?? '') ? at - 2 : Math.max(0, at - 1));
const stepForward = (value: string, at: number) =>
  at < value.length && /[\ud800-\udbff]/.test(value[at] ?? '') ? Math.min(value.length, at + 2) : Math.min(value.length, at + 1);

const cut = (state: TextState, from: number, to: number): TextState => ({
  value: state.value.slice(0, from) + state.value.slice(to),
  cursor: from,
});

/** The field after one key; keys a text field has no use for (↑, ↓, Enter, Esc, Tab) leave it as it is. */
export function reduceText(state: TextState, key: Key): TextState {
  const { value, cursor } = state;
  if ('text' in key) return { value: value.slice(0, cursor) + key.text + value.slice(cursor), cursor: cursor + key.text.length };
  switch (key.name) {
    case 'left':
      return { ...state, cursor: stepBack(value, cursor) };
    case 'right':
      return { ...state, cursor: stepForward(value, cursor) };
    case 'home':
      return { ...state, cursor: 0 };
    case 'end':
      return { ...state, cursor: value.length };
    case 'wordLeft':
      return { ...state, cursor: wordStart(value, cursor) };
    case 'wordRight':
      return { ...state, cursor: wordEnd(value, cursor) };
    case 'backspace':
      return cut(state, stepBack(value, cursor), cursor);
    case 'delete':
      return cut(state, cursor, stepForward(value, cursor));
    case 'deleteWordBack':
      return cut(state, wordStart(value, cursor), cursor);
    case 'deleteToStart':
      return cut(state, 0, cursor);
    case 'deleteToEnd':
      return cut(state, cursor, value.length);
    default:
      return state;
  }
}

/**
 * The part of the value to show in `width` columns, keeping the cursor in view: a 5,000-character
 * paste shows as one line around the cursor instead of pushing the question off the screen.
 */
export function visibleSlice(
  state: TextState,
  width: number,
): { before: string; at: string; after: string; clippedStart: boolean; clippedEnd: boolean } {
  const room = Math.max(4, width);
  const { value, cursor } = state;
  let start = 0;
  if (value.length > room) start = Math.min(Math.max(0, cursor - Math.floor(room * 0.75)), value.length - room + 1);
  const end = Math.min(value.length, start + room);
  return {
    before: value.slice(start, cursor),
    at: value[cursor] ?? ' ',
    after: value.slice(cursor + 1, end),
    clippedStart: start > 0,
    clippedEnd: end < value.length,
  };
}
