/**
 * What `check` accepts, replay writes (issue 12). For generated answers files that pass the
 * schema: check finds no error ⇔ replay renders every file. Replay refuses whatever check finds an
 * error in, so the claim with teeth is "no error ⇒ every file renders": no answers that check
 * passes may crash a document. When rendering does fail (on answers check refuses), it fails with a
 * named internal error, never a TypeError. 100 cases here; `npm run fuzz` runs thousands
 * (FUZZ_RUNS, FUZZ_SEED).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify as yamlStringify } from 'yaml';
import { readAnswers } from '../source/core/answers/parse.js';
import { presetSourceEntries } from '../source/core/catalogs/schema.js';
import { checkAnswers, type Finding } from '../source/core/check/check.js';
import { LANGUAGES, type Language } from '../source/core/languages.js';
import { resolveAnswers } from '../source/core/model/resolve.js';
import { readForReplay } from '../source/core/pipeline.js';
import { type OutputFile, renderOutputs } from '../source/core/render/outputs.js';
import { answersArbitrary, catalogIds } from './support/answers-arbitrary.js';
import { listFiles, REPO, runCli, tempDir } from './support/cli.js';
import { catalogs } from './support/replay.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = Number(process.env.FUZZ_SEED ?? 20261212);
const FIXTURE = join(REPO, 'test/fixtures/model/preset-own-event.yaml');
const ids = catalogIds(catalogs);
/** Written out in full: a generated value used twice must not become a YAML alias, which answers files refuse. */
const stringify = (value: unknown): string => yamlStringify(value, { aliasDuplicateObjects: false });

interface Outcome {
  errors: Finding[];
  files: OutputFile[] | undefined;
  thrown: unknown;
  languages: Language[];
  /** What replay does: its gate (readForReplay refuses check errors), then rendering. */
  replayed: boolean;
}

/** readAnswers → checkAnswers → renderOutputs, as replay runs them, with a throw kept as data. */
function outcomeOf(text: string, file = 'generated.yaml'): Outcome {
  const read = readAnswers(text, file, catalogs);
  if (!read.ok)
    throw new Error(
      `the generator wrote an invalid answers file:\n${read.problems.map((p) => `${p.path} ${p.message}`).join('\n')}\n${text}`,
    );
  const errors = checkAnswers(read.answers, catalogs, read.languages).filter((f) => f.severity === 'error');
  let files: OutputFile[] | undefined;
  let thrown: unknown;
  try {
    files = renderOutputs(read.answers, catalogs, read.languages);
  } catch (error) {
    thrown = error;
  }
  return { errors, files, thrown, languages: read.languages, replayed: readForReplay(text, file, catalogs).ok && files !== undefined };
}

const KINDS = ['privacy-notice.%.md', 'retention-table.%.md', 'privacy-notice.%.html', 'retention-table.%.csv'];

function expectProperty(text: string): Outcome {
  const o = outcomeOf(text);
  const found = o.errors.map((f) => `${f.rule} at ${f.path.join('.')}`).join(', ');
  const crash = o.thrown instanceof Error ? o.thrown.message : String(o.thrown);
  expect(o.replayed, `check errors: [${found}]; render: ${o.thrown === undefined ? 'ok' : crash}\n${text}`).toBe(o.errors.length === 0);
  if (o.files) {
    const expected = o.languages.flatMap((lang) => KINDS.map((kind) => kind.replace('%', lang)));
    expect(o.files.map((f) => f.name).sort()).toEqual(expected.sort());
    for (const f of o.files) expect(f.content.length, f.name).toBeGreaterThan(0);
  } else {
    expect(crash, text).toMatch(/^internal error: /);
  }
  return o;
}

describe('check finds no error ⇔ replay renders every file', () => {
  it(`holds for ${RUNS} generated answers files (seed ${SEED})`, { timeout: Math.max(60_000, RUNS * 500) }, () => {
    let clean = 0;
    let refused = 0;
    fc.assert(
      fc.property(answersArbitrary(catalogs), (answers) => {
        const o = expectProperty(stringify(answers));
        if (o.errors.length === 0) clean++;
        else refused++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The generator reaches both sides, or the property would say little.
    expect(clean).toBeGreaterThan(RUNS / 20);
    expect(refused).toBeGreaterThan(RUNS / 20);
  });

  // Deterministic coverage of the override rule: every retention preset with each field overridden.
  const base = parse(readFileSync(FIXTURE, 'utf8')) as { activities: Record<string, unknown>[] };
  const own = Object.fromEntries(LANGUAGES.map((lang) => [lang, `after the project is delivered (${lang})`]));
  const overrides: Record<string, Record<string, unknown>> = {
    'no override': {},
    period: { period: { months: 7 } },
    'from as a catalog event': { from: ids.events.find((id) => id !== 'end-of-financial-year') },
    'from as own text': { from: own },
    'reason from the catalog': { reason: 'legal-claims' },
    'reason as own text': { reason: own },
    'period and own from': { period: { weeks: 3 }, from: own },
  };
  const withRule = (rule: Record<string, unknown>) =>
    stringify({
      ...base,
      activities: [{ ...base.activities[0], purposes: [{ purpose: 'process-orders', basis: 'contract' }], retention: [rule] }],
    });

  describe.each(ids.retentionPresets)('retention preset %s', (presetId) => {
    const preset = catalogs['retention-presets'][presetId]!;
    it.each(Object.keys(overrides))('with %s: merged field by field, and the property holds', (name) => {
      const rule = { preset: presetId, ...overrides[name] };
      const text = withRule(rule);
      const o = expectProperty(text);
      const read = readAnswers(text, 'x.yaml', catalogs);
      if (!read.ok) throw new Error('invalid');
      const merged = resolveAnswers(read.answers, catalogs).activities[0]!.retention[0]!;
      // The override rule (README, "A retention rule"): a field given wins, a field not given comes from the preset.
      const given = rule as { period?: unknown; from?: unknown; reason?: unknown };
      expect(merged.period).toEqual(given.period ?? preset.period);
      expect(merged.from?.own ?? merged.from?.id).toEqual(given.from ?? preset.from);
      expect(merged.reason?.own ?? merged.reason?.id).toEqual(given.reason ?? preset.reason);
      // An own event needs a period: check refuses it exactly when neither the rule nor the preset has one.
      const lacksPeriod = typeof given.from === 'object' && given.period === undefined && preset.period === undefined;
      expect(o.errors.some((f) => f.rule === 'retention-event')).toBe(lacksPeriod);
    });
  });

  it.each(ids.activityPresets)('activity preset %s, as the wizard suggests it, keeps the property', (presetId) => {
    const preset = catalogs['activity-presets'][presetId]!;
    const activity = {
      id: 'activity',
      preset: presetId,
      dataSubjects: preset.dataSubjects,
      dataCategories: preset.dataCategories,
      purposes: preset.purposes,
      requirement: preset.requirement ?? 'voluntary',
      ...(preset.source ? { source: presetSourceEntries(preset) } : {}),
      retention: preset.retention,
    };
    expectProperty(stringify({ ...base, activities: [activity] }));
  });
});

describe('a retention preset with its own event (the issue 12 example)', () => {
  const text = readFileSync(FIXTURE, 'utf8');
  const answers = parse(text) as { activities: { retention: { from: Record<Language, string> }[] }[] };
  const ownEvent = answers.activities[0]!.retention[0]!.from;
  const reason = catalogs['retention-reasons']['be-tax-records']!.label;
  // Intl (CLDR), not the code under test, says how each language writes ten years.
  const tenYears = (lang: Language) =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: 'year', unitDisplay: 'long' }).format(10).replace(/\s/g, ' ');

  it('passes check and renders every file', () => {
    const o = expectProperty(text);
    expect(o.errors).toEqual([]);
  });

  it.each(LANGUAGES)("keeps the preset's ten years and reason, counted from the own event, in %s", (lang) => {
    const files = outcomeOf(text).files ?? [];
    const table = files.find((f) => f.name === `retention-table.${lang}.csv`)!.content.replace(/\s/g, ' ');
    const notice = files.find((f) => f.name === `privacy-notice.${lang}.md`)!.content.replace(/\s/g, ' ');
    for (const output of [table, notice]) {
      expect(output).toContain(`${tenYears(lang)} ${ownEvent[lang]}`);
      // Spaces compared as spaces: the French texts hold no-break spaces before ';' and ':'.
      expect(output).toContain(reason[lang].slice(1).replace(/\s/g, ' '));
    }
  });
});

describe('through the built CLI: check exit 0 ⇔ replay writes all files', () => {
  const run = (text: string) => {
    const dir = tempDir();
    const file = join(dir, 'client.yaml');
    writeFileSync(file, text);
    const checked = runCli(['check', file], { cwd: dir });
    const replayed = runCli(['--answers', file, '--out', join(dir, 'out'), '--quiet'], { cwd: dir });
    return { checked, replayed, written: listFiles(join(dir, 'out')) };
  };

  it('replays the issue 12 example: check exit 0, replay exit 0 with 16 files', () => {
    const { checked, replayed, written } = run(readFileSync(FIXTURE, 'utf8'));
    expect(checked.status, checked.stdout).toBe(0);
    expect(replayed.status, replayed.stderr).toBe(0);
    expect(written).toHaveLength(16);
  });

  it('refuses an own event under a preset without a period: check exit 1, replay writes nothing', () => {
    const base = parse(readFileSync(FIXTURE, 'utf8')) as { activities: { retention: Record<string, unknown>[] }[] };
    const at = base.activities[0]!.retention.length;
    base.activities[0]!.retention.push({
      preset: 'newsletter-until-unsubscribed',
      from: { en: 'after the event', nl: 'na', fr: 'après', de: 'nach' },
    });
    const { checked, replayed, written } = run(stringify(base));
    expect(checked.status).toBe(1);
    expect(checked.stdout).toMatch(/retention-event/);
    expect(replayed.status).not.toBe(0);
    expect(replayed.stderr).toContain(`activities[0].retention[${at}].period`);
    expect(replayed.stderr).not.toMatch(/Cannot|TypeError|internal error/);
    expect(written).toEqual([]);
  });

  it('agrees on a few generated files', { timeout: 120_000 }, () => {
    for (const answers of fc.sample(answersArbitrary(catalogs), { seed: SEED + 1, numRuns: 4 })) {
      const { checked, replayed, written } = run(stringify(answers));
      expect([0, 1], checked.stderr).toContain(checked.status);
      expect(replayed.status === 0, `${checked.stdout}\n${replayed.stderr}`).toBe(checked.status === 0);
      expect(written.length > 0).toBe(checked.status === 0);
    }
  });
});
