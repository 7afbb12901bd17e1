/**
 * Every question screen as Ink draws it, in Dutch, French and German, holds no English: the
 * progress line, the prompt, "why we ask" with its article, the list or field, and — for each
 * text field — the message a wrong answer gets. The screens come from the example answers files
 * and three fixtures (each question at the first place one of them reaches it); the words of the stop-list are looked
 * for in what remains once the user's own answers and brand, country and authority names are
 * taken out. no-english.unit.test.ts walks the texts themselves; this walks what is drawn.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Box } from 'ink';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { loadUiStrings } from '../../source/core/flow/bank.js';
import { type Draft, getAt } from '../../source/core/flow/draft.js';
import { absolutePath, currentQuestion, type FlowState, type Frame, isAsked, questionsAt } from '../../source/core/flow/flow.js';
import { answersToDraft } from '../../source/core/flow/import-answers.js';
import type { Language } from '../../source/core/languages.js';
import { Header } from '../../source/wizard/components/header.js';
import { QuestionInput } from '../../source/wizard/components/question.js';
import { Wizard, type WizardContext } from '../../source/wizard/context.js';
import { KeyQueueProvider } from '../../source/wizard/input/use-keys.js';
import { optionsFor } from '../../source/wizard/options.js';
import { EXAMPLES, REPO } from '../support/cli.js';
import { englishWord } from '../support/english.js';
import { wizardContext } from '../support/ink.js';
import { catalogs, loadAnswers } from '../support/replay.js';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every screen an answers file reaches: each asked question, and those of each item of a group. */
function screensOf(flow: WizardContext['flow'], draft: Draft): FlowState[] {
  const out: FlowState[] = [];
  const walk = (above: Frame[], base: Frame['base']) => {
    questionsAt(flow, base).forEach((question, index) => {
      if (!isAsked(flow, draft, base, question)) return;
      const stack = [...above, { base, index }];
      out.push({ draft, stack });
      const path = absolutePath(base, question);
      const items = getAt(draft, path);
      if (question.type === 'group' && Array.isArray(items)) for (let item = 0; item < items.length; item++) walk(stack, [...path, item]);
    });
  };
  walk([], []);
  return out;
}

const flow = wizardContext().flow;
/** One screen per question id, from the first example that reaches it. */
const byQuestion = new Map<string, FlowState>();
/** The examples, then fixtures that reach what no example does (a DPO, a controller outside the EU, no recipients). */
const SOURCES = [
  ...readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(EXAMPLES, f)),
  ...['everything.yaml', 'outside-eu.yaml', 'minimal.yaml'].map((f) => join(REPO, 'test', 'fixtures', f)),
];
const drafts = SOURCES.map((file) => answersToDraft(flow, loadAnswers(file).answers));
// The legitimate interest is asked only for a purpose whose catalog entry names none (the newsletter's).
const minimal = structuredClone(drafts.at(-1)!) as { activities: { purposes: unknown[] }[] };
minimal.activities[0]!.purposes = [{ purpose: 'send-newsletter', basis: 'legitimate-interests' }];
for (const draft of [...drafts, minimal as Draft]) {
  for (const state of screensOf(flow, draft)) {
    const id = currentQuestion(flow, state)!.id;
    if (!byQuestion.has(id)) byQuestion.set(id, state);
  }
}

/** Every string the user gave (names, addresses, prose): theirs, not the wizard's. */
const userTexts = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(userTexts)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(userTexts)
        : [];

/** Names that are no English however they read: services, countries, foreign authorities. */
function namesIn(lang: Language, context: WizardContext): string[] {
  const names: string[] = [];
  for (const [, state] of byQuestion) {
    const question = currentQuestion(flow, state)!;
    const options = question.options;
    const named =
      options &&
      ('source' in options
        ? ['suggested-services', 'countries', 'locations'].includes(options.source)
        : ['processors', 'supervisory-authorities'].includes(options.catalog));
    if (named) names.push(...optionsFor(question, catalogs, lang, context.t, state.draft).map((o) => o.label));
  }
  return names;
}

function Screen({ context, state }: { context: WizardContext; state: FlowState }) {
  const question = currentQuestion(context.flow, state)!;
  return (
    <Wizard.Provider value={context}>
      <KeyQueueProvider>
        <Box flexDirection="column">
          <Header state={state} question={question} />
          <QuestionInput question={question} state={state} dispatch={() => {}} />
        </Box>
      </KeyQueueProvider>
    </Wizard.Provider>
  );
}

/** Waits until the frame has stayed the same for 10 ms. */
async function settled(frame: () => string) {
  let last = frame();
  for (let quiet = 0; quiet < 10; quiet += 2) {
    await delay(2);
    if (frame() !== last) [last, quiet] = [frame(), -2];
  }
}

/** What wrong answers a text field gets: none, odd characters, and more than any field takes. */
const WRONG = ['\r', '@@ ??\r', `${'x'.repeat(5001)}\r`];

describe.each(['nl', 'fr', 'de'] as const)('every screen in %s', (lang) => {
  it('shows no English, nor does any message a wrong answer gets', async () => {
    const context = wizardContext(lang);
    const names = namesIn(lang, context);
    const found: string[] = [];
    let tooLongSeen = false;
    const afterWrong: string[] = [];
    const check = (id: string, frame: string, draft: Draft) => {
      let text = frame;
      for (const known of [...userTexts(draft), ...names].filter((s) => s.length > 2).sort((a, b) => b.length - a.length))
        text = text.replaceAll(known, ' ');
      // A frame cuts a long name short with "…": what is left of it is a name too.
      for (const line of text.split('\n')) {
        const word = englishWord(line.replace(/\S+…/g, ' '));
        if (word) found.push(`${id}: «${word}» in ${line.trim()}`);
      }
    };
    for (const [id, state] of byQuestion) {
      const question = currentQuestion(flow, state)!;
      const draft = { ...state.draft, languages: [lang] };
      const app = render(<Screen context={context} state={{ ...state, draft }} />);
      const frame = () => app.lastFrame() ?? '';
      await settled(frame);
      check(id, frame(), draft);
      if (question.type === 'text' || question.type === 'period') {
        // The too-long message is the same for every field: once is enough.
        for (const wrong of tooLongSeen ? WRONG.slice(0, 2) : WRONG) {
          app.stdin.write('\u0015'); // Ctrl+U: an empty field first
          app.stdin.write(wrong);
          await settled(frame);
          check(`${id} after a wrong answer`, frame(), draft);
          afterWrong.push(frame());
        }
        tooLongSeen = true;
      }
      app.unmount();
    }
    expect(found).toEqual([]);
    // The wrong answers did reach the field's messages: these at least were drawn.
    const ui = loadUiStrings();
    for (const key of ['textTooLong', 'dateFormat', 'periodFormat', 'required'])
      expect(
        afterWrong.some((f) => f.includes(ui[key]![lang].split('{{')[0]!.trim().slice(0, 25))),
        key,
      ).toBe(true);
  });
});

it('walks a screen for every question the bank asks', () => {
  const asked = (questions: readonly { id: string; derived?: boolean; item?: unknown[] }[]): string[] =>
    questions.flatMap((q) => [...(q.derived ? [] : [q.id]), ...asked((q.item ?? []) as typeof questions)]);
  const all = asked(flow.bank.sections.flatMap((s) => s.questions));
  expect(all.filter((id) => !byQuestion.has(id))).toEqual([]);
});
