/**
 * An item of a list added and left with Esc before any answer is not kept: the list is as it
 * was, with no empty "Item 2" in the review. Real keystrokes through ink-testing-library.
 */
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { loadQuestionBank, loadUiStrings } from '../../source/core/flow/bank.js';
import { getAt } from '../../source/core/flow/draft.js';
import { frameOf, KEY, resumeAt } from '../support/ink.js';
import { waitUntil } from '../support/wait.js';

afterEach(() => cleanup());

const ui = loadUiStrings();
const activities = loadQuestionBank()
  .sections.flatMap((s) => s.questions)
  .find((q) => q.id === 'activities')!;
const purposes = activities.item!.find((q) => q.id === 'purposes')!;
const purpose = purposes.item!.find((q) => q.id === 'purpose')!;
const ACTIVITY = ['activities', 0];
const draft = { languages: ['en'], activities: [{ id: 'x', purposes: [{ purpose: 'answer-enquiries', basis: 'consent' }] }] };
const saved = (store: { saved?: { draft: unknown } }) => getAt(store.saved?.draft as Record<string, unknown>, [...ACTIVITY, 'purposes']);

describe('an item added and left at once', () => {
  it('is gone from the list after Esc on its first question', async () => {
    const { w, store } = await resumeAt(draft, [frameOf([], 'activities'), frameOf(ACTIVITY, 'purposes')]);
    await w.waitFor(ui.groupAdd!.en);
    await w.press(KEY.down);
    await w.press(KEY.enter);
    await w.waitFor(purpose.prompt.en);
    await waitUntil(() => (saved(store) as unknown[] | undefined)?.length === 2, 'the new item is saved');
    await w.press(KEY.escape);
    await w.waitFor(ui.groupItems!.en.replace('{{count}}', '1'));
    await waitUntil(() => (saved(store) as unknown[] | undefined)?.length === 1, 'the empty item is dropped');
    expect(saved(store)).toEqual([{ purpose: 'answer-enquiries', basis: 'consent' }]);
  });
});
