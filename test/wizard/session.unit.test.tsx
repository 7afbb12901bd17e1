/**
 * Whole wizard sessions driven by real keystrokes through ink-testing-library, one key at a
 * time, each waiting for the frame to settle. In memory: the end-to-end ones (the built CLI
 * beside the wizard) are in session.test.tsx.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { getAt } from '../../source/core/flow/draft.js';
import { readForReplay } from '../../source/core/pipeline.js';
import { openSessionStore } from '../../source/session/store.js';
import { EXAMPLES, tempDir } from '../support/cli.js';
import { KEY, MemoryStore, startWizard } from '../support/ink.js';
import { catalogs, loadAnswers } from '../support/replay.js';
import { answerOpening, answerToReview, answerUpToSituations } from '../support/wizard-answers.js';

afterEach(() => cleanup());

describe('a wizard session', () => {
  it('goes from an empty store to finished answers, saving each one', async () => {
    const store = new MemoryStore();
    const w = startWizard({ store });
    await answerUpToSituations(w);
    await answerToReview(w);
    expect(w.frame()).toMatch(/^ *⚠ /m); // a warning: no recipients named
    expect(w.frame()).toContain('Write the privacy notice');
    await w.press(KEY.enter); // the review's finish line: on to the documents to write
    await w.press(KEY.enter, () => w.finished !== undefined);
    expect(w.finished).toMatchObject({
      version: 1,
      languages: ['en', 'nl', 'fr', 'de'],
      controller: { legalName: 'Lambert Conseil', enterpriseNumber: '0665.123.060', address: { country: 'BE' } },
    });
    expect((w.finished!.activities as unknown[]).length).toBeGreaterThan(0);
    expect(store.writes).toBeGreaterThan(20);
  });

  it('rejects a bad answer with the same rule replay applies, then accepts a good one', async () => {
    const w = startWizard({ store: new MemoryStore() });
    await answerOpening(w);
    await w.type('0665.123.061');
    await w.press(KEY.enter);
    await w.waitFor('Crossroads Bank for Enterprises (CBE)'); // the UI's words, not the answers file's
    for (let i = 0; i < 12; i++) await w.press(KEY.backspace);
    await w.type('0665.123.060');
    await w.press(KEY.enter);
    await w.waitFor('Email address for privacy questions');
  });

  it('goes back to change an earlier answer', async () => {
    const store = new MemoryStore();
    const w = startWizard({ store });
    await answerOpening(w);
    await w.press(KEY.escape);
    await w.waitFor('Country of your registered office');
    await w.press(KEY.escape);
    await w.waitFor('City?');
    for (let i = 0; i < 5; i++) await w.press(KEY.backspace);
    await w.type('Jambes');
    await w.press(KEY.enter);
    await w.waitFor('Country of your registered office');
    expect(getAt(store.saved!.draft, ['controller', 'address', 'city'])).toBe('Jambes');
    expect(getAt(store.saved!.draft, ['controller', 'address', 'street'])).toBe('Rue de Fer 21');
  });

  it('accepts a preset, then edits what it suggested', async () => {
    const store = new MemoryStore();
    const w = startWizard({ store });
    await answerUpToSituations(w);
    await w.press(KEY.enter);
    await w.waitFor('check each one');
    await w.press(KEY.end); // the cursor starts on the first situation: to "Done"
    await w.press(KEY.up); // from "Done" to "Add one"
    await w.press(KEY.up); // to the last situation
    await w.press(KEY.enter);
    await w.press(KEY.enter); // Edit
    await w.waitFor('Which situation is this?');
    await w.press(KEY.enter); // keep the preset
    await w.waitFor('Describe the situation');
    await w.press(KEY.enter); // the standard description
    await w.waitFor('Whose data is this?'); // no id asked: the wizard works it out
    await w.press(KEY.enter); // keep the suggested people
    await w.waitFor('Are some of these people minors'); // customers may be: a salon's, a practice's
    await w.press(KEY.enter); // No, the default
    await w.waitFor('Which personal data');
    const before = getAt(store.saved!.draft, store.saved!.stack.at(-1)!.base.concat('dataCategories')) as string[];
    await w.press(KEY.space); // unselect the first suggested category
    await w.press(KEY.enter);
    await w.waitFor('Purposes and their legal basis');
    const after = getAt(store.saved!.draft, store.saved!.stack.at(-1)!.base.concat('dataCategories')) as string[];
    expect(after.length).toBe(before.length - 1);
  });

  it('is torn down mid-way and resumes at the same question with earlier answers intact', async () => {
    const cwd = tempDir();
    const first = startWizard({ store: openSessionStore({ profile: 'acme', cwd }) });
    await answerOpening(first);
    first.unmount();

    const store = openSessionStore({ profile: 'acme', cwd });
    expect(JSON.parse(readFileSync(store.path, 'utf8')).formatVersion).toBe(1);
    const again = startWizard({ store });
    await again.waitFor('You have saved answers');
    await again.press(KEY.enter); // resume
    await again.waitFor('Enterprise number');
    await again.press(KEY.escape);
    await again.waitFor('Country of your registered office');
    expect(getAt(store.load()!.draft, ['controller', 'legalName'])).toBe('Lambert Conseil');
  });

  // A newcomer's trial: quitting on the first screen, then starting again, offered to
  // "resume where you stopped (saved answers: 0)".
  it('goes straight on from a session left before any answer, with no start menu', async () => {
    const cwd = tempDir();
    const first = startWizard({ store: openSessionStore({ profile: 'empty', cwd }) });
    const opening = first.frame();
    expect(opening).not.toContain('You have saved answers');
    first.unmount();

    const store = openSessionStore({ profile: 'empty', cwd });
    const again = startWizard({ store });
    await again.waitFor(opening.split('\n').find((line) => line.includes('?'))!);
    expect(again.frame()).not.toContain('You have saved answers');
  });

  it('goes straight on, with the kind of business kept, from a session left after only that', async () => {
    const cwd = tempDir();
    const first = startWizard({ store: openSessionStore({ profile: 'kind', cwd }) });
    await first.waitFor('What kind of business do you run?');
    await first.type('consult');
    await first.press(KEY.enter);
    await first.waitFor('In which languages');
    first.unmount();

    const store = openSessionStore({ profile: 'kind', cwd });
    expect(store.load()!.draft.$businessType).toBeDefined();
    const again = startWizard({ store });
    await again.waitFor('In which languages');
    expect(again.frame()).not.toContain('You have saved answers');
  });

  it('refuses to load a file too large to be answers, then loads a real one', async () => {
    const dir = tempDir();
    const huge = join(dir, 'huge.yaml');
    writeFileSync(huge, `# ${'x'.repeat(600 * 1024)}\n`);
    const store = new MemoryStore();
    store.save({ draft: { languages: ['en'] }, stack: [{ base: [], index: 1 }] });
    const w = startWizard({ store });
    await w.waitFor('You have saved answers');
    await w.press(KEY.down);
    await w.press(KEY.down);
    await w.press(KEY.enter);
    await w.waitFor('Path of the answers file');
    await w.type(huge);
    await w.press(KEY.enter);
    await w.waitFor('cannot be loaded');
    expect(w.frame().replace(/\s+/g, ' ')).toContain('is larger than 512 KiB');
    for (const _ of huge) await w.press(KEY.backspace);
    await w.type(join(EXAMPLES, 'consultant.yaml'));
    await w.press(KEY.enter);
    await w.waitFor(/review/i);
  });

  it('speaks the user’s language', async () => {
    const w = startWizard({ store: new MemoryStore(), uiLang: 'nl' });
    await w.waitFor('Wat voor onderneming hebt u?');
    expect(w.frame()).not.toContain('What kind of business');
  });
});

describe('the session store', () => {
  it('is readable by its owner only and carries a format version', () => {
    const cwd = tempDir();
    const store = openSessionStore({ profile: 'client-a', cwd });
    store.save({ draft: { languages: ['en'] }, stack: [{ base: [], index: 1 }] });
    expect(statSync(store.path).mode & 0o777).toBe(0o600);
    expect(join(cwd, 'session-client-a.json')).toBe(store.path);
    expect(openSessionStore({ profile: 'client-a', cwd }).load()).toMatchObject({ formatVersion: 1, draft: { languages: ['en'] } });
  });

  it('keeps a broken store aside instead of wiping it silently', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'session-x.json'), '{"formatVersion": 1, "draft": {');
    const store = openSessionStore({ profile: 'x', cwd });
    expect(store.brokenBackup).toBeDefined();
    expect(readFileSync(store.brokenBackup!, 'utf8')).toBe('{"formatVersion": 1, "draft": {');
    expect(store.load()).toBeUndefined();
  });
});

describe('moving around', () => {
  it('opens a section menu with Tab and jumps to a section', async () => {
    const w = startWizard({ store: new MemoryStore() });
    await answerOpening(w);
    await w.press('\t');
    await w.waitFor('Go to a section');
    await w.press(KEY.down);
    await w.press(KEY.down);
    await w.press(KEY.down);
    await w.press(KEY.enter);
    await w.waitFor('Which of these services do you use?'); // the recipients section opens on the suggested services
  });

  it('stops on Esc when there is nothing to go back to', async () => {
    const w = startWizard({ store: new MemoryStore() });
    await w.waitFor('What kind of business');
    const before = w.frame();
    await w.press(KEY.escape, () => true);
    await w.waitFor(/^/); // settled
    // The wizard stops where it is: the same screen, or none once Ink has unmounted (as it
    // prints with CI set); never another question.
    expect([before, '']).toContain(w.frame().trim() === '' ? '' : w.frame());
    await w.pressExpectingNoChange('x'); // the wizard has stopped: no filter appears
    expect(w.finished).toBeUndefined();
    expect(w.frame()).not.toContain('Filter: x');
  });

  it('opens an answers file for editing at the review, and finishes with the same answers', async () => {
    const { answers } = loadAnswers(join(EXAMPLES, 'consultant.yaml'));
    const w = startWizard({ store: new MemoryStore(), edit: answers });
    await w.waitFor('Review your answers');
    expect(w.frame()).toContain('No problems found');
    await w.press(KEY.enter); // the review's finish line: on to the documents to write
    await w.press(KEY.enter, () => w.finished !== undefined);
    const again = readForReplay(stringify(w.finished), 'finished', catalogs);
    // The wizard edits an activity's sources as a list: the file's one source comes back as a list of one.
    const sourcesAsLists = {
      ...answers,
      activities: answers.activities.map((a) => (a.source && !Array.isArray(a.source) ? { ...a, source: [a.source] } : a)),
    };
    expect(again.ok && again.answers).toEqual(sourcesAsLists);
  });
});
