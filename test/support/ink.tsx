/** Helpers to drive the wizard by keystrokes: one key at a time, waiting for the frame. */
import { render } from 'ink-testing-library';
import { buildAnswersSchema } from '../../source/core/answers/schema.js';
import { loadQuestionBank, loadUiStrings } from '../../source/core/flow/bank.js';
import type { Language } from '../../source/core/languages.js';
import { App } from '../../source/wizard/app.js';
import type { WizardContext } from '../../source/wizard/context.js';
import type { SavedSession, SessionStore } from '../../source/session/store.js';
import { translator } from '../../source/wizard/strings.js';
import { catalogs } from './replay.js';

export const KEY = { up: '\u001B[A', down: '\u001B[B', enter: '\r', escape: '\u001B', backspace: '\u007F', space: ' ' };

export function wizardContext(uiLang: Language = 'en'): WizardContext {
  return {
    flow: { bank: loadQuestionBank(), catalogs },
    catalogs,
    schema: buildAnswersSchema(catalogs),
    uiLang,
    t: translator(loadUiStrings(), uiLang),
  };
}

export class MemoryStore implements SessionStore {
  path = '(memory)';
  saved?: SavedSession;
  writes = 0;
  load() {
    return this.saved;
  }
  save(session: Omit<SavedSession, 'formatVersion'>) {
    this.writes++;
    this.saved = { formatVersion: 1, ...structuredClone(session) };
  }
  clear() {
    this.saved = undefined;
  }
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Driver {
  frame(): string;
  /** Writes one key (or a typed word) and waits until the frame changes. */
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  waitFor(text: string | RegExp, timeout?: number): Promise<void>;
  unmount(): void;
  finished: Record<string, unknown> | undefined;
}

export function startWizard(props: { store: SessionStore; uiLang?: Language; edit?: Parameters<typeof App>[0]['edit'] }): Driver {
  const driver = { finished: undefined } as Driver;
  const app = render(
    <App context={wizardContext(props.uiLang)} store={props.store} saved={props.store.load()} edit={props.edit} onFinish={(a) => (driver.finished = a)} />,
  );
  const frame = () => app.lastFrame() ?? '';
  const changed = async (before: string) => {
    for (let waited = 0; waited < 1000 && frame() === before; waited += 5) await delay(5);
    await delay(25);
  };
  driver.frame = frame;
  driver.press = async (key) => {
    const before = frame();
    app.stdin.write(key);
    await changed(before);
  };
  driver.type = driver.press;
  driver.waitFor = async (text, timeout = 3000) => {
    const matches = () => (typeof text === 'string' ? frame().includes(text) : text.test(frame()));
    for (let waited = 0; waited < timeout && !matches(); waited += 10) await delay(10);
    if (!matches()) throw new Error(`timed out waiting for ${String(text)}; screen:\n${frame()}`);
  };
  driver.unmount = () => app.unmount();
  return driver;
}
