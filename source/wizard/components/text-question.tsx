/**
 * A one-line text field. Its state is the pure text reducer (../input/text-state.ts), fed key by
 * key, so a paste, a burst of backspaces or text and Enter arriving together give what slow typing
 * gives; ←/→, Home/End, Ctrl+A/E/U/W/K, Alt+←/→ and Delete edit the line.
 */
import { Box, Text, useStdout } from 'ink';
import { useWizard } from '../context.js';
import { isKey } from '../input/keys.js';
import { reduceText, type TextState, textState, visibleSlice } from '../input/text-state.js';
import { LEAVE, useKeyState } from '../input/use-keys.js';
import { Paragraph } from './paragraph.js';

interface Props {
  initial: string;
  label?: string;
  /** The problem with the (trimmed) text, in the UI language, or undefined when it will do. */
  validate: (value: string) => string | undefined;
  onSubmit: (value: string) => void;
  onBack: () => void;
  /** What Enter on an empty field gives, shown greyed in it (today, for a date). */
  placeholder?: { value: string; label: string };
  /** What the text will be saved as, when that differs from what was typed (https:// added, a date written out). */
  preview?: (value: string) => string | undefined;
}

interface State extends TextState {
  error?: string;
}

export function TextQuestion({ initial, label, validate, onSubmit, onBack, placeholder, preview }: Props) {
  const { t } = useWizard();
  const { stdout } = useStdout();
  const state = useKeyState<State>(
    () => textState(initial),
    (s, key) => {
      if (isKey(key, 'escape')) return (onBack(), LEAVE);
      if (isKey(key, 'return')) {
        const text = s.value.trim() === '' && placeholder ? placeholder.value : s.value.trim();
        const problem = validate(text);
        if (problem) return { ...s, error: problem };
        onSubmit(text);
        return LEAVE;
      }
      const next = reduceText(s, key);
      return next.value === s.value ? { ...s, cursor: next.cursor } : next;
    },
  );
  const prefix = `${label ? `${label} ` : ''}› `;
  const width = (stdout.columns || 80) - prefix.length - 3;
  const view = visibleSlice(state, width);
  const shown = preview?.(state.value.trim());
  return (
    <Box flexDirection="column">
      <Box>
        {label && <Text>{label} </Text>}
        <Text color="cyan">› </Text>
        <Text>
          {view.clippedStart ? '…' : ''}
          {view.before}
          <Text inverse>{view.at}</Text>
          {state.value === '' && placeholder ? <Text dimColor>{placeholder.label}</Text> : view.after}
          {view.clippedEnd ? '…' : ''}
        </Text>
      </Box>
      {state.value.length > width && <Text dimColor>{t('textLength', { count: state.value.length })}</Text>}
      {shown && shown !== state.value.trim() && !state.error && <Text dimColor>{t('savedAs', { value: shown })}</Text>}
      {state.error && <Paragraph color="red">{state.error}</Paragraph>}
    </Box>
  );
}
