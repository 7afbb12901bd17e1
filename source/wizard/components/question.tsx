/** One question on screen, by its type; answers go to the flow reducer. */
import { Box } from 'ink';
import { useState } from 'react';
import type { Period } from '../../core/catalogs/schema.js';
import type { Question } from '../../core/flow/bank-schema.js';
import { asItems, type Draft, getAt } from '../../core/flow/draft.js';
import { absolutePath, currentFrame, defaultAnswer, type FlowAction, type FlowState } from '../../core/flow/flow.js';
import { answerProblem } from '../../core/flow/validate-answer.js';
import { dayFirst, prepareText, todayIso, valueKind } from '../../core/flow/values.js';
import { LANGUAGES, type Language } from '../../core/languages.js';
import { useWizard } from '../context.js';
import { describe, itemName } from '../describe.js';
import { optionsFor } from '../options.js';
import { FilterList, SKIP, SPECIAL } from './filter-list.js';
import { GroupMenu } from './group-menu.js';
import { PeriodQuestion } from './period-question.js';
import { ProseQuestion } from './prose-question.js';
import { TextQuestion } from './text-question.js';
import { answerMessages, valueMessage } from './value-messages.js';
import { YesNo } from './yes-no.js';

const OTHER = `${SPECIAL}other`;
/** A single choice already answered in words (other, or written out in an answers file): Enter keeps it. */
const KEEP = `${SPECIAL}keep`;

interface Props {
  question: Question;
  state: FlowState;
  dispatch: (action: FlowAction) => void;
}

const outputLanguages = (draft: Draft): Language[] =>
  Array.isArray(draft.languages) && draft.languages.length > 0 ? (draft.languages as Language[]) : [...LANGUAGES];

export function QuestionInput({ question, state, dispatch }: Props) {
  const { catalogs, flow, schema, t, uiLang } = useWizard();
  const { base } = currentFrame(state);
  const path = absolutePath(base, question);
  const stored = getAt(state.draft, path);
  const value = stored === undefined ? defaultAnswer(flow, state.draft, base, question) : stored;
  const answer = (v: unknown) => dispatch({ type: 'answer', value: v, at: path });
  const back = () => dispatch({ type: 'back' });
  const [other, setOther] = useState<string[]>();

  switch (question.type) {
    case 'text': {
      const kind = valueKind(schema, path);
      const prepare = (text: string) => prepareText(kind, text);
      const today = kind === 'date' && value === undefined ? todayIso() : undefined;
      return (
        <TextQuestion
          initial={typeof value === 'string' ? value : value === undefined ? '' : String(value)}
          placeholder={today ? { value: today, label: t('dateToday', { date: dayFirst(today) }) } : undefined}
          preview={(text) => {
            const prepared = text ? prepare(text) : undefined;
            return prepared?.ok ? prepared.value : undefined;
          }}
          validate={(text) => {
            if (text === '') return question.optional ? undefined : t('required');
            const prepared = prepare(text);
            if (!prepared.ok) return valueMessage(t, prepared.problem);
            return answerProblem(
              schema,
              path,
              prepared.value,
              getAt(state.draft, ['controller', 'address', 'country']),
              answerMessages(t),
              uiLang,
            );
          }}
          onSubmit={(text) => {
            const prepared = text === '' ? undefined : prepare(text);
            answer(prepared?.ok ? prepared.value : undefined);
          }}
          onBack={back}
        />
      );
    }
    case 'period':
      return <PeriodQuestion initial={value as Period | undefined} onSubmit={answer} onBack={back} />;
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
      const items = asItems(stored);
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
      const written = multi ? undefined : custom[0];
      const options = [
        ...(written === undefined
          ? []
          : [{ value: KEEP, label: t('keepWritten', { text: describe(written, question, catalogs, uiLang, t) }) }]),
        ...(question.optional ? [{ value: SKIP, label: t('skip') }] : []),
        ...optionsFor(question, catalogs, uiLang, t, state.draft),
        ...(question.other ? [{ value: OTHER, label: t('other') }] : []),
      ];
      return (
        <Box flexDirection="column">
          <FilterList
            options={options}
            multi={multi}
            initial={written === undefined ? current.filter((v): v is string => typeof v === 'string') : [KEEP]}
            onBack={back}
            onSubmit={(values, selected) => {
              if (values[0] === KEEP) return answer(written);
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
