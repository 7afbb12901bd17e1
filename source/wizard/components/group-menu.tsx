/** A repeatable group (activities, purposes, recipients...): add, edit, remove, reorder, done. */
import { Box, Text, useInput } from 'ink';
import SelectInput from 'ink-select-input';
import { useState } from 'react';
import type { FlowAction } from '../../core/flow/flow.js';
import { useWizard } from '../context.js';

interface Props {
  items: string[];
  min: number;
  dispatch: (action: FlowAction) => void;
}

export function GroupMenu({ items, min, dispatch }: Props) {
  const { t } = useWizard();
  const [chosen, setChosen] = useState<number>();
  const [warning, setWarning] = useState(false);
  useInput((_, key) => {
    if (!key.escape) return;
    if (chosen === undefined) dispatch({ type: 'back' });
    else setChosen(undefined);
  });

  if (chosen !== undefined) {
    const actions = [
      { key: 'edit', label: t('groupEdit'), value: () => dispatch({ type: 'group-edit', item: chosen }) },
      { key: 'remove', label: t('groupRemove'), value: () => (dispatch({ type: 'group-remove', item: chosen }), setChosen(undefined)) },
      ...(chosen > 0
        ? [{ key: 'up', label: t('groupUp'), value: () => (dispatch({ type: 'group-move', item: chosen, by: -1 }), setChosen(undefined)) }]
        : []),
      ...(chosen < items.length - 1
        ? [
            {
              key: 'down',
              label: t('groupDown'),
              value: () => (dispatch({ type: 'group-move', item: chosen, by: 1 }), setChosen(undefined)),
            },
          ]
        : []),
      { key: 'back', label: t('groupBack'), value: () => setChosen(undefined) },
    ];
    return (
      <Box flexDirection="column">
        <Text bold>{items[chosen]}</Text>
        <SelectInput items={actions} onSelect={(item) => item.value()} />
      </Box>
    );
  }

  const entries = [
    ...items.map((label, i) => ({ key: `item-${i}`, label: `${i + 1}. ${label}`, value: i })),
    { key: 'add', label: `+ ${t('groupAdd')}`, value: -1 },
    { key: 'done', label: `✓ ${t('groupDone')}`, value: -2 },
  ];
  return (
    <Box flexDirection="column">
      <Text dimColor>{t('groupItems', { count: items.length })}</Text>
      <SelectInput
        items={entries}
        limit={10}
        initialIndex={items.length === 0 ? 0 : entries.length - 1}
        onSelect={(item) => {
          if (item.value === -1) dispatch({ type: 'group-add' });
          else if (item.value === -2) {
            if (items.length < min) setWarning(true);
            else dispatch({ type: 'next' });
          } else setChosen(item.value);
        }}
      />
      {warning && <Text color="yellow">{t('groupNeedsMore', { min })}</Text>}
    </Box>
  );
}
