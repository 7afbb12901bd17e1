/** With a saved session: resume it, start over, or load an answers file. */
import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import { useState } from 'react';
import { useWizard } from '../context.js';
import { TextQuestion } from './text-question.js';

interface Props {
  answered: number;
  onResume: () => void;
  onStartOver: () => void;
  onLoad: (file: string) => string | undefined;
}

export function StartMenu({ answered, onResume, onStartOver, onLoad }: Props) {
  const { t } = useWizard();
  const [loading, setLoading] = useState(false);
  if (loading) {
    return (
      <Box flexDirection="column">
        <Text bold>{t('loadPrompt')}</Text>
        <TextQuestion
          initial=""
          validate={(file) => (file ? onLoad(file) : t('required'))}
          onSubmit={() => undefined}
          onBack={() => setLoading(false)}
        />
      </Box>
    );
  }
  const items = [
    { key: 'resume', label: t('startResume', { count: answered }), value: 'resume' },
    { key: 'over', label: t('startOver'), value: 'over' },
    { key: 'load', label: t('startLoad'), value: 'load' },
  ];
  return (
    <Box flexDirection="column">
      <Text bold>{t('startPrompt')}</Text>
      <SelectInput
        items={items}
        onSelect={(item) => (item.value === 'resume' ? onResume() : item.value === 'over' ? onStartOver() : setLoading(true))}
      />
    </Box>
  );
}
