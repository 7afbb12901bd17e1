/**
 * A list to pick one or several entries from, filtered by typing: long catalogs (a hundred
 * countries, thirty processors) stay usable in an 80×24 terminal.
 */
import { Box, Text, useInput } from 'ink';
import { useReducer } from 'react';
import { useWizard } from '../context.js';
import type { Option } from '../options.js';

interface Props {
  options: Option[];
  multi?: boolean;
  initial?: string[];
  limit?: number;
  onSubmit: (values: string[], selected: string[]) => void;
  onBack: () => void;
}

interface State {
  filter: string;
  cursor: number;
  selected: string[];
  warning: boolean;
}

type Action =
  | { type: 'type'; text: string }
  | { type: 'erase' }
  | { type: 'move'; by: number; count: number }
  | { type: 'toggle'; value: string }
  | { type: 'warn' };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'type':
      return { ...state, filter: state.filter + action.text, cursor: 0, warning: false };
    case 'erase':
      return { ...state, filter: state.filter.slice(0, -1), cursor: 0 };
    case 'move':
      return { ...state, cursor: action.count === 0 ? 0 : (state.cursor + action.by + action.count) % action.count };
    case 'toggle':
      return {
        ...state,
        warning: false,
        selected: state.selected.includes(action.value)
          ? state.selected.filter((v) => v !== action.value)
          : [...state.selected, action.value],
      };
    case 'warn':
      return { ...state, warning: true };
  }
}

export const SPECIAL = '\u0000';

export function FilterList({ options, multi = false, initial = [], limit = 8, onSubmit, onBack }: Props) {
  const { t } = useWizard();
  const start = multi
    ? 0
    : Math.max(
        0,
        options.findIndex((o) => o.value === initial[0]),
      );
  const [state, dispatch] = useReducer(reducer, { filter: '', cursor: start, selected: initial, warning: false });
  const needle = state.filter.toLocaleLowerCase();
  const visible = options.filter((o) => o.value.startsWith(SPECIAL) || o.label.toLocaleLowerCase().includes(needle));
  const current = visible[state.cursor];

  useInput((input, key) => {
    if (key.escape) return onBack();
    if (key.upArrow) return dispatch({ type: 'move', by: -1, count: visible.length });
    if (key.downArrow) return dispatch({ type: 'move', by: 1, count: visible.length });
    if (key.backspace || key.delete) return dispatch({ type: 'erase' });
    if (key.return) {
      if (!multi || current?.value.startsWith(SPECIAL)) return current && onSubmit([current.value], state.selected);
      return state.selected.length > 0 ? onSubmit(state.selected, state.selected) : dispatch({ type: 'warn' });
    }
    if (multi && input === ' ') return current && !current.value.startsWith(SPECIAL) && dispatch({ type: 'toggle', value: current.value });
    const text = input.replace(/[\u0000-\u001f\u007f]/g, '');
    if (text && !key.ctrl && !key.meta && !key.tab) dispatch({ type: 'type', text });
  });

  const top = Math.min(Math.max(0, state.cursor - Math.floor(limit / 2)), Math.max(0, visible.length - limit));
  return (
    <Box flexDirection="column">
      {state.filter && <Text dimColor>{t('filter', { text: state.filter })}</Text>}
      {visible.length === 0 && <Text color="yellow">{t('noMatch')}</Text>}
      {visible.slice(top, top + limit).map((option, i) => {
        const active = top + i === state.cursor;
        const mark = multi && !option.value.startsWith(SPECIAL) ? (state.selected.includes(option.value) ? '[x] ' : '[ ] ') : '';
        return (
          <Text key={option.value} color={active ? 'cyan' : undefined}>
            {active ? '❯ ' : '  '}
            {mark}
            {option.label}
          </Text>
        );
      })}
      {visible.length > limit && <Text dimColor>{`  ${top + 1}–${Math.min(top + limit, visible.length)} / ${visible.length}`}</Text>}
      {multi && <Text dimColor>{t('selected', { count: state.selected.length })}</Text>}
      {state.warning && <Text color="yellow">{t('pickOne')}</Text>}
    </Box>
  );
}
