import { Box, Text } from 'ink';
import { articleText } from '../../core/flow/article.js';
import type { Question } from '../../core/flow/bank-schema.js';
import { type FlowState, progress } from '../../core/flow/flow.js';
import { useWizard } from '../context.js';

export function Header({ state, question }: { state: FlowState; question?: Question }) {
  const { flow, t, uiLang } = useWizard();
  const p = progress(flow, state);
  const section = flow.bank.sections.find((s) => s.id === p.section);
  return (
    <Box flexDirection="column" marginBottom={1}>
      <Text dimColor>
        {t('progress', {
          section: p.sectionNumber,
          sections: p.sections,
          title: section?.title[uiLang] ?? '',
          step: p.step,
          steps: p.steps,
        })}
      </Text>
      {question && (
        <>
          <Text bold>{question.prompt[uiLang]}</Text>
          <Text dimColor>
            {t('why')}: {question.why[uiLang]}
            {question.article ? ` (${articleText(question.article, uiLang)})` : ''}
          </Text>
        </>
      )}
    </Box>
  );
}
