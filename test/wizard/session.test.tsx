/**
 * Whole wizard sessions driven by real keystrokes through ink-testing-library, one key at a
 * time, each waiting for the frame to change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { getAt } from '../../source/core/flow/draft.js';
import { openSessionStore } from '../../source/session/store.js';
import { KEY, MemoryStore, startWizard, type Driver } from '../support/ink.js';
import { EXAMPLES, tempDir } from '../support/cli.js';

afterEach(() => cleanup());

/** Answers the questions up to the situations, as a Namur consultant would. */
async function answerOpening(w: Driver) {
  await w.waitFor('What kind of business do you run?');
  await w.type('consult');
  await w.press(KEY.enter);
  await w.waitFor('In which languages');
  await w.press(KEY.enter); // all four, the default
  await w.waitFor('From which date');
  await w.type('2026-04-01');
  await w.press(KEY.enter);
  await w.waitFor('registered name');
  await w.type('Lambert Conseil');
  await w.press(KEY.enter);
  await w.waitFor('legal form');
  await w.press(KEY.enter);
  await w.waitFor('another name');
  await w.press(KEY.enter);
  await w.waitFor('Street and number');
  await w.type('Rue de Fer 21');
  await w.press(KEY.enter);
  await w.waitFor('Postal code');
  await w.type('5000');
  await w.press(KEY.enter);
  await w.waitFor('City?');
  await w.type('Namur');
  await w.press(KEY.enter);
  await w.waitFor('Country of your registered office');
  await w.press(KEY.enter); // Belgium, the default
  await w.waitFor('Enterprise number');
}

async function answerUpToSituations(w: Driver) {
  await answerOpening(w);
  await w.type('0665.123.060');
  await w.press(KEY.enter);
  await w.waitFor('Email address for privacy questions');
  await w.type('claire@lambert-conseil.be');
  await w.press(KEY.enter);
  await w.waitFor('Phone number');
  await w.press(KEY.enter);
  await w.waitFor('Website address');
  await w.press(KEY.enter);
  await w.waitFor('on behalf of clients');
  await w.press(KEY.enter); // No
  await w.waitFor('data protection officer');
  await w.press(KEY.enter); // No
  await w.waitFor('In which situations');
}

async function answerToReview(w: Driver) {
  await w.press(KEY.enter); // the situations suggested for a consultancy
  await w.waitFor('check each one');
  await w.press(KEY.enter); // Done
  await w.waitFor('Recipients');
  await w.press(KEY.down);
  await w.press(KEY.enter); // Done, no recipients
  await w.waitFor('How do you check who is asking');
  await w.press(KEY.enter);
  await w.waitFor('web form');
  await w.press(KEY.enter);
  await w.waitFor('automated means');
  await w.press(KEY.enter);
  await w.waitFor('cookies or similar');
  await w.press(KEY.enter);
  await w.waitFor('security measures');
  await w.press(KEY.space);
  await w.press(KEY.enter);
  await w.waitFor('aimed at children');
  await w.press(KEY.enter);
  await w.waitFor('announce changes');
  await w.press(KEY.enter);
  await w.waitFor('Review your answers');
}

describe('a wizard session', () => {
  it('goes from an empty store to finished answers, saving each one', async () => {
    const store = new MemoryStore();
    const w = startWizard({ store });
    await answerUpToSituations(w);
    await answerToReview(w);
    expect(w.frame()).toContain('⚠ [recipients-listed]'); // a warning: no recipients named
    expect(w.frame()).toContain('Write the privacy notice');
    await w.press(KEY.enter);
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
    await w.waitFor('fails the check-digit test');
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
    await w.press(KEY.up); // from "Done" to "Add one"
    await w.press(KEY.up); // to the last situation
    await w.press(KEY.enter);
    await w.press(KEY.enter); // Edit
    await w.waitFor('Which situation is this?');
    await w.press(KEY.enter); // keep the preset
    await w.waitFor('Describe the situation');
    await w.press(KEY.enter); // the standard description
    await w.waitFor('A short id');
    await w.press(KEY.enter); // keep the id
    await w.waitFor('Whose data is this?');
    await w.press(KEY.enter); // keep the suggested people
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
    const { statSync } = require('node:fs') as typeof import('node:fs');
    expect(statSync(store.path).mode & 0o777).toBe(0o600);
    expect(join(cwd, 'session-client-a.json')).toBe(store.path);
    expect(openSessionStore({ profile: 'client-a', cwd }).load()).toMatchObject({ formatVersion: 1, draft: { languages: ['en'] } });
  });

  it('keeps a broken store aside instead of wiping it silently', () => {
    const cwd = tempDir();
    const { writeFileSync, readFileSync: read } = require('node:fs') as typeof import('node:fs');
    writeFileSync(join(cwd, 'session-x.json'), '{"formatVersion": 1, "draft": {');
    const store = openSessionStore({ profile: 'x', cwd });
    expect(store.brokenBackup).toBeDefined();
    expect(read(store.brokenBackup!, 'utf8')).toBe('{"formatVersion": 1, "draft": {');
    expect(store.load()).toBeUndefined();
  });
});

describe('export and replay', () => {
  it('give byte-identical files to the wizard’s own output', async () => {
    const { spawnSync } = await import('node:child_process');
    const { readdirSync } = await import('node:fs');
    const { writeNotice } = await import('../../source/wizard/finish.js');
    const { catalogs } = await import('../support/replay.js');
    const { CLI } = await import('../support/cli.js');
    const home = tempDir();
    const store = openSessionStore({ profile: 'roundtrip', cwd: join(home, 'privacy-wizard') });
    const w = startWizard({ store });
    await answerUpToSituations(w);
    await answerToReview(w);
    await w.press(KEY.enter);
    expect(w.finished).toBeDefined();

    const wizardOut = join(home, 'wizard-out');
    const written = writeNotice(w.finished!, catalogs, wizardOut);
    expect(written.ok).toBe(true);

    const env = { ...process.env, XDG_CONFIG_HOME: home };
    const exported = spawnSync(process.execPath, [CLI, 'export', '--profile', 'roundtrip'], { encoding: 'utf8', env });
    expect(exported.status, exported.stderr).toBe(0);
    const answersFile = join(home, 'answers.yaml');
    (await import('node:fs')).writeFileSync(answersFile, exported.stdout);
    const replayOut = join(home, 'replay-out');
    const replayed = spawnSync(process.execPath, [CLI, '--answers', answersFile, '--out', replayOut, '--quiet'], { encoding: 'utf8', env });
    expect(replayed.status, replayed.stderr).toBe(0);

    const names = readdirSync(wizardOut).sort();
    expect(names).toHaveLength(16);
    expect(readdirSync(replayOut).sort()).toEqual(names);
    for (const name of names) {
      expect(readFileSync(join(replayOut, name)).equals(readFileSync(join(wizardOut, name))), name).toBe(true);
    }
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
    await w.waitFor('Recipients: service providers');
  });

  it('stops on Esc when there is nothing to go back to', async () => {
    const w = startWizard({ store: new MemoryStore() });
    await w.waitFor('What kind of business');
    await w.press(KEY.escape);
    await w.press('x'); // the wizard has stopped: no filter appears
    expect(w.finished).toBeUndefined();
    expect(w.frame()).not.toContain('Filter: x');
  });

  it('opens an answers file for editing at the review, and finishes with the same answers', async () => {
    const { loadAnswers } = await import('../support/replay.js');
    const { EXAMPLES } = await import('../support/cli.js');
    const { answers } = loadAnswers(join(EXAMPLES, 'consultant.yaml'));
    const w = startWizard({ store: new MemoryStore(), edit: answers });
    await w.waitFor('Review your answers');
    expect(w.frame()).toContain('No problems found');
    await w.press(KEY.enter);
    const { readForReplay } = await import('../../source/core/pipeline.js');
    const { stringify } = await import('yaml');
    const { catalogs } = await import('../support/replay.js');
    const again = readForReplay(stringify(w.finished), 'finished', catalogs);
    expect(again.ok && again.answers).toEqual(answers);
  });
});

describe('the review screen', () => {
  it('lists the same findings as `privacy-wizard check`, and finishes only without errors', async () => {
    const { spawnSync } = await import('node:child_process');
    const { writeFileSync } = await import('node:fs');
    const { readAnswers } = await import('../../source/core/answers/parse.js');
    const { catalogs } = await import('../support/replay.js');
    const { CLI, EXAMPLES } = await import('../support/cli.js');
    const text = readFileSync(join(EXAMPLES, 'consultant.yaml'), 'utf8')
      .replace('    source:\n      from: your-employer\n', '')
      .replace('  - service: zoom\n    role: processor\n    countries: [US]\n    safeguard: dpf\n', '  - service: zoom\n    role: processor\n    countries: [US]\n');
    const file = join(tempDir(), 'flawed.yaml');
    writeFileSync(file, text);

    const check = spawnSync(process.execPath, [CLI, 'check', file, '--format', 'json'], { encoding: 'utf8' });
    expect(check.status).toBe(1);
    const report = JSON.parse(check.stdout) as { findings: { rule: string; severity: string }[] };
    const rules = report.findings.map((f) => `${f.severity}:${f.rule}`).sort();
    expect(rules).toEqual(expect.arrayContaining(['error:transfer-safeguard', 'warning:source-stated']));

    const read = readAnswers(text, file, catalogs);
    expect(read.ok).toBe(true);
    const w = startWizard({ store: new MemoryStore(), edit: read.ok ? read.answers : undefined });
    await w.waitFor('Review your answers');
    const shown = [...w.frame().matchAll(/([✗⚠]) \[([a-z-]+)\]/g)].map((m) => `${m[1] === '✗' ? 'error' : 'warning'}:${m[2]}`).sort();
    expect(shown).toEqual(rules);
    expect(w.frame()).not.toContain('Write the privacy notice');
  });
});
