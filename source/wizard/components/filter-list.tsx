/**
 * A list to pick one or several entries from, filtered by typing: long catalogs (a hundred
 * countries, thirty processors) stay usable in an 80×24 terminal. The state is the pure list
 * reducer (../input/list-state.ts), fed key by key; short menus use it without the filter.
 */
import { Box, Text } from 'ink';
import { useWizard } from '../context.js';
import { type ListConfig, type ListState, listState, reduceList, visibleOptions } from '../input/list-state.js';
import { LEAVE, useKeyState } from '../input/use-keys.js';
import type { Option } from '../options.js';

interface Props {
  options: Option[];
  multi?: boolean;
  /** Typing narrows the list (the default); short menus ignore letters. */
  filterable?: boolean;
  initial?: string[];
  limit?: number;
  onSubmit: (values: string[], selected: string[]) => void;
  onBack: () => void;
}

/** Values starting with this are the list's own entries ("(skip)", "Other…"), shown whatever the filter. */
export const SPECIAL = '\u0000';
/** The entry that leaves an optional question unanswered. */
export const SKIP = `${SPECIAL}skip`;

export function FilterList({ options, multi = false, filterable = true, initial = [], limit = 8, onSubmit, onBack }: Props) {
  const { t } = useWizard();
  const config: ListConfig = {
    options: options.map((o) => ({ ...o, always: o.value.startsWith(SPECIAL), skips: o.value === SKIP })),
    multi,
    filterable,
    page: limit,
  };
  const state = useKeyState<ListState>(
    () => listState(config, initial),
    (s, key) => {
      const { state: next, outcome } = reduceList(config, s, key);
      if (!outcome) return next;
      if ('back' in outcome) onBack();
      else onSubmit(outcome.pick, outcome.selected);
      return LEAVE;
    },
  );
  const visible = visibleOptions(config, state);
  const top = Math.min(Math.max(0, state.cursor - Math.floor(limit / 2)), Math.max(0, visible.length - limit));
  const onScreen = new Set(visible.slice(top, top + limit).map((o) => o.value));
  // Ticked entries scrolled out of view are named, so "2 selected" never hides what they are.
  const hiddenTicked = multi ? config.options.filter((o) => state.selected.includes(o.value) && !onScreen.has(o.value)) : [];
  return (
    <Box flexDirection="column">
      {state.filter && <Text dimColor>{t('filter', { text: state.filter })}</Text>}
      {visible.every((o) => o.always) && state.filter && <Text color="yellow">{t('noMatch')}</Text>}
      {visible.slice(top, top + limit).map((option, i) => {
        const active = top + i === state.cursor;
        const mark = multi && !option.always ? (state.selected.includes(option.value) ? '◼ ' : '◻ ') : '';
        return (
          <Box key={option.value}>
            {/* Never shrunk: a label that wraps would squeeze the pointer's column and its space. */}
            <Box width={2} flexShrink={0}>
              <Text color={active ? 'cyan' : undefined}>{active ? '❯' : ' '}</Text>
            </Box>
            <Text color={active ? 'cyan' : undefined} wrap="wrap">
              {mark}
              {option.label}
            </Text>
          </Box>
        );
      })}
      {visible.length > limit && <Text dimColor>{`  ${top + 1}–${Math.min(top + limit, visible.length)} / ${visible.length}`}</Text>}
      {multi && (
        <Text dimColor>
          {hiddenTicked.length > 0
            ? t('selectedNotShown', { count: state.selected.length, names: hiddenTicked.map((o) => o.label).join(', ') })
            : t('selected', { count: state.selected.length })}
        </Text>
      )}
      {state.warning === 'pickOne' && <Text color="yellow">{t('pickOne')}</Text>}
      {state.warning === 'skipTicked' && <Text color="yellow">{t('skipTicked', { count: state.selected.length })}</Text>}
    </Box>
  );
}
