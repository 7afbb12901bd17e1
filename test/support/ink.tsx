/** Helpers to drive the wizard by keystrokes: one key at a time, waiting for the frame. */
import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { afterAll, beforeAll } from 'vitest';
import type { PathSegment } from '../../source/core/answers/problems.js';
import { buildAnswersSchema } from '../../source/core/answers/schema.js';
import { loadQuestionBank, loadUiStrings } from '../../source/core/flow/bank.js';
import type { Draft } from '../../source/core/flow/draft.js';
import { type Frame, questionsAt } from '../../source/core/flow/flow.js';
import type { DocumentOption } from '../../source/core/formats.js';
import type { Language } from '../../source/core/languages.js';
import type { SavedSession, SessionStore } from '../../source/session/store.js';
import { App } from '../../source/wizard/app.js';
import type { WizardContext } from '../../source/wizard/context.js';
import { translator } from '../../source/wizard/strings.js';
import { catalogs } from './replay.js';

export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  left: '\u001B[D',
  right: '\u001B[C',
  home: '\u001B[H',
  end: '\u001B[F',
  delete: '\u001B[3~',
  wordLeft: '\u001B[1;3D',
  wordRight: '\u001B[1;3C',
  ctrlA: '\u0001',
  ctrlE: '\u0005',
  ctrlU: '\u0015',
  ctrlW: '\u0017',
  enter: '\r',
  escape: '\u001B',
  tab: '\t',
  backspace: '\u007F',
  space: ' ',
};

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

/**
 * How long a frame must stay the same to count as settled. Under ink-testing-library Ink renders
 * in debug mode (no frame throttling): a key renders at once, and what its effects change renders
 * within the next event-loop turns, well inside this.
 */
const QUIET_MS = 10;
/** How long a key may take to show its effect before the test fails. */
const CHANGE_TIMEOUT_MS = 3000;
/** How long a frame must stay unchanged after a key that should change nothing. */
const NO_CHANGE_MS = 150;
const POLL_MS = 2;

export interface Driver {
  frame(): string;
  /**
   * Writes one key, waits until the frame changes (or, given `until`, until that holds: a key that
   * finishes the wizard leaves the last frame as it was), then until the frame settles. Fails
   * if neither happens in time.
   */
  press(key: string, until?: () => boolean): Promise<void>;
  /**
   * Writes typed text and waits until the frame settles. Unlike press, it does not insist on a
   * change: a trailing space in a text field shows nothing until the next character.
   */
  type(text: string): Promise<void>;
  /** Writes a key that must leave the screen as it is, and fails if the frame changes. */
  pressExpectingNoChange(key: string): Promise<void>;
  /**
   * Writes the keys one right after the other, with no frame in between (as a paste, an SSH link
   * or tmux send-keys deliver them), then waits until the frame settles.
   */
  burst(...keys: string[]): Promise<void>;
  /** Waits until the frame shows the text and has settled. */
  waitFor(text: string | RegExp, timeout?: number): Promise<void>;
  unmount(): void;
  finished: Record<string, unknown> | undefined;
  /** The documents the finish chose to write, with the answers. */
  documents: DocumentOption[] | undefined;
}

export function startWizard(props: {
  store: SessionStore;
  uiLang?: Language;
  edit?: Parameters<typeof App>[0]['edit'];
  documents?: DocumentOption[];
}): Driver {
  const driver = { finished: undefined, documents: undefined } as Driver;
  const app = render(
    <App
      context={wizardContext(props.uiLang)}
      store={props.store}
      saved={props.store.load()}
      edit={props.edit}
      documents={props.documents}
      onFinish={(answers, documents) => {
        driver.finished = answers;
        driver.documents = documents;
      }}
    />,
  );
  const frame = () => app.lastFrame() ?? '';
  /** Waits until the frame has not changed for QUIET_MS. */
  const settled = async () => {
    let last = frame();
    for (let quiet = 0; quiet < QUIET_MS; quiet += POLL_MS) {
      await delay(POLL_MS);
      if (frame() !== last) {
        last = frame();
        quiet = -POLL_MS;
      }
    }
  };
  driver.frame = frame;
  driver.press = async (key, until) => {
    const before = frame();
    const done = until ?? (() => frame() !== before);
    app.stdin.write(key);
    for (let waited = 0; !done(); waited += POLL_MS) {
      if (waited >= CHANGE_TIMEOUT_MS)
        throw new Error(
          `key ${JSON.stringify(key)} ${until ? 'did not lead to the expected state' : 'changed nothing'}; screen:\n${frame()}`,
        );
      await delay(POLL_MS);
    }
    await settled();
  };
  driver.type = async (text) => {
    app.stdin.write(text);
    await settled();
  };
  driver.burst = async (...keys) => {
    for (const key of keys) app.stdin.write(key);
    await settled();
  };
  driver.pressExpectingNoChange = async (key) => {
    const before = frame();
    app.stdin.write(key);
    for (let waited = 0; waited < NO_CHANGE_MS; waited += POLL_MS) {
      await delay(POLL_MS);
      if (frame() !== before) throw new Error(`key ${JSON.stringify(key)} changed the screen from:\n${before}\nto:\n${frame()}`);
    }
  };
  driver.waitFor = async (text, timeout = 3000) => {
    const matches = () => (typeof text === 'string' ? frame().includes(text) : text.test(frame()));
    for (let waited = 0; waited < timeout && !matches(); waited += POLL_MS) await delay(POLL_MS);
    if (!matches()) throw new Error(`timed out waiting for ${String(text)}; screen:\n${frame()}`);
    await settled();
  };
  driver.unmount = () => app.unmount();
  return driver;
}

/**
 * ink-testing-library's terminal is 100 columns wide, fixed in its Stdout class: this makes it
 * `columns` wide for the tests of the file that calls it.
 */
export function terminalColumns(columns: number) {
  let proto: object;
  let original: PropertyDescriptor | undefined;
  beforeAll(() => {
    const probe = render(<Text>-</Text>);
    proto = Object.getPrototypeOf(probe.stdout);
    original = Object.getOwnPropertyDescriptor(proto, 'columns');
    Object.defineProperty(proto, 'columns', { configurable: true, get: () => columns });
    probe.unmount();
  });
  afterAll(() => {
    if (original) Object.defineProperty(proto, 'columns', original);
  });
}

/** The frame that shows the question `id` of the root (base []) or of the group item at `base`. */
export function frameOf(base: PathSegment[], id: string): Frame {
  const index = questionsAt({ bank: loadQuestionBank(), catalogs }, base).findIndex((q) => q.id === id);
  if (index < 0) throw new Error(`no question ${id} at ${base.join('.') || 'the root'}`);
  return { base, index };
}

/** A wizard resumed from a saved session at `stack`, on that question's screen. */
export async function resumeAt(draft: Draft, stack: Frame[], uiLang: Language = 'en'): Promise<{ w: Driver; store: MemoryStore }> {
  const store = new MemoryStore();
  store.saved = { formatVersion: 1, draft, stack };
  const w = startWizard({ store, uiLang });
  const resume = loadUiStrings().startResume![uiLang].split('(')[0]!.trim();
  await w.waitFor(resume);
  await w.press(KEY.enter);
  return { w, store };
}
