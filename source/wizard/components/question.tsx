/** One question on screen, by its type; answers go to the flow reducer. */
import { Box } from 'ink';
import { useState } from 'react';
import type { Period } from '../../core/catalogs/schema.js';
import type { Question } from '../../core/flow/bank-schema.js';
import { type Draft, getAt } from '../../core/flow/draft.js';
import { absolutePath, currentFrame, type FlowAction, type FlowState } from '../../core/flow/flow.js';
import { answerProblem, formatPeriodShort, parsePeriod } from '../../core/flow/validate-answer.js';
import { LANGUAGES, type Language } from '../../core/languages.js';
import { useWizard } from '../context.js';
import { itemName } from '../describe.js';
import { optionsFor } from '../options.js';
import { FilterList, SPECIAL } from './filter-list.js';
import { GroupMenu } from './group-menu.js';
import { ProseQuestion } from './prose-question.js';
import { TextQuestion } from './text-question.js';
import { YesNo } from './yes-no.js';

const SKIP = `${SPECIAL}skip`;
const OTHER = `${SPECIAL}other`;

interface Props {
  question: Question;
  state: FlowState;
  dispatch: (action: FlowAction) => void;
}

const outputLanguages = (draft: Draft): Language[] =>
  Array.isArray(draft.languages) && draft.languages.length > 0 ? (draft.languages as Language[]) : [...LANGUAGES];

export function QuestionInput({ question, state, dispatch }: Props) {
  const { catalogs, schema, t, uiLang } = useWizard();
  const path = absolutePath(currentFrame(state).base, question);
  const stored = getAt(state.draft, path);
  const value = stored === undefined ? question.default : stored;
  const answer = (v: unknown) => dispatch({ type: 'answer', value: v, at: path });
  const back = () => dispatch({ type: 'back' });
  const [other, setOther] = useState<string[]>();

  switch (question.type) {
    case 'text':
      return (
        <TextQuestion
          initial={typeof value === 'string' ? value : value === undefined ? '' : String(value)}
          validate={(text) =>
            text === ''
              ? question.optional
                ? undefined
                : t('required')
              : answerProblem(schema, path, text, getAt(state.draft, ['controller', 'address', 'country']))
          }
          onSubmit={(text) => answer(text === '' ? undefined : text)}
          onBack={back}
        />
      );
    case 'period':
      return (
        <TextQuestion
          initial={value ? formatPeriodShort(value as Period) : ''}
          validate={(text) => (text === '' || parsePeriod(text) ? undefined : t('periodFormat'))}
          onSubmit={(text) => answer(text === '' ? undefined : parsePeriod(text))}
          onBack={back}
        />
      );
    case 'prose':
      return (
        <ProseQuestion
          languages={outputLanguages(state.draft)}
          initial={(value as Record<Language, string>) ?? {}}
          optional={question.optional}
          onSubmit={answer}
          onBack={back}
        />
      );
    case 'yesno':
      return <YesNo initial={value as boolean | undefined} onSubmit={answer} onBack={back} />;
    case 'group': {
      const items = (Array.isArray(stored) ? stored : []) as unknown[];
      return (
        <GroupMenu
          items={items.map((item, i) => itemName(item, question, catalogs, uiLang, t, i))}
          min={question.min ?? 0}
          dispatch={dispatch}
        />
      );
    }
    case 'choice':
    case 'multi': {
      const multi = question.type === 'multi';
      const current = (Array.isArray(value) ? value : value === undefined ? [] : [value]) as unknown[];
      const custom = current.filter((v) => typeof v === 'object');
      if (other) {
        return (
          <ProseQuestion
            languages={outputLanguages(state.draft)}
            initial={{}}
            intro={t('other')}
            onSubmit={(prose) => answer(multi ? [...other, ...custom, prose] : prose)}
            onBack={() => setOther(undefined)}
          />
        );
      }
      const options = [
        ...(question.optional ? [{ value: SKIP, label: t('skip') }] : []),
        ...optionsFor(question, catalogs, uiLang, t, state.draft),
        ...(question.other ? [{ value: OTHER, label: t('other') }] : []),
      ];
      return (
        <Box flexDirection="column">
          <FilterList
            options={options}
            multi={multi}
            initial={current.filter((v): v is string => typeof v === 'string')}
            onBack={back}
            onSubmit={(values, selected) => {
              if (values[0] === SKIP) return answer(undefined);
              if (values[0] === OTHER) return setOther(selected);
              answer(multi ? [...values, ...custom] : values[0]);
            }}
          />
        </Box>
      );
    }
  }
}
