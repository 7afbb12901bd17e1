/** Text that ends up in the notice, asked once per output language. */
import { Box } from 'ink';
import { useState } from 'react';
import { prepareText } from '../../core/flow/values.js';
import type { Language } from '../../core/languages.js';
import { useWizard } from '../context.js';
import { Paragraph } from './paragraph.js';
import { TextQuestion } from './text-question.js';
import { valueMessage } from './value-messages.js';

interface Props {
  languages: Language[];
  initial: Partial<Record<Language, string>>;
  intro?: string;
  /** An empty first answer then means: leave this out. */
  optional?: boolean;
  onSubmit: (value: Partial<Record<Language, string>> | undefined) => void;
  onBack: () => void;
}

export function ProseQuestion({ languages, initial, intro, optional = false, onSubmit, onBack }: Props) {
  const { t, uiLang } = useWizard();
  const languageName = new Intl.DisplayNames([uiLang], { type: 'language' });
  const [step, setStep] = useState(0);
  const [value, setValue] = useState(initial);
  const lang = languages[step]!;
  return (
    <Box flexDirection="column">
      {intro && <Paragraph>{intro}</Paragraph>}
      <TextQuestion
        key={lang}
        label={t('inLanguage', { language: languageName.of(lang) ?? lang })}
        initial={value[lang] ?? ''}
        validate={(text) => {
          if (!text) return optional && step === 0 ? undefined : t('required');
          const prepared = prepareText('text', text);
          return prepared.ok ? undefined : valueMessage(t, prepared.problem);
        }}
        onSubmit={(text) => {
          if (!text) return onSubmit(undefined);
          const next = { ...value, [lang]: text };
          setValue(next);
          if (step + 1 < languages.length) setStep(step + 1);
          else onSubmit(next);
        }}
        onBack={() => (step > 0 ? setStep(step - 1) : onBack())}
      />
    </Box>
  );
}
