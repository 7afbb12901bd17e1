/**
 * An answers file opened with --edit: the draft holds the answers plus the wizard's `$` gates,
 * which the bank declares (`derive:`). The expected gates are read off each file's own content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../source/core/answers/schema.js';
import type { Question } from '../source/core/flow/bank-schema.js';
import { type Draft, getAt, splitPath } from '../source/core/flow/draft.js';
import { draftToAnswers } from '../source/core/flow/export.js';
import { initialState, isReview, reduce } from '../source/core/flow/flow.js';
import { answersToDraft, asGroupLists } from '../source/core/flow/import-answers.js';
import { readForReplay } from '../source/core/pipeline.js';
import { EXAMPLES, REPO } from './support/cli.js';
import { flow } from './support/flow.js';
import { catalogs } from './support/replay.js';

const yamlIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(dir, name));
const FIXTURES = join(REPO, 'test', 'fixtures');
// model/: a preset whose event the file overrides (README, "A retention rule"), which the wizard must keep.
const files = [...yamlIn(EXAMPLES), ...yamlIn(FIXTURES), ...yamlIn(join(FIXTURES, 'check')), ...yamlIn(join(FIXTURES, 'model'))];
const valid = files.flatMap((file) => {
  const result = readForReplay(readFileSync(file, 'utf8'), file, catalogs);
  return result.ok ? [{ name: file.slice(REPO.length + 1), answers: result.answers }] : [];
});

/** What each gate means, said in the words of the answers file. */
const expectedDraft = (answers: Answers): Draft => ({
  ...answers,
  $processesForClients: answers.controller.actsAsProcessor !== undefined,
  $hasDpo: answers.dpo !== undefined,
  $hasAutomated: answers.automatedDecisions.length > 0,
  $usesCookies: answers.cookies !== undefined,
  $situations: [...new Set(answers.activities.map((a) => a.preset).filter((preset) => preset !== undefined))],
  activities: answers.activities.map((activity) => ({
    ...activity,
    // One source in the file is a list of one in the wizard, which adds, removes and reorders sources.
    ...(activity.source === undefined ? {} : { source: Array.isArray(activity.source) ? activity.source : [activity.source] }),
    $fromThirdParty: activity.source !== undefined,
    $hasSpecial: (activity.specialCategories ?? []).length > 0,
  })),
});

/** Every `$` question's value in the draft, in each item of its group. */
function gateValues(questions: readonly Question[], node: unknown, at: string): [string, unknown][] {
  return questions.flatMap((q) => {
    const value = getAt(node, splitPath(q.path));
    // A gate is a $ note that steers questions (it has a derive:); a note that only collects a
    // choice (the services to add as recipients) or a confirmation steers nothing.
    const here: [string, unknown][] = q.path.startsWith('$') && q.derive ? [[`${at}${q.path}`, value]] : [];
    const items = Array.isArray(value) && q.item ? value.flatMap((item, i) => gateValues(q.item!, item, `${at}${q.path}.${i}.`)) : [];
    return [...here, ...items];
  });
}
const rootQuestions = flow.bank.sections.flatMap((s) => s.questions);

/** Every question's path, a group's items under `path[]` ("activities[].retention[].preset"). */
const askedPaths = (questions: readonly Question[], at: string): string[] =>
  questions.flatMap((q) => [`${at}${q.path}`, ...askedPaths(q.item ?? [], `${at}${q.path}[].`)]);

/** Each leaf value of an answers object with its path ("activities[2].retention[0].data[1]"). */
const leaves = (value: unknown, at = ''): [string, unknown][] =>
  Array.isArray(value)
    ? value.flatMap((item, i) => leaves(item, `${at}[${i}]`))
    : value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, item]) => leaves(item, at ? `${at}.${key}` : key))
      : [[at, value]];
const derivedQuestions = flow.bank.sections
  .flatMap((s) => s.questions)
  .flatMap(function all(q: Question): Question[] {
    return [q, ...(q.item ?? []).flatMap(all)];
  })
  .filter((q) => q.derive);

describe('an answers file opened for editing', () => {
  it('reads every example and fixture answers file', () => {
    const names = valid.map((v) => v.name);
    expect(names).toEqual(
      expect.arrayContaining(['examples/consultant.yaml', 'test/fixtures/everything.yaml', 'test/fixtures/minimal.yaml']),
    );
    expect(names.length).toBeGreaterThan(10);
    expect(derivedQuestions.map((q) => q.path).sort()).toEqual([
      '$fromThirdParty',
      '$hasAutomated',
      '$hasDpo',
      '$hasSpecial',
      '$processesForClients',
      '$situations',
      '$usesCookies',
    ]);
  });

  it.each(valid)('sets the gates that $name implies', ({ answers }) => {
    expect(answersToDraft(flow, answers)).toEqual(expectedDraft(answers));
  });

  it('sees each yes/no gate both ways across the files', () => {
    const seen = new Map<string, Set<unknown>>();
    for (const { answers } of valid) {
      for (const [path, value] of gateValues(rootQuestions, answersToDraft(flow, answers), '')) {
        const key = path.replace(/\.\d+\./g, '[].');
        seen.set(key, (seen.get(key) ?? new Set()).add(value));
      }
    }
    const yesNo = derivedQuestions.filter((q) => q.type === 'yesno').map((q) => q.path);
    const gates = [...seen].filter(([path]) => yesNo.includes(path.replace(/^.*\[\]\./, '')));
    expect(gates.map(([path]) => path.replace(/^.*\[\]\./, '')).sort()).toEqual([...yesNo].sort());
    for (const [path, values] of gates) expect([path, [...values].sort()]).toEqual([path, [false, true]]);
  });

  it.each(valid.filter(({ name }) => name.startsWith('examples/')))('opens $name at the review with every gate set', ({ answers }) => {
    const state = reduce(flow, initialState(flow, answersToDraft(flow, answers)), { type: 'review' });
    expect(isReview(flow, state)).toBe(true);
    const unset = gateValues(rootQuestions, state.draft, '').filter(([path, value]) => path !== '$businessType' && value === undefined);
    expect(unset).toEqual([]);
  });

  // The fields no question asks for (a retention rule's data, cookies.own, a recipient's
  // placesCookies, an activity's collection…) were lost here.
  it.each(valid)('keeps every field of $name that no question asks for', ({ answers }) => {
    const asked = askedPaths(rootQuestions, '');
    const isAsked = (leaf: string) => asked.some((path) => leaf === path || leaf.startsWith(`${path}.`) || leaf.startsWith(`${path}[]`));
    const file = leaves(asGroupLists(rootQuestions, answers as unknown as Draft));
    const unasked = file.filter(([path]) => !isAsked(path.replace(/\[\d+\]/g, '[]')));
    const back = new Map(leaves(draftToAnswers(flow, answersToDraft(flow, answers))));
    for (const [path, value] of unasked) expect([path, back.get(path)]).toEqual([path, value]);
  });

  // And so were answers to questions the wizard hides for a new session: a legitimate interest
  // in the user's words where the catalog names one, a noticeUrl without a website, a supervisory
  // authority written out by a Belgian controller.
  it.each(valid)('gives $name back whole when the wizard finishes it unchanged', ({ answers }) => {
    const file = leaves(asGroupLists(rootQuestions, answers as unknown as Draft));
    const back = new Map(leaves(draftToAnswers(flow, answersToDraft(flow, answers))));
    expect(file.filter(([path, value]) => back.get(path) !== value)).toEqual([]);
  });

  it('still drops what a later answer made irrelevant: no cookies, none of their fields', () => {
    const webAgency = valid.find(({ name }) => name === 'examples/web-agency.yaml')!.answers;
    expect(webAgency.cookies?.own?.length).toBeGreaterThan(0);
    const back = draftToAnswers(flow, { ...answersToDraft(flow, webAgency), $usesCookies: false });
    expect(back).not.toHaveProperty('cookies');
    expect(back).toHaveProperty('recipients');
  });
});
