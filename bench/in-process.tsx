/**
 * In-process figures for `npm run bench` (bundled by bench/run.mjs, printed as JSON):
 * per-keystroke render time on the longest list the wizard shows (the countries), from the
 * key written to the new frame, and the time of one conf write of a full session.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { buildAnswersSchema } from '../source/core/answers/schema.js';
import { loadCatalogFiles } from '../source/core/catalogs/load.js';
import { loadQuestionBank, loadUiStrings } from '../source/core/flow/bank.js';
import type { Question } from '../source/core/flow/bank-schema.js';
import { answersToDraft } from '../source/core/flow/import-answers.js';
import { readForReplay as parseAnswers } from '../source/core/pipeline.js';
import { openSessionStore } from '../source/session/store.js';
import { FilterList } from '../source/wizard/components/filter-list.js';
import { Wizard, type WizardContext } from '../source/wizard/context.js';
import { KeyQueueProvider } from '../source/wizard/input/use-keys.js';
import { optionsFor } from '../source/wizard/options.js';
import { translator } from '../source/wizard/strings.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const max = (values: number[]) => Math.max(...values);
const tick = () => new Promise((resolve) => setImmediate(resolve));

async function keystrokes(context: WizardContext) {
  const options = optionsFor({ options: { source: 'countries' } } as Question, context.catalogs, 'en', context.t);
  const app = render(
    <Wizard.Provider value={context}>
      {/* The wizard reads keys through one reader for all its screens (wizard/input/use-keys.tsx). */}
      <KeyQueueProvider>
        <FilterList options={options} onSubmit={() => {}} onBack={() => {}} />
      </KeyQueueProvider>
    </Wizard.Provider>,
  );
  const keys = [
    '\u001B[B',
    '\u001B[B',
    '\u001B[B',
    '\u001B[A',
    'g',
    'e',
    'r',
    '\u001B[B',
    '\u007F',
    '\u007F',
    '\u007F',
    'b',
    'e',
    '\u007F',
    '\u007F',
  ];
  const times: number[] = [];
  for (let round = 0; round < 8; round++) {
    for (const key of keys) {
      const frames = app.frames.length;
      const start = performance.now();
      app.stdin.write(key);
      // A key that draws no frame within 2 s is a broken bench, not a slow key: stop and say so.
      while (app.frames.length === frames) {
        if (performance.now() - start > 2000) throw new Error(`no new frame after key ${JSON.stringify(key)}`);
        await tick();
      }
      times.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 25)); // ink-testing-library loses faster keys
    }
  }
  app.unmount();
  return { listLength: options.length, samples: times.length, medianMs: median(times), maxMs: max(times) };
}

function confWrites(context: WizardContext, examplesDir: string) {
  const file = join(examplesDir, 'web-agency.yaml');
  const parsed = parseAnswers(readFileSync(file, 'utf8'), file, context.catalogs);
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  const session = { draft: answersToDraft(context.flow, parsed.answers), stack: [{ base: [], index: 3 }] };
  const dir = mkdtempSync(join(tmpdir(), 'privacy-wizard-bench-'));
  try {
    const store = openSessionStore({ profile: 'bench', cwd: dir });
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const start = performance.now();
      store.save(session as Parameters<typeof store.save>[0]);
      times.push(performance.now() - start);
    }
    return { samples: times.length, bytes: readFileSync(store.path).length, medianMs: median(times), maxMs: max(times) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const catalogs = loadCatalogFiles();
const context: WizardContext = {
  flow: { bank: loadQuestionBank(), catalogs },
  catalogs,
  schema: buildAnswersSchema(catalogs),
  uiLang: 'en',
  t: translator(loadUiStrings(), 'en'),
};
const result = {
  keystroke: await keystrokes(context),
  confWrite: confWrites(context, process.argv[2]!),
  peakRssKb: process.resourceUsage().maxRSS,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
