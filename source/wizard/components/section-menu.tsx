/** Tab opens this: jump to any section, or to the review. Esc or Tab closes it. */
import { Box, Text } from 'ink';
import type { FlowAction } from '../../core/flow/flow.js';
import { useWizard } from '../context.js';
import { FilterList } from './filter-list.js';

export function SectionMenu({ onPick, onClose }: { onPick: (action: FlowAction) => void; onClose: () => void }) {
  const { flow, t, uiLang } = useWizard();
  const options = [
    ...flow.bank.sections.map((section, i) => ({ value: section.id, label: `${i + 1}. ${section.title[uiLang]}` })),
    { value: '\u0001review', label: `✓ ${t('sectionsReview')}` },
  ];
  return (
    <Box flexDirection="column">
      <Text bold>{t('sectionsTitle')}</Text>
      <FilterList
        options={options}
        filterable={false}
        limit={options.length}
        onSubmit={([value]) => onPick(value === '\u0001review' ? { type: 'review' } : { type: 'jump-section', section: value! })}
        onBack={onClose}
      />
    </Box>
  );
}
