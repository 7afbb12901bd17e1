/**
 * The special-categories question where the activity's data include one (a physiotherapist's
 * patient file): Yes is under the cursor, so Enter goes on to the special categories, and the
 * list to choose from holds the catalog's special categories only. Real keystrokes.
 */
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { loadQuestionBank } from '../../source/core/flow/bank.js';
import { getAt } from '../../source/core/flow/draft.js';
import { frameOf, KEY, resumeAt } from '../support/ink.js';
import { catalogs } from '../support/replay.js';
import { waitUntil } from '../support/wait.js';

afterEach(() => cleanup());

const questions = (ids: string[]) => {
  const all = loadQuestionBank().sections.flatMap((s) => s.questions);
  const activities = all.find((q) => q.id === 'activities')!;
  const flat = [...activities.item!, ...activities.item!.flatMap((q) => q.item ?? [])];
  return ids.map((id) => flat.find((q) => q.id === id)!);
};
const [hasSpecial, group, choice] = questions(['has-special', 'special-categories', 'special-category']);
const ACTIVITY = ['activities', 0];
const care = {
  id: 'treatment',
  preset: 'patient-care',
  dataSubjects: ['patients'],
  dataCategories: ['identity', 'patient-file'],
  purposes: [{ purpose: 'patient-care', basis: 'contract' }],
};
const draft = { languages: ['en'], activities: [care] };
const special = Object.entries(catalogs['data-categories']).flatMap(([, entry]) => (entry.special ? [entry.label.en] : []));
const ordinary = Object.entries(catalogs['data-categories']).flatMap(([, entry]) => (entry.special ? [] : [entry.label.en]));

describe('special categories where the data hold one', () => {
  it('has Yes under the cursor: Enter saves Yes and goes on to the special categories', async () => {
    const { w, store } = await resumeAt(draft, [frameOf([], 'activities'), frameOf(ACTIVITY, 'has-special')]);
    await w.waitFor(hasSpecial!.prompt.en);
    await w.press(KEY.enter);
    await waitUntil(() => getAt(store.saved?.draft as Record<string, unknown>, [...ACTIVITY, '$hasSpecial']) !== undefined, 'saved');
    expect(getAt(store.saved?.draft as Record<string, unknown>, [...ACTIVITY, '$hasSpecial'])).toBe(true);
    await w.waitFor(group!.prompt.en);
  });

  it('offers only the special categories when one is added', async () => {
    const { w } = await resumeAt({ ...draft, activities: [{ ...care, $hasSpecial: true, specialCategories: [{}] }] }, [
      frameOf([], 'activities'),
      frameOf(ACTIVITY, 'special-categories'),
      frameOf([...ACTIVITY, 'specialCategories', 0], 'special-category'),
    ]);
    await w.waitFor(choice!.prompt.en);
    const frame = w.frame().toLowerCase();
    for (const label of special) expect(frame).toContain(label.toLowerCase());
    // The ordinary ones are not offered: the first of them had the cursor before.
    for (const label of ordinary) expect(frame).not.toContain(label.toLowerCase());
  });
});
