/**
 * The wizard in memory beside the built CLI: what it writes, `export` and replay write too, and
 * its review lists what `check` finds.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { readAnswers } from '../../source/core/answers/parse.js';
import { openSessionStore } from '../../source/session/store.js';
import { writeNotice } from '../../source/wizard/finish.js';
import { CLI, EXAMPLES, tempDir } from '../support/cli.js';
import { KEY, MemoryStore, startWizard } from '../support/ink.js';
import { catalogs } from '../support/replay.js';
import { answerToReview, answerUpToSituations } from '../support/wizard-answers.js';

afterEach(() => cleanup());

describe('export and replay', () => {
  it('give byte-identical files to the wizard’s own output', async () => {
    const home = tempDir();
    const store = openSessionStore({ profile: 'roundtrip', cwd: join(home, 'privacy-wizard') });
    const w = startWizard({ store });
    await answerUpToSituations(w);
    await answerToReview(w);
    await w.press(KEY.enter); // the review's finish line: on to the documents to write
    await w.press(KEY.enter, () => w.finished !== undefined);
    expect(w.finished).toBeDefined();

    const wizardOut = join(home, 'wizard-out');
    const written = await writeNotice(w.finished!, catalogs, wizardOut);
    expect(written.ok).toBe(true);

    const env = { ...process.env, XDG_CONFIG_HOME: home };
    const exported = spawnSync(process.execPath, [CLI, 'export', '--profile', 'roundtrip'], { encoding: 'utf8', env });
    expect(exported.status, exported.stderr).toBe(0);
    const answersFile = join(home, 'answers.yaml');
    writeFileSync(answersFile, exported.stdout);
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

describe('the review screen', () => {
  it('lists the same findings as `privacy-wizard check`, and finishes only without errors', async () => {
    const text = readFileSync(join(EXAMPLES, 'consultant.yaml'), 'utf8')
      .replace('    source:\n      from: your-employer\n      data: [identity, contact-details, company-details]\n', '')
      .replace(
        '  - service: zoom\n    role: processor\n    countries: [US]\n    safeguard: dpf\n',
        '  - service: zoom\n    role: processor\n    countries: [US]\n',
      );
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
    // The review names no rule id (an internal key): it shows each finding, in plain words, with its mark.
    const shown = [...w.frame().matchAll(/^[❯ ]*([✗⚠]) /gm)].map((m) => (m[1] === '✗' ? 'error' : 'warning')).sort();
    expect(shown).toEqual(report.findings.map((f) => f.severity).sort());
    expect(w.frame()).not.toContain('Write the privacy notice');
  });
});
