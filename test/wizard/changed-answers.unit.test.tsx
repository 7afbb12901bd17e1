/**
 * Going back and changing an answer whose suggestions were already filled in: the new answer's
 * suggestions replace the old ones the owner never confirmed, and nothing the owner chose goes.
 * Real keystrokes through ink-testing-library.
 */
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { loadQuestionBank } from '../../source/core/flow/bank.js';
import { getAt } from '../../source/core/flow/draft.js';
import { type Driver, KEY, MemoryStore, startWizard } from '../support/ink.js';
import { catalogs } from '../support/replay.js';
import { answerUpToSituations } from '../support/wizard-answers.js';

afterEach(() => cleanup());

const draftOf = (store: MemoryStore, path: (string | number)[]) => getAt(store.saved?.draft, path);
const sectionIndex = (id: string) => loadQuestionBank().sections.findIndex((s) => s.id === id);

/** Tab opens the section menu; the section is picked by its place in the bank. */
async function jumpTo(w: Driver, section: string) {
  await w.press(KEY.tab);
  await w.waitFor('1. ');
  for (let i = 0; i < sectionIndex(section); i++) await w.press(KEY.down);
  await w.press(KEY.enter);
}

const label = (id: string) => catalogs['activity-presets'][id]!.label.en;
const ticked = (w: Driver, id: string) => w.frame().includes(`◼ ${label(id)}`);

describe('an answer changed after going back', () => {
  it('a new business type replaces the ticks of the old one the owner never confirmed', async () => {
    const store = new MemoryStore();
    const w = startWizard({ store });
    await w.waitFor('What kind of business do you run?');
    await w.type('web agency');
    await w.press(KEY.enter);
    await w.waitFor('In which languages');
    expect(draftOf(store, ['$situations'])).toEqual(catalogs['business-types']['web-agency']!.ticked);
    await w.press(KEY.escape);
    await w.waitFor('What kind of business do you run?');
    await w.type('hairdress');
    await w.press(KEY.enter);
    await w.waitFor('In which languages');
    await jumpTo(w, 'activities');
    await w.waitFor('In which situations');
    // A hairdresser's type ticks nothing: the web agency's contact form and invoicing are gone.
    expect(catalogs['business-types'].hairdresser!.ticked).toBeUndefined();
    expect(ticked(w, 'contact-form')).toBe(false);
    expect(ticked(w, 'orders-invoicing')).toBe(false);
    expect(w.frame()).toContain('◻ ');
  });

  it('keeps the situations the owner confirmed when the business type changes afterwards', async () => {
    const store = new MemoryStore();
    const w = startWizard({ store });
    await answerUpToSituations(w);
    await w.press(KEY.enter); // the consultancy's ticks, confirmed
    await w.waitFor('check each one');
    const chosen = draftOf(store, ['$situations']);
    expect(chosen).toEqual(catalogs['business-types'].consultancy!.ticked);
    await jumpTo(w, 'business');
    await w.waitFor('What kind of business do you run?');
    await w.type('hairdress');
    await w.press(KEY.enter);
    await w.waitFor('In which languages');
    expect(draftOf(store, ['$situations'])).toEqual(chosen);
    expect((draftOf(store, ['activities']) as unknown[]).length).toBe((chosen as unknown[]).length);
  });

  it('unticking a service removes the recipient it added, and only that one', async () => {
    const store = new MemoryStore();
    const w = startWizard({ store });
    await answerUpToSituations(w);
    await w.press(KEY.enter);
    await w.waitFor('check each one');
    await w.press(KEY.end);
    await w.press(KEY.enter); // Done
    await w.waitFor('Which of these services do you use?');
    const tick = async (name: string) => {
      await w.type(name);
      await w.press(KEY.space);
      await w.press(KEY.ctrlU);
    };
    await tick(catalogs.processors.mailchimp!.name);
    await tick(catalogs.processors.hetzner!.name);
    await w.press(KEY.down); // off "(skip)", which answers none
    await w.press(KEY.enter);
    await w.waitFor('Recipients');
    const services = () => ((draftOf(store, ['recipients']) as { service?: string }[] | undefined) ?? []).map((r) => r.service);
    expect(services()).toEqual(['mailchimp', 'hetzner']);
    await w.press(KEY.escape);
    await w.waitFor('Which of these services do you use?');
    await tick(catalogs.processors.mailchimp!.name); // unticked
    await w.press(KEY.down);
    await w.press(KEY.enter);
    await w.waitFor('Recipients');
    expect(services()).toEqual(['hetzner']);
  });
});
