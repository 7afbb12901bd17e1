import { Box, Text, useInput } from 'ink';
import TextInput from 'ink-text-input';
import { useState } from 'react';

interface Props {
  initial: string;
  label?: string;
  validate: (value: string) => string | undefined;
  onSubmit: (value: string) => void;
  onBack: () => void;
}

export function TextQuestion({ initial, label, validate, onSubmit, onBack }: Props) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string>();
  useInput((_, key) => {
    if (key.escape) onBack();
  });
  const submit = (text: string) => {
    const problem = validate(text.trim());
    if (problem) setError(problem);
    else onSubmit(text.trim());
  };
  return (
    <Box flexDirection="column">
      <Box>
        {label && <Text>{label} </Text>}
        <Text color="cyan">› </Text>
        <TextInput value={value} onChange={(text) => (setValue(text), setError(undefined))} onSubmit={submit} />
      </Box>
      {error && <Text color="red">{error}</Text>}
    </Box>
  );
}
