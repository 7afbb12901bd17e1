/**
 * A list to pick from as a pure reducer: the cursor, the filter typed so far and the ticked
 * entries. The cursor stops at both ends (no wrap-around: ↓ on the last entry stays there) and
 * a filter puts its matches first, so Enter on a filter with one match picks that match. A
 * multi-select never starts on "(skip)", and Enter never drops the ticks made.
 */
import type { Key } from './keys.js';

export interface ListOption {
  value: string;
  label: string;
  /** Stays visible whatever the filter ("(skip)", "Other…"), after the matches. */
  always?: boolean;
  /** Answers nothing ("(skip)"): Enter on it after ticking entries would lose the ticks. */
  skips?: boolean;
}

export interface ListState {
  filter: string;
  cursor: number;
  selected: string[];
  /** Why the last Enter did not answer: nothing ticked, or "(skip)" pressed with entries ticked. */
  warning?: 'pickOne' | 'skipTicked';
}

export interface ListConfig {
  options: readonly ListOption[];
  multi?: boolean;
  /** Typing narrows the list; without it letters are ignored (short menus). */
  filterable?: boolean;
  /** How many rows PageUp/PageDown move. */
  page?: number;
}

/** What a key asks of the screen, beside the new state. */
export type ListOutcome = { pick: string[]; selected: string[] } | { back: true } | undefined;

export function listState(config: ListConfig, initial: readonly string[] = []): ListState {
  // A multi-select never starts on "(skip)": Space then ticks an entry, and Enter confirms the
  // ticks instead of skipping the question. A first line that acts ("Write the files") stays first.
  const start = config.multi ? config.options.findIndex((o) => !o.skips) : config.options.findIndex((o) => o.value === initial[0]);
  return { filter: '', cursor: Math.max(0, start), selected: [...initial] };
}

/** The entries on screen: every entry without a filter; with one, the matches, then the ones always shown. */
export function visibleOptions(config: ListConfig, state: ListState): ListOption[] {
  if (!state.filter) return [...config.options];
  const needle = state.filter.toLocaleLowerCase();
  return [
    ...config.options.filter((o) => !o.always && o.label.toLocaleLowerCase().includes(needle)),
    ...config.options.filter((o) => o.always),
  ];
}

const clamp = (n: number, count: number) => Math.max(0, Math.min(count - 1, n));

function toggle(state: ListState, option: ListOption | undefined): ListState {
  if (!option || option.always) return state;
  const selected = state.selected.includes(option.value)
    ? state.selected.filter((v) => v !== option.value)
    : [...state.selected, option.value];
  return { ...state, selected, warning: undefined };
}

export function reduceList(config: ListConfig, state: ListState, key: Key): { state: ListState; outcome?: ListOutcome } {
  const visible = visibleOptions(config, state);
  const current = visible[state.cursor];
  const move = (cursor: number) => ({ state: { ...state, cursor: clamp(cursor, visible.length) } });
  if ('text' in key) {
    // A paste is text to filter by, never a run of Space presses ticking entries.
    if (key.paste)
      return { state: config.filterable ? { ...state, filter: state.filter + key.text, cursor: 0, warning: undefined } : state };
    let next = state;
    for (const char of key.text) {
      if (config.multi && char === ' ') next = toggle(next, visibleOptions(config, next)[next.cursor]);
      else if (config.filterable) next = { ...next, filter: next.filter + char, cursor: 0, warning: undefined };
    }
    return { state: next };
  }
  switch (key.name) {
    case 'up':
      return move(state.cursor - 1);
    case 'down':
      return move(state.cursor + 1);
    case 'pageUp':
      return move(state.cursor - (config.page ?? 8));
    case 'pageDown':
      return move(state.cursor + (config.page ?? 8));
    case 'home':
      return move(0);
    case 'end':
      return move(visible.length - 1);
    case 'backspace':
    case 'delete':
      return state.filter ? { state: { ...state, filter: state.filter.slice(0, -1), cursor: 0 } } : { state };
    case 'deleteToStart':
    case 'deleteWordBack':
      return { state: { ...state, filter: '', cursor: 0 } };
    case 'escape':
      return { state, outcome: { back: true } };
    case 'return': {
      if (!current) return { state };
      if (!config.multi) return { state, outcome: { pick: [current.value], selected: state.selected } };
      if (current.always) {
        // "(skip)" would answer nothing and lose what was ticked: it asks to untick first. "Other…"
        // carries the ticks along (`selected`).
        if (state.selected.length > 0 && current.skips) return { state: { ...state, warning: 'skipTicked' } };
        return { state, outcome: { pick: [current.value], selected: state.selected } };
      }
      if (state.selected.length > 0) return { state, outcome: { pick: state.selected, selected: state.selected } };
      // Nothing ticked: an optional question is left unanswered (as Enter on "(skip)" leaves it),
      // a required one asks for a tick.
      const skip = config.options.find((o) => o.skips);
      return skip ? { state, outcome: { pick: [skip.value], selected: [] } } : { state: { ...state, warning: 'pickOne' } };
    }
    default:
      return { state };
  }
}
