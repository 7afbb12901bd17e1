/**
 * The wizard: a start menu when answers are saved, the questions, the review, then the files.
 * State lives in the pure flow reducer; every change is saved at once.
 */
import { Box, Static, Text, useApp, useInput } from 'ink';
import { useEffect, useReducer, useState } from 'react';
import { readAnswers } from '../core/answers/parse.js';
import { formatProblem } from '../core/answers/problems.js';
import type { Answers } from '../core/answers/schema.js';
import { getAt } from '../core/flow/draft.js';
import { countAnswers, draftToAnswers } from '../core/flow/export.js';
import {
  absolutePath,
  currentFrame,
  currentQuestion,
  type FlowAction,
  type FlowState,
  initialState,
  isReview,
  reduce,
  rootQuestions,
} from '../core/flow/flow.js';
import { answersToDraft, asGroupLists } from '../core/flow/import-answers.js';
import { DEFAULT_DOCUMENTS, type DocumentOption } from '../core/formats.js';
import { loadAnswersText } from '../io/read-answers-file.js';
import type { SavedSession, SessionStore } from '../session/store.js';
import { DocumentsChoice, ON_REQUEST } from './components/documents-choice.js';
import { Header } from './components/header.js';
import { QuestionInput } from './components/question.js';
import { Review } from './components/review.js';
import { SectionMenu } from './components/section-menu.js';
import { StartMenu } from './components/start-menu.js';
import { Wizard, type WizardContext } from './context.js';
import { describe } from './describe.js';
import { KeyQueueProvider } from './input/use-keys.js';

export interface AppProps {
  context: WizardContext;
  store: SessionStore;
  saved?: SavedSession;
  /** Opened with --answers FILE --edit: start from these answers, at the review. */
  edit?: Answers;
  /** What `--documents` asked for (by default the notice and the retention table): the finish offers the others. */
  documents?: readonly DocumentOption[];
  /** The answers, and the documents to write from them. */
  onFinish: (answers: Record<string, unknown>, documents: DocumentOption[]) => void;
}

const atReview = (context: WizardContext, answers: Answers): FlowState =>
  reduce(context.flow, initialState(context.flow, answersToDraft(context.flow, answers)), { type: 'review' });

export function App({ context, store, saved, edit, documents = DEFAULT_DOCUMENTS, onFinish }: AppProps) {
  const { exit } = useApp();
  const { flow, catalogs, t } = context;
  // The start menu only for a session with answers to count: one left before any (perhaps with
  // the kind of business chosen, a note of the wizard's own that the count leaves out) would be
  // offered to resume "saved answers: 0", so it goes on where it stopped instead.
  const [phase, setPhase] = useState<'start' | 'flow' | 'documents'>(
    saved && !edit && countAnswers(flow, saved.draft) > 0 ? 'start' : 'flow',
  );
  const [state, dispatch] = useReducer(
    (s: FlowState, a: FlowAction | { type: 'replace'; state: FlowState }) => (a.type === 'replace' ? a.state : reduce(flow, s, a)),
    undefined,
    () =>
      edit
        ? atReview(context, edit)
        : saved
          ? {
              draft: asGroupLists(
                rootQuestions(flow).map((q) => q.question),
                saved.draft,
              ),
              stack: saved.stack,
            }
          : initialState(flow),
  );

  const [menu, setMenu] = useState(false);
  useInput((_, key) => {
    if (key.tab && phase === 'flow') setMenu((open) => !open);
  });
  const closeMenu = () => setMenu(false);
  /** The answers given so far, one line each (clack's trail), printed once above the question. */
  const [trail, setTrail] = useState<{ id: number; depth: number; prompt: string; answer: string }[]>([]);
  /** Esc where there is nothing to go back to stops the wizard (answers are saved). */
  const send = (action: FlowAction) => {
    if (action.type === 'back' && reduce(flow, state, action) === state) return exit();
    const question = currentQuestion(flow, state);
    if (question && (action.type === 'answer' || (action.type === 'next' && question.type === 'group'))) {
      const answer =
        action.type === 'answer'
          ? describe(action.value, question, catalogs, context.uiLang, t, state.draft)
          : t('groupItems', { count: ((getAt(state.draft, absolutePath(currentFrame(state).base, question)) as unknown[]) ?? []).length });
      const line = { depth: state.stack.length - 1, prompt: question.prompt[context.uiLang], answer };
      setTrail((lines) => [...lines, { id: lines.length, ...line }]);
    }
    dispatch(action);
  };

  useEffect(() => {
    if (phase === 'flow') store.save({ draft: state.draft, stack: state.stack, uiLang: context.uiLang });
  }, [phase, state, store, context.uiLang]);

  const load = (file: string): string | undefined => {
    const loaded = loadAnswersText(file, context.uiLang);
    if (!loaded.ok) return t('loadFailed', { reason: 'cannotRead' in loaded ? loaded.cannotRead : formatProblem(loaded.problems[0]!) });
    const { text } = loaded;
    const result = readAnswers(text, file, catalogs, { uiLanguage: context.uiLang });
    if (!result.ok) return t('loadFailed', { reason: result.problems.slice(0, 3).map(formatProblem).join('; ') });
    dispatch({ type: 'replace', state: atReview(context, result.answers) });
    setPhase('flow');
    return undefined;
  };

  const finish = (chosen: DocumentOption[]) => {
    onFinish(draftToAnswers(flow, state.draft), chosen);
    exit();
  };
  // Finishing the review offers the documents written only on request, where the registry has any.
  const reviewed = () => (ON_REQUEST.length > 0 ? setPhase('documents') : finish([...documents]));

  let body;
  // The keys of what is on screen: a list to filter, a list to tick, a menu, or a text field.
  const type = phase === 'flow' && !menu ? currentQuestion(flow, state)?.type : undefined;
  const hint =
    phase === 'documents'
      ? t('hintMulti')
      : type === 'choice'
        ? t('hintChoice')
        : type === 'multi'
          ? t('hintMulti')
          : type && ['text', 'period', 'prose'].includes(type)
            ? t('hintText')
            : t('hintGroup');
  if (phase === 'start') {
    body = (
      <StartMenu
        answered={saved ? countAnswers(flow, saved.draft) : 0}
        onResume={() => setPhase('flow')}
        onStartOver={() => {
          dispatch({ type: 'replace', state: initialState(flow) });
          setPhase('flow');
        }}
        onLoad={load}
      />
    );
  } else if (phase === 'documents') {
    body = <DocumentsChoice documents={documents} onSubmit={finish} onBack={() => setPhase('flow')} />;
  } else if (menu) {
    body = (
      <SectionMenu
        onClose={closeMenu}
        onPick={(action) => {
          dispatch(action);
          setMenu(false);
        }}
      />
    );
  } else if (isReview(flow, state)) {
    body = <Review state={state} dispatch={send} onFinish={reviewed} />;
  } else {
    const question = currentQuestion(flow, state)!;
    const key = `${state.stack.map((f) => `${f.base.join('.')}:${f.index}`).join('/')}`;
    body = (
      <Box flexDirection="column">
        <Header state={state} question={question} />
        <QuestionInput key={key} question={question} state={state} dispatch={send} />
      </Box>
    );
  }
  return (
    <Wizard.Provider value={context}>
      <KeyQueueProvider>
        <Static items={trail}>
          {(line) => (
            <Text key={line.id} wrap="truncate-end">
              {'  '.repeat(line.depth)}
              <Text color="green">◇ </Text>
              <Text dimColor>{line.prompt} · </Text>
              {line.answer}
            </Text>
          )}
        </Static>
        <Box flexDirection="column">
          {body}
          <Text dimColor>{phase === 'start' ? t('hintGroup') : phase === 'documents' ? hint : `${hint} · ${t('hintTab')}`}</Text>
        </Box>
      </KeyQueueProvider>
    </Wizard.Provider>
  );
}
