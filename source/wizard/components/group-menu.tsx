/** A repeatable group (activities, purposes, recipients...): add, edit, remove, reorder, done. */
import { Box, Text } from 'ink';
import { useState } from 'react';
import type { FlowAction } from '../../core/flow/flow.js';
import { useWizard } from '../context.js';
import { FilterList } from './filter-list.js';

interface Props {
  items: string[];
  min: number;
  dispatch: (action: FlowAction) => void;
}

export function GroupMenu({ items, min, dispatch }: Props) {
  const { t } = useWizard();
  const [chosen, setChosen] = useState<number>();
  const [warning, setWarning] = useState(false);

  if (chosen !== undefined) {
    const actions = [
      { value: 'edit', label: t('groupEdit') },
      { value: 'remove', label: t('groupRemove') },
      ...(chosen > 0 ? [{ value: 'up', label: t('groupUp') }] : []),
      ...(chosen < items.length - 1 ? [{ value: 'down', label: t('groupDown') }] : []),
      { value: 'back', label: t('groupBack') },
    ];
    const run = (action: string) => {
      if (action === 'edit') return dispatch({ type: 'group-edit', item: chosen });
      if (action === 'remove') dispatch({ type: 'group-remove', item: chosen });
      if (action === 'up' || action === 'down') dispatch({ type: 'group-move', item: chosen, by: action === 'up' ? -1 : 1 });
      setChosen(undefined);
    };
    return (
      <Box flexDirection="column" key={`item-${chosen}`}>
        <Text bold>{items[chosen]}</Text>
        <FilterList options={actions} filterable={false} onSubmit={([action]) => run(action!)} onBack={() => setChosen(undefined)} />
      </Box>
    );
  }

  const entries = [
    ...items.map((label, i) => ({ value: String(i), label: `${i + 1}. ${label}` })),
    { value: 'add', label: `+ ${t('groupAdd')}` },
    { value: 'done', label: `✓ ${t('groupDone')}` },
  ];
  return (
    <Box flexDirection="column" key="list">
      <Text dimColor>{t('groupItems', { count: items.length })}</Text>
      <FilterList
        options={entries}
        filterable={false}
        limit={10}
        onBack={() => dispatch({ type: 'back' })}
        onSubmit={([value]) => {
          if (value === 'add') dispatch({ type: 'group-add' });
          else if (value === 'done') {
            if (items.length < min) setWarning(true);
            else dispatch({ type: 'next' });
          } else setChosen(Number(value));
        }}
      />
      {warning && <Text color="yellow">{t('groupNeedsMore', { min })}</Text>}
    </Box>
  );
}
