/**
 * Keys that arrive together give what the same keys typed one at a time give: on a list, in a
 * text field with backspaces, with a long paste. And the values people type: dates day first,
 * today by default, web addresses without https://.
 */
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../source/core/answers/schema.js';
import { loadUiStrings } from '../../source/core/flow/bank.js';
import { getAt } from '../../source/core/flow/draft.js';
import { type Driver, KEY, MemoryStore, startWizard } from '../support/ink.js';
import { answerOpening, atLegalName, atStartDate } from '../support/wizard-answers.js';

afterEach(() => cleanup());

const ui = loadUiStrings();
const saved = (store: MemoryStore, ...path: string[]) => getAt(store.saved?.draft, path);

describe('keys that arrive together', () => {
  it('on a list: ↓ ↓ ↓ Enter in one burst chooses what they choose one at a time', async () => {
    const slow = new MemoryStore();
    const a = startWizard({ store: slow });
    await a.waitFor('What kind of business do you run?');
    for (const key of [KEY.down, KEY.down, KEY.down]) await a.press(key);
    await a.press(KEY.enter);
    await a.waitFor('In which languages');
    a.unmount();

    for (const send of [
      (w: Driver) => w.burst(KEY.down, KEY.down, KEY.down, KEY.enter),
      (w: Driver) => w.type(`${KEY.down.repeat(3)}\r`),
    ]) {
      const fast = new MemoryStore();
      const b = startWizard({ store: fast });
      await b.waitFor('What kind of business do you run?');
      await send(b);
      await b.waitFor('In which languages');
      expect(saved(fast, '$businessType')).toBe(saved(slow, '$businessType'));
      b.unmount();
    }
    expect(saved(slow, '$businessType')).toBeDefined();
  });

  it('Esc twice in one burst goes back two questions, as Esc pressed twice does', async () => {
    // Ink hands on two ESC bytes read together as one event, which once went back nowhere.
    for (const send of [(w: Driver) => w.burst(KEY.escape, KEY.escape), (w: Driver) => w.type(KEY.escape.repeat(2))]) {
      const { w } = await atStartDate('web');
      await send(w);
      await w.waitFor(/question 1 of 3/);
      w.unmount();
    }
  });

  it('Esc and Enter in one burst go back and confirm, as pressed one at a time', async () => {
    // Ink hands on ESC before a control byte as one event (Alt+Enter), which once did nothing.
    const screenAfter = async (send: (w: Driver) => Promise<void>) => {
      const { w } = await atStartDate('web');
      await w.type('zzz'); // typed, not confirmed: leaving the question drops it
      await send(w);
      await w.waitFor(/question 3 of 3/);
      const frame = w.frame();
      w.unmount();
      return frame;
    };
    const slow = await screenAfter(async (w) => {
      await w.press(KEY.escape);
      await w.press(KEY.enter);
    });
    expect(slow).not.toContain('zzz');
    expect(await screenAfter((w) => w.burst(KEY.escape, KEY.enter))).toBe(slow);
  });

  it('on a multi-select: ↓ ↓ Space Enter in one burst toggles the entry the arrows reached', async () => {
    const answer = async (burst: boolean) => {
      const store = new MemoryStore();
      const w = startWizard({ store });
      await w.waitFor('What kind of business do you run?');
      await w.type('consult');
      await w.press(KEY.enter);
      await w.waitFor('In which languages');
      if (burst) await w.burst(KEY.down, KEY.down, KEY.space, KEY.enter);
      else for (const key of [KEY.down, KEY.down, KEY.space, KEY.enter]) await w.press(key);
      await w.waitFor('From which date');
      w.unmount();
      return saved(store, 'languages');
    };
    const slow = await answer(false);
    expect(await answer(true)).toEqual(slow);
    expect((slow as string[]).length).toBe(3); // one of the four was switched off
  });

  it('carry on to the next question: keys after Enter answer the question that follows', async () => {
    const store = new MemoryStore();
    const w = startWizard({ store });
    await w.waitFor('What kind of business do you run?');
    await w.type('consult\r\r2026-04-01\rLambert Conseil\r');
    await w.waitFor('legal form');
    expect(saved(store, 'effectiveDate')).toBe('2026-04-01');
    expect(saved(store, 'controller', 'legalName')).toBe('Lambert Conseil');
  });

  it('in a text field: a burst of backspaces erases, never inserting invisible DEL characters', async () => {
    const { w, store } = await atLegalName();
    await w.type('Acmx\u007f\u007fe Corp\r');
    await w.waitFor('legal form');
    expect(saved(store, 'controller', 'legalName')).toBe('Ace Corp');
  });

  it(`keeps a ${MAX_TEXT_LENGTH}-character paste whole, in whatever slices it arrives`, async () => {
    const { w, store } = await atLegalName();
    const paste = Array.from({ length: MAX_TEXT_LENGTH }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
    await w.burst(paste.slice(0, 2048), paste.slice(2048, 4096), paste.slice(4096), KEY.enter);
    await w.waitFor('legal form');
    expect(saved(store, 'controller', 'legalName')).toBe(paste);
  });

  it('refuses a longer paste at the question, saying the limit, and keeps it for shortening', async () => {
    const { w, store } = await atLegalName();
    await w.burst('x'.repeat(4096), 'x'.repeat(MAX_TEXT_LENGTH + 100 - 4096), KEY.enter);
    const [before] = ui.textTooLong!.en.split('{{count}}');
    await w.waitFor(`${before}${MAX_TEXT_LENGTH + 100}`);
    expect(w.frame()).toContain(String(MAX_TEXT_LENGTH));
    expect(saved(store, 'controller', 'legalName')).toBeUndefined();
    for (let i = 0; i < 100; i++) await w.type(KEY.backspace);
    await w.press(KEY.enter);
    await w.waitFor('legal form');
    expect((saved(store, 'controller', 'legalName') as string).length).toBe(MAX_TEXT_LENGTH);
  });
});

describe('values as people type them', () => {
  const toDate = async () => {
    const store = new MemoryStore();
    const w = startWizard({ store });
    await w.waitFor('What kind of business do you run?');
    await w.type('consult');
    await w.press(KEY.enter);
    await w.waitFor('In which languages');
    await w.press(KEY.enter);
    await w.waitFor('From which date');
    return { w, store };
  };

  it('reads 1-3-2026 day first and saves 2026-03-01, showing it', async () => {
    const { w, store } = await toDate();
    await w.type('1-3-2026');
    expect(w.frame()).toContain('2026-03-01');
    await w.press(KEY.enter);
    await w.waitFor('registered name');
    expect(saved(store, 'effectiveDate')).toBe('2026-03-01');
  });

  it('refuses 31-2-2026 with the reason, then takes the date once corrected with Home and Delete', async () => {
    const { w, store } = await toDate();
    await w.type('31-2-2026');
    await w.press(KEY.enter);
    await w.waitFor('28');
    expect(w.frame()).toContain('31-2-2026');
    expect(saved(store, 'effectiveDate')).toBeUndefined();
    await w.burst(KEY.home, KEY.delete, KEY.delete, '28');
    await w.press(KEY.enter);
    await w.waitFor('registered name');
    expect(saved(store, 'effectiveDate')).toBe('2026-02-28');
  });

  it('offers today: Enter on the empty date saves it', async () => {
    const { w, store } = await toDate();
    const now = new Date();
    await w.press(KEY.enter);
    await w.waitFor('registered name');
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(saved(store, 'effectiveDate')).toBe(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`);
  });

  it('completes www.example.be with https://, showing it before it is saved, for the website and the notice', async () => {
    const store = new MemoryStore();
    const w = startWizard({ store });
    await answerOpening(w);
    await w.type('0665.123.060\rclaire@lambert-conseil.be\r\r');
    await w.waitFor('Website address');
    await w.type('www.lambert-conseil.be');
    expect(w.frame()).toContain('https://www.lambert-conseil.be');
    await w.press(KEY.enter);
    // With a website, the wizard asks where the notice will be published: completed the same way.
    await w.waitFor('this privacy notice will be published');
    expect(saved(store, 'controller', 'website')).toBe('https://www.lambert-conseil.be');
    await w.type('lambert-conseil.be/privacy');
    expect(w.frame()).toContain('https://lambert-conseil.be/privacy');
    await w.press(KEY.enter);
    await w.waitFor('on behalf of clients');
    expect(saved(store, 'noticeUrl')).toBe('https://lambert-conseil.be/privacy');
  });
});

describe('the look of each screen', () => {
  it('shows the answers given so far as a trail, and progress that moves within a section', async () => {
    const { w } = await atLegalName();
    expect(w.frame()).toMatch(/◇ From which date[^\n]*· 1-4-2026/);
    const line = () => /Section \d+ of \d+ · [^\n]*/.exec(w.frame())?.[0];
    const before = line();
    await w.type('Lambert Conseil');
    await w.press(KEY.enter);
    await w.waitFor('legal form');
    expect(line()).not.toBe(before);
  });

  it('closes the section menu on Esc, back at the question', async () => {
    const { w } = await atLegalName();
    await w.press(KEY.tab);
    await w.waitFor(ui.sectionsTitle!.en);
    await w.press(KEY.escape);
    expect(w.frame()).not.toContain(ui.sectionsTitle!.en);
    expect(w.frame()).toContain('registered name');
  });

  it('stops at the end of a list: ↓ past the last entry stays there', async () => {
    const store = new MemoryStore();
    const w = startWizard({ store });
    await w.waitFor('What kind of business do you run?');
    await w.type('consult');
    await w.press(KEY.enter);
    await w.waitFor('In which languages');
    await w.burst(...Array.from({ length: 10 }, () => KEY.down), KEY.space, KEY.enter);
    await w.waitFor('From which date');
    expect((saved(store, 'languages') as string[]).length).toBe(3); // the last was switched off, not the first
    expect((saved(store, 'languages') as string[])[0]).toBe('en');
  });
});
