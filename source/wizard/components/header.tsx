/**
 * Where the user is, and the question. Progress moves on every screen: the section and the
 * question within it, and inside a group item (an activity, a recipient) that item's name and
 * the question within the item, so forty screens of activities no longer show one counter.
 */
import { Box, Text } from 'ink';
import type { Question } from '../../core/flow/bank-schema.js';
import { getAt } from '../../core/flow/draft.js';
import { type Flow, type FlowState, isVisible, questionsAt, rootQuestions } from '../../core/flow/flow.js';
import { citation } from '../../core/locale/citations.js';
import { useWizard } from '../context.js';
import { itemName } from '../describe.js';
import { Paragraph } from './paragraph.js';

/** Position among the visible questions of a list: the current one counts, hidden ones do not. */
function stepOf(flow: Flow, state: FlowState, base: Parameters<typeof questionsAt>[1], questions: Question[], index: number) {
  const shown = questions.map((q, i) => ({ q, i })).filter(({ q }) => isVisible(flow, state.draft, base, q));
  return { step: Math.min(shown.filter(({ i }) => i < index).length + 1, shown.length), steps: shown.length };
}

/**
 * A citation whose parts stay together when the line wraps: a number with the word before it
 * ("art. 13", "lid 1", "Abs. 2") and a point with its word ("punt a", "lit. f"), by no-break spaces.
 */
const unbroken = (text: string): string => text.replace(/ (?=\d)/g, '\u00a0').replace(/\b(punt|point|lit\.) (?=[a-z]\b)/g, '$1\u00a0');

export function Header({ state, question }: { state: FlowState; question?: Question }) {
  const { flow, catalogs, t, uiLang } = useWizard();
  const roots = rootQuestions(flow);
  const rootIndex = Math.min(state.stack[0]!.index, roots.length - 1);
  const sectionId = roots[rootIndex]?.section;
  const sectionNumber = flow.bank.sections.findIndex((s) => s.id === sectionId);
  const section = flow.bank.sections[sectionNumber];
  const inSection = section ? stepOf(flow, state, [], section.questions, section.questions.indexOf(roots[rootIndex]!.question)) : undefined;
  const items = state.stack.slice(1).map((frame, k) => {
    const parent = state.stack[k]!;
    const group = questionsAt(flow, parent.base)[parent.index]!;
    const item = getAt(state.draft, frame.base);
    const index = frame.base[frame.base.length - 1] as number;
    return {
      key: frame.base.join('.'),
      name: itemName(item, group, catalogs, uiLang, t, index),
      ...stepOf(flow, state, frame.base, questionsAt(flow, frame.base), frame.index),
    };
  });
  return (
    <Box flexDirection="column" marginBottom={1}>
      <Text dimColor>
        {t('progressSection', {
          section: sectionNumber + 1,
          sections: flow.bank.sections.length,
          title: section?.title[uiLang] ?? '',
          step: inSection?.step ?? 1,
          steps: inSection?.steps ?? 1,
        })}
      </Text>
      {items.map((item, k) => (
        <Text key={item.key} dimColor>
          {`${'  '.repeat(k + 1)}› ${t('progressItem', { name: item.name, step: item.step, steps: item.steps })}`}
        </Text>
      ))}
      {question && (
        <>
          <Paragraph bold>{question.prompt[uiLang]}</Paragraph>
          <Paragraph dimColor>
            {t('why')} {question.why[uiLang]}
            {question.article ? ` (${unbroken(citation(question.article, uiLang))})` : ''}
          </Paragraph>
        </>
      )}
    </Box>
  );
}
