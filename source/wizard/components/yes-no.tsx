import { useWizard } from '../context.js';
import { FilterList } from './filter-list.js';

interface Props {
  initial: boolean | undefined;
  onSubmit: (value: boolean) => void;
  onBack: () => void;
}

export function YesNo({ initial, onSubmit, onBack }: Props) {
  const { t } = useWizard();
  const options = [
    { value: 'yes', label: t('yes') },
    { value: 'no', label: t('no') },
  ];
  // No is the default: most of these questions (a DPO? automated decisions?) are a no for a small business.
  return (
    <FilterList
      options={options}
      filterable={false}
      initial={[initial === true ? 'yes' : 'no']}
      onSubmit={([value]) => onSubmit(value === 'yes')}
      onBack={onBack}
    />
  );
}
