import { useInput } from 'ink';
import SelectInput from 'ink-select-input';
import { useWizard } from '../context.js';

interface Props {
  initial: boolean | undefined;
  onSubmit: (value: boolean) => void;
  onBack: () => void;
}

export function YesNo({ initial, onSubmit, onBack }: Props) {
  const { t } = useWizard();
  useInput((_, key) => {
    if (key.escape) onBack();
  });
  const items = [
    { key: 'yes', label: t('yes'), value: true },
    { key: 'no', label: t('no'), value: false },
  ];
  // No is the default: most of these questions (a DPO? automated decisions?) are a no for a small business.
  return <SelectInput items={items} initialIndex={initial === true ? 0 : 1} onSelect={(item) => onSubmit(item.value)} />;
}
