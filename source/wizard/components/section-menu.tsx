/** Tab opens this: jump to any section, or to the review. */
import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import type { FlowAction } from '../../core/flow/flow.js';
import { useWizard } from '../context.js';

export function SectionMenu({ onPick }: { onPick: (action: FlowAction) => void }) {
  const { flow, t, uiLang } = useWizard();
  const items = [
    ...flow.bank.sections.map((section, i) => ({
      key: section.id,
      label: `${i + 1}. ${section.title[uiLang]}`,
      value: { type: 'jump-section', section: section.id } as FlowAction,
    })),
    { key: 'review', label: `✓ ${t('sectionsReview')}`, value: { type: 'review' } as FlowAction },
  ];
  return (
    <Box flexDirection="column">
      <Text bold>{t('sectionsTitle')}</Text>
      <SelectInput items={items} onSelect={(item) => onPick(item.value)} />
    </Box>
  );
}
