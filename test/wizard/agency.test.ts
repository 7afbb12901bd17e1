/** An agency's half-done client: exported to finish in an editor, counted right on resume (issue 15, item 6). */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readAnswers } from '../../source/core/answers/parse.js';
import { countAnswers } from '../../source/core/flow/export.js';
import { commandName } from '../../source/wizard/command-name.js';
import { CLI, tempDir } from '../support/cli.js';
import { flow } from '../support/flow.js';
import { catalogs } from '../support/replay.js';

const draft = {
  $businessType: 'print-shop',
  languages: ['nl', 'fr'],
  controller: { legalName: 'Drukkerij Peeters BV', address: { street: 'Stationsstraat 4', postalCode: '2800', city: 'Mechelen' } },
};

describe('an unfinished profile', () => {
  it('is exported with what is missing as comments, a warning on stderr, and exit 0', () => {
    const home = tempDir();
    mkdirSync(join(home, 'privacy-wizard'));
    writeFileSync(
      join(home, 'privacy-wizard', 'session-acme.json'),
      JSON.stringify({ formatVersion: 1, draft, stack: [{ base: [], index: 9 }] }),
    );
    const result = spawnSync(process.execPath, [CLI, 'export', '--profile', 'acme'], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CONFIG_HOME: home },
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^privacy-wizard: warning: .*acme.* not complete/);
    // The comments name what is missing; the YAML holds exactly the answers given so far.
    expect(result.stdout).toMatch(/^# .*effectiveDate/m);
    expect(result.stdout).toMatch(/^# .*activities/m);
    const data = parse(result.stdout) as Record<string, unknown>;
    expect(data).toEqual({ version: 1, languages: ['nl', 'fr'], controller: draft.controller });
    // Finished in an editor, it is an answers file like any other.
    const read = readAnswers(result.stdout, 'acme.yaml', catalogs);
    expect(read.ok).toBe(false);
  });

  it('counts its answers, not the draft’s top-level keys', () => {
    // languages, legal name, street, postal code, city: five answers under two top-level keys (and a $ note).
    expect(countAnswers(flow, draft)).toBe(5);
    const withActivity = { ...draft, activities: [{ id: 'contact-form', preset: 'contact-form', dataSubjects: ['enquirers'] }] };
    expect(countAnswers(flow, withActivity)).toBe(7);
  });
});

describe('the command named in hints', () => {
  it.each([
    [{ npm_lifecycle_event: 'start' }, ['node', '/home/me/privacy-wizard/dist/cli.js'], 'npm start --'],
    [{ npm_command: 'exec' }, ['node', '/home/me/.npm/_npx/1a2b/node_modules/.bin/privacy-wizard'], 'npx privacy-wizard'],
    [{}, ['node', '/home/me/.npm/_npx/1a2b/node_modules/privacy-wizard/dist/cli.js'], 'npx privacy-wizard'],
    [{}, ['node', '/usr/local/bin/privacy-wizard'], 'privacy-wizard'],
  ])('%j %j → %s', (env, argv, expected) => {
    expect(commandName(env as NodeJS.ProcessEnv, argv)).toBe(expected);
  });
});
