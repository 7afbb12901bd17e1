/**
 * Raw terminal input as a list of keys. Ink splits escape sequences into separate events, but a
 * run of plain bytes stays one event however many keys it holds: `\u007f\u007f\u007f` (three
 * backspaces), `abc\r` (text and Enter) or a 4,096-byte slice of a paste. Each key here is applied
 * on its own, to the state the previous one left.
 */
export type KeyName =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'home'
  | 'end'
  | 'pageUp'
  | 'pageDown'
  | 'return'
  | 'escape'
  | 'tab'
  | 'shiftTab'
  | 'backspace'
  | 'delete'
  | 'wordLeft'
  | 'wordRight'
  | 'deleteWordBack'
  | 'deleteToStart'
  | 'deleteToEnd';

/**
 * Printable text (one character or a run of them), or one named key. `paste`: the text came as
 * one bracketed paste; it is one line (its line breaks became spaces) and holds no keys.
 */
export type Key = { text: string; paste?: true } | { name: KeyName };

const SEQUENCES: Record<string, KeyName> = {
  '\u001b': 'escape',
  '\u001b[A': 'up',
  '\u001b[B': 'down',
  '\u001b[C': 'right',
  '\u001b[D': 'left',
  '\u001bOA': 'up',
  '\u001bOB': 'down',
  '\u001bOC': 'right',
  '\u001bOD': 'left',
  '\u001b[H': 'home',
  '\u001b[F': 'end',
  '\u001bOH': 'home',
  '\u001bOF': 'end',
  '\u001b[1~': 'home',
  '\u001b[4~': 'end',
  '\u001b[7~': 'home',
  '\u001b[8~': 'end',
  '\u001b[3~': 'delete',
  '\u001b[5~': 'pageUp',
  '\u001b[6~': 'pageDown',
  '\u001b[Z': 'shiftTab',
  // Alt+←/→ (and Ctrl+←/→) move by word; so do Alt+B and Alt+F as in readline.
  '\u001b[1;3D': 'wordLeft',
  '\u001b[1;3C': 'wordRight',
  '\u001b[1;5D': 'wordLeft',
  '\u001b[1;5C': 'wordRight',
  '\u001b[1;9D': 'wordLeft',
  '\u001b[1;9C': 'wordRight',
  '\u001b\u001b[D': 'wordLeft',
  '\u001b\u001b[C': 'wordRight',
  '\u001bb': 'wordLeft',
  '\u001bf': 'wordRight',
  '\u001b\u007f': 'deleteWordBack',
  '\u001b\b': 'deleteWordBack',
};

/** Single control bytes, as readline reads them. */
const CONTROLS: Record<string, KeyName> = {
  '\r': 'return',
  '\n': 'return',
  '\t': 'tab',
  '\u007f': 'backspace',
  '\b': 'backspace',
  '\u0001': 'home', // Ctrl+A
  '\u0005': 'end', // Ctrl+E
  '\u0002': 'left', // Ctrl+B
  '\u0006': 'right', // Ctrl+F
  '\u0004': 'delete', // Ctrl+D
  '\u0015': 'deleteToStart', // Ctrl+U
  '\u000b': 'deleteToEnd', // Ctrl+K
  '\u0017': 'deleteWordBack', // Ctrl+W
};

/** The keys in one input event, in order. Unknown escape sequences and other control bytes are dropped. */
export function splitKeys(input: string): Key[] {
  if (input.startsWith('\u001b')) {
    const name = SEQUENCES[input];
    if (name) return [{ name }];
    // Ink hands on ESC ESC, ESC before a sequence and ESC before a control byte as one event
    // (as Alt+↑ or Alt+Enter in a terminal that sends Alt as a leading ESC): Esc and then that
    // key, read together. Each is a key; Alt with a key of its own (Alt+←, Alt+Backspace) is in
    // SEQUENCES above. ESC before a letter stays Alt and that letter, which means nothing here.
    const rest = input.slice(1);
    if (rest.startsWith('\u001b') || Object.hasOwn(CONTROLS, rest)) {
      const keys = splitKeys(rest);
      return keys.length > 0 ? [{ name: 'escape' }, ...keys] : [];
    }
    return [];
  }
  const keys: Key[] = [];
  let text = '';
  for (const char of input) {
    const control = CONTROLS[char];
    if (control || char < ' ' || (char >= '\u0080' && char < '\u00a0')) {
      if (text) keys.push({ text });
      text = '';
      if (control) keys.push({ name: control });
    } else {
      text += char;
    }
  }
  if (text) keys.push({ text });
  return keys;
}

export const isKey = (key: Key, name: KeyName): boolean => 'name' in key && key.name === name;

/** What the terminal sends around a paste once the wizard has asked for bracketed paste mode. */
export const PASTE_START = '\u001b[200~';
export const PASTE_END = '\u001b[201~';

/**
 * Pasted text as one line for a one-line field: each line break (CR LF, CR or LF) and each tab
 * becomes a space, and other control characters are dropped, as they are when typed.
 */
export const pastedLine = (text: string): string => text.replace(/\r\n|[\r\n\t]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');

/**
 * Reads input events as they arrive (Ink splits them at escape sequences) and turns them into
 * keys. Between PASTE_START and PASTE_END nothing is a key: the text is gathered, however many
 * reads it comes in, and handed on as one paste, so a newline in it never presses Enter.
 */
export function createKeyReader(): (input: string) => Key[] {
  /** The paste so far, while one is coming in. */
  let pasted: string[] | undefined;
  /**
   * The first bytes of a marker: Ink hands on an escape sequence whose end has not arrived after
   * one turn of the event loop (a paste over SSH can be cut anywhere), and the rest then comes as
   * text. A lone ESC outside a paste is the Esc key, so it is never held.
   */
  let held = '';
  const marker = () => (pasted ? PASTE_END : PASTE_START);
  const partial = (text: string) => text.length < marker().length && marker().startsWith(text) && (pasted !== undefined || text.length > 1);
  return (event) => {
    let input = event;
    if (held) {
      const joined = held + event;
      held = '';
      if (joined.startsWith(marker()) || partial(joined)) input = joined;
    }
    if (partial(input)) {
      held = input;
      return [];
    }
    if (!pasted && input.startsWith(PASTE_START)) {
      pasted = [];
      input = input.slice(PASTE_START.length);
      if (!input) return [];
    }
    if (!pasted) return splitKeys(input);
    if (!input.startsWith(PASTE_END)) {
      // An escape sequence inside a paste (a pasted arrow key, say) is no key either.
      if (!input.startsWith('\u001b')) pasted.push(input);
      return [];
    }
    const text = pastedLine(pasted.join(''));
    pasted = undefined;
    const after = input.slice(PASTE_END.length);
    return [...(text ? [{ text, paste: true as const }] : []), ...(after ? splitKeys(after) : [])];
  };
}
