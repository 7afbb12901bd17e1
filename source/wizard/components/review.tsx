/** Every answer and what replay would flag, with a jump to change any of them, then finish. */
import { Box, Text, useInput } from 'ink';
import SelectInput from 'ink-select-input';
import { getAt } from '../../core/flow/draft.js';
import { absolutePath, type FlowAction, type FlowState, isVisible, rootQuestions } from '../../core/flow/flow.js';
import { useWizard } from '../context.js';
import { describe } from '../describe.js';
import { reviewFindings } from '../findings.js';

interface Props {
  state: FlowState;
  dispatch: (action: FlowAction) => void;
  onFinish: () => void;
}

export function Review({ state, dispatch, onFinish }: Props) {
  const { flow, catalogs, t, uiLang } = useWizard();
  useInput((_, key) => {
    if (key.escape) dispatch({ type: 'back' });
  });
  const roots = rootQuestions(flow).map((entry, index) => ({ ...entry, index }));
  const visible = roots.filter(({ question }) => isVisible(flow, state.draft, [], question) && !question.path.startsWith('$'));
  const findings = reviewFindings(flow, state.draft, catalogs, uiLang);
  const rootIndexFor = (path: string) => {
    const hit = roots.find(
      ({ question }) => path === question.path || path.startsWith(`${question.path}.`) || path.startsWith(`${question.path}[`),
    );
    return hit?.index ?? 0;
  };
  const errors = findings.filter((f) => f.severity === 'error');
  const items = [
    ...(errors.length === 0 ? [{ key: 'finish', label: `✓ ${t('reviewFinish')}`, value: -1 }] : []),
    ...findings.map((f, i) => ({
      key: `finding-${i}`,
      label: `${f.severity === 'error' ? '✗' : '⚠'} ${f.rule ? `[${f.rule}] ` : ''}${f.path}: ${f.message}`,
      value: rootIndexFor(f.path),
    })),
    ...visible.map(({ question, index }) => ({
      key: `q-${index}`,
      label: `${question.prompt[uiLang]} → ${describe(getAt(state.draft, absolutePath([], question)), question, catalogs, uiLang, t)}`,
      value: index,
    })),
  ];
  return (
    <Box flexDirection="column">
      <Text bold>{t('reviewTitle')}</Text>
      <Text color={findings.length === 0 ? 'green' : 'yellow'}>
        {findings.length === 0 ? t('reviewClean') : `${t('reviewFindings')}: ${findings.length}`}
      </Text>
      <SelectInput
        items={items}
        limit={12}
        onSelect={(item) => (item.value === -1 ? onFinish() : dispatch({ type: 'jump', stack: [{ base: [], index: item.value }] }))}
      />
    </Box>
  );
}
