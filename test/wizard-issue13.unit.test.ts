/**
 * The model facts of issue 13 as the wizard asks them: minors per activity, large scale, several
 * sources edited as a list, a joint controller with its arrangement, a retention rule with a
 * follow-up. Each is answered through the flow reducer, exported, replayed, and read back in the
 * notice in every output language; expected words come from the catalogs and the answers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PathSegment } from '../source/core/answers/problems.js';
import { loadUiStrings } from '../source/core/flow/bank.js';
import { getAt } from '../source/core/flow/draft.js';
import { draftToAnswers } from '../source/core/flow/export.js';
import { defaultAnswer, questionsAt, rootQuestions } from '../source/core/flow/flow.js';
import { answersToDraft } from '../source/core/flow/import-answers.js';
import { LANGUAGES, type Language } from '../source/core/languages.js';
import { checkAnswersObject, checkForReplay, readForReplay } from '../source/core/pipeline.js';
import { renderOutputs } from '../source/core/render/outputs.js';
import { optionsFor } from '../source/wizard/options.js';
import { translator } from '../source/wizard/strings.js';
import { EXAMPLES } from './support/cli.js';
import { flow, Session } from './support/flow.js';
import { catalogs as c } from './support/replay.js';

type Json = Record<string, unknown>;
const ACTIVITY: PathSegment[] = ['activities', 0];
const RECIPIENT: PathSegment[] = ['recipients', 0];

const controller = {
  legalName: 'Volleybalclub Kortrijk',
  address: { street: 'Lange Munte 1', postalCode: '8500', city: 'Kortrijk', country: 'BE' },
  email: 'bestuur@vck.be',
};

/** A session on the question `id` of the group item at `base`, with `draft` as the answers so far. */
function sessionAt(draft: Json, base: PathSegment[], id: string): Session {
  const s = new Session();
  const group = String(base[0]);
  const root = rootQuestions(flow).findIndex(({ question }) => question.path === group);
  const index = questionsAt(flow, base).findIndex((q) => q.id === id);
  expect(index, id).toBeGreaterThanOrEqual(0);
  s.state = {
    draft: { languages: [...LANGUAGES], ...draft },
    stack: [
      { base: [], index: root },
      { base, index },
    ],
  };
  return s.expectAt(id);
}

/** The draft's answers as a file, through the same gate as replay; the notice in `lang`. */
function exported(s: Session, patch: Json = {}): Json {
  const answers = { ...draftToAnswers(flow, s.state.draft), effectiveDate: '2026-03-01', controller, ...patch };
  const gated = checkForReplay(JSON.parse(JSON.stringify(answers)), c);
  if (!gated.ok) throw new Error(gated.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return answers;
}
function notice(answers: Json, lang: Language): string {
  const gated = checkForReplay(JSON.parse(JSON.stringify(answers)), c);
  if (!gated.ok) throw new Error(gated.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return renderOutputs(gated.answers, c, [lang], ['md']).find((f) => f.name === `privacy-notice.${lang}.md`)!.content;
}

const membership = (patch: Json = {}): Json => ({
  $hasSpecial: false,
  $fromThirdParty: false,
  id: 'membership',
  preset: 'membership',
  dataCategories: ['identity', 'contact-details', 'membership-data'],
  purposes: [{ purpose: 'membership-admin', basis: 'contract' }],
  requirement: 'contract-needed',
  retention: [{ preset: 'membership-1y' }],
  ...patch,
});

describe('minors, asked per activity', () => {
  it('is asked where the people may be minors, and not for website visitors', () => {
    const next = (subjects: string[]) =>
      sessionAt({ activities: [membership()] }, ACTIVITY, 'data-subjects').answer('data-subjects', subjects).question?.id;
    for (const id of Object.keys(c['data-subjects']).filter((id) => c['data-subjects'][id]!.mayBeMinors)) {
      expect(next([id]), id).toBe('minors');
    }
    expect(next(['website-visitors'])).toBe('data-categories');
  });

  it('is suggested as yes where parents or guardians are among the people, No by default otherwise', () => {
    const withParents = sessionAt({ activities: [membership()] }, ACTIVITY, 'data-subjects').answer('data-subjects', [
      'members',
      'parents-guardians',
    ]);
    expect(getAt(withParents.state.draft, [...ACTIVITY, 'minors'])).toBe(true);
    const patients = sessionAt({ activities: [membership()] }, ACTIVITY, 'data-subjects').answer('data-subjects', ['patients']);
    expect(getAt(patients.state.draft, [...ACTIVITY, 'minors'])).toBeUndefined();
    expect(patients.question?.default).toBe(false);
  });

  it.each(LANGUAGES)('is exported and names the activity in the Children section (%s)', (lang) => {
    const s = sessionAt({ activities: [membership()] }, ACTIVITY, 'data-subjects')
      .answer('data-subjects', ['members', 'parents-guardians'])
      .answer('minors', true);
    const answers = exported(s);
    expect(((answers.activities as Json[])[0] as Json).minors).toBe(true);
    const text = notice(answers, lang);
    const line = text.split('\n').find((l) => l.includes(c['activity-presets'].membership!.label[lang]) && !/^[#|-]/.test(l));
    expect(line).toBeDefined();
  });
});

describe('special categories, offered where the data hold one', () => {
  const hasSpecial = questionsAt(flow, ACTIVITY).find((q) => q.id === 'has-special')!;

  it('offers Yes first when a data category of the activity is a special category (a patient file), No otherwise', () => {
    const special = Object.keys(c['data-categories']).filter((id) => c['data-categories'][id]!.special);
    expect(special.length).toBeGreaterThan(0);
    for (const id of special) {
      const act = { ...membership(), dataCategories: ['identity', id] };
      expect(defaultAnswer(flow, { activities: [act] }, ACTIVITY, hasSpecial), id).toBe(true);
    }
    expect(defaultAnswer(flow, { activities: [membership()] }, ACTIVITY, hasSpecial)).not.toBe(true);
  });

  it('lists only the special categories of the catalog to choose from', () => {
    const choice = questionsAt(flow, [...ACTIVITY, 'specialCategories', 0]).find((q) => q.id === 'special-category')!;
    const listed = optionsFor(choice, c, 'nl', translator(loadUiStrings(), 'nl')).map((o) => o.value);
    const special = Object.entries(c['data-categories']).flatMap(([id, entry]) => (entry.special ? [id] : []));
    expect(listed.sort()).toEqual(special.sort());
  });
});

describe('large scale, asked where special data or monitoring are', () => {
  const cameras = {
    $fromThirdParty: false,
    id: 'cameras',
    preset: 'cctv',
    dataSubjects: ['premises-visitors'],
    dataCategories: ['camera-images'],
    purposes: [{ purpose: 'camera-surveillance', basis: 'legitimate-interests' }],
    requirement: 'automatic-collection',
    retention: [{ preset: 'camera-1m' }],
  };
  it('follows a monitoring purpose, and special data; not an ordinary activity', () => {
    expect(sessionAt({ activities: [cameras] }, ACTIVITY, 'has-special').answer('has-special', false).question?.id).toBe('large-scale');
    const health = { ...membership(), dataCategories: ['identity', 'health-data'] };
    expect(sessionAt({ activities: [health] }, ACTIVITY, 'has-special').answer('has-special', false).question?.id).toBe('large-scale');
    expect(sessionAt({ activities: [membership()] }, ACTIVITY, 'has-special').answer('has-special', false).question?.id).toBe(
      'from-third-party',
    );
  });

  it('is exported, and only then does check ask for a DPO', () => {
    const rules = (largeScale: boolean) => {
      const s = sessionAt({ activities: [cameras] }, ACTIVITY, 'has-special')
        .answer('has-special', false)
        .answer('large-scale', largeScale);
      const answers = exported(s);
      const checked = checkAnswersObject(JSON.parse(JSON.stringify(answers)), c);
      if (!checked.ok) throw new Error('the exported answers should be valid');
      return checked.findings.map((f) => f.rule);
    };
    expect(rules(false)).not.toContain('dpo-likely-required');
    expect(rules(true)).toContain('dpo-likely-required');
  });
});

describe('several sources of one activity', () => {
  const applicants = {
    $hasSpecial: false,
    id: 'recruitment',
    preset: 'job-applicants',
    dataSubjects: ['job-applicants'],
    dataCategories: ['identity', 'contact-details', 'cv-data'],
    purposes: [{ purpose: c['activity-presets']['job-applicants']!.purposes[0]!.purpose, basis: 'contract' }],
    requirement: 'contract-needed',
    retention: [{ preset: 'applicants-1y' }],
  };
  const sourcesOf = (s: Session) => (getAt(s.state.draft, [...ACTIVITY, 'source']) as Json[]).map((x) => x.from);

  it('adds, reorders and removes sources as a list', () => {
    const s = sessionAt({ activities: [applicants] }, ACTIVITY, 'from-third-party').answer('from-third-party', true);
    s.expectAt('sources').do({ type: 'group-add' }).answer('source', 'recruitment-agencies');
    s.expectAt('sources').do({ type: 'group-add' }).answer('source', 'referrals');
    expect(sourcesOf(s)).toEqual(['recruitment-agencies', 'referrals']);
    s.expectAt('sources').do({ type: 'group-move', item: 1, by: -1 });
    expect(sourcesOf(s)).toEqual(['referrals', 'recruitment-agencies']);
    s.do({ type: 'group-remove', item: 0 });
    expect(sourcesOf(s)).toEqual(['recruitment-agencies']);
    s.do({ type: 'group-add' }).answer('source', 'referrals');
    s.expectAt('sources').do({ type: 'next' }).expectAt('also-from-you');
  });

  it.each(LANGUAGES)('gives a notice that names every source (%s)', (lang) => {
    const s = sessionAt({ activities: [applicants] }, ACTIVITY, 'from-third-party').answer('from-third-party', true);
    s.do({ type: 'group-add' }).answer('source', 'recruitment-agencies').do({ type: 'group-add' }).answer('source', 'referrals');
    s.do({ type: 'next' }).answer('also-from-you', true).answer('requirement', 'contract-needed');
    const answers = exported(s);
    expect(((answers.activities as Json[])[0] as Json).source).toEqual([{ from: 'recruitment-agencies' }, { from: 'referrals' }]);
    const text = notice(answers, lang);
    expect(text).toContain(c['data-sources']['recruitment-agencies']!.label[lang]);
    expect(text).toContain(c['data-sources'].referrals!.label[lang]);
  });

  it('opens a file that gives one source as a mapping with a list of one, to which a second is added', () => {
    const read = readForReplay(readFileSync(join(EXAMPLES, 'consultant.yaml'), 'utf8'), 'consultant.yaml', c);
    if (!read.ok) throw new Error('the consultant example should replay');
    const draft = answersToDraft(flow, read.answers);
    const i = read.answers.activities.findIndex((a) => a.source !== undefined && !Array.isArray(a.source));
    expect(i).toBeGreaterThanOrEqual(0);
    const one = read.answers.activities[i]!.source;
    expect(getAt(draft, ['activities', i, 'source'])).toEqual([one]);
    const s = sessionAt(draft, ['activities', i], 'sources').do({ type: 'group-add' }).answer('source', 'public-registers');
    expect((getAt(s.state.draft, ['activities', i, 'source']) as unknown[]).length).toBe(2);
  });
});

describe('a joint controller with the essence of the arrangement', () => {
  const newsletterDraft = {
    activities: [
      {
        id: 'membership',
        ...membership(),
        dataSubjects: ['members'],
      },
    ],
  };
  const t = translator(loadUiStrings(), 'en');

  it('offers the role, then the arrangement; a catalog arrangement says what it concerns, so no purpose is asked', () => {
    const s = sessionAt({ ...newsletterDraft, recipients: [{}] }, RECIPIENT, 'service');
    s.answer('service', undefined).answer('recipient-category', undefined).answer('recipient-name', 'Meta Platforms Ireland Limited');
    const roles = optionsFor(s.question!, c, 'en', t).map((o) => o.value);
    expect(roles).toContain('joint-controller');
    s.answer('role', 'joint-controller').expectAt('arrangement');
    const offered = optionsFor(s.question!, c, 'en', t).map((o) => o.value);
    expect(offered).toEqual(Object.keys(c['joint-arrangements']));
    s.answer('arrangement', 'meta-page-insights').expectAt('countries');
  });

  it('asks the purpose for a processor, and for an arrangement in the owner’s words', () => {
    const start = () =>
      sessionAt({ ...newsletterDraft, recipients: [{}] }, RECIPIENT, 'service')
        .answer('service', undefined)
        .answer('recipient-category', undefined)
        .answer('recipient-name', 'Printers Federation');
    expect(start().answer('role', 'processor').question?.id).toBe('recipient-purpose');
    const own = { en: 'We share the quality label; you exercise your rights with us.' };
    expect(start().answer('role', 'joint-controller').answer('arrangement', own).question?.id).toBe('recipient-purpose');
  });

  it.each(LANGUAGES)('gives the federation’s arrangement in the notice, with the name beside its category (%s)', (lang) => {
    const s = sessionAt({ ...newsletterDraft, recipients: [{}] }, RECIPIENT, 'service');
    s.answer('service', undefined).answer('recipient-category', 'federation').expectAt('recipient-own-name');
    s.answer('recipient-own-name', 'Volley Vlaanderen vzw').answer('role', 'joint-controller').answer('arrangement', 'sports-federation');
    s.answer('countries', ['BE']).answer('recipient-activities', ['membership']);
    const answers = exported(s);
    expect((answers.recipients as Json[])[0]).toEqual({
      category: 'federation',
      name: 'Volley Vlaanderen vzw',
      role: 'joint-controller',
      arrangement: 'sports-federation',
      countries: ['BE'],
      activities: ['membership'],
    });
    const text = notice(answers, lang);
    expect(text).toContain(c['joint-arrangements']['sports-federation']!.essence[lang]);
    expect(text).toContain('Volley Vlaanderen vzw');
  });
});

describe('a retention rule with a follow-up', () => {
  it.each(LANGUAGES)('is asked after the period, exported, and printed after it (%s)', (lang) => {
    const enquiries = {
      $hasSpecial: false,
      $fromThirdParty: false,
      id: 'enquiries',
      preset: 'contact-form',
      dataSubjects: ['enquirers'],
      dataCategories: ['identity', 'contact-details', 'message-content'],
      purposes: [{ purpose: 'answer-enquiries', basis: 'legitimate-interests' }],
      requirement: 'voluntary-no-answer',
      retention: [{}],
    };
    const s = sessionAt({ activities: [enquiries] }, ['activities', 0, 'retention', 0], 'retention-preset');
    s.answer('retention-preset', 'enquiry-12m').expectAt('retention-follow-up');
    const offered = optionsFor(s.question!, c, lang, translator(loadUiStrings(), lang)).map((o) => o.label);
    expect(offered).toContain(c['retention-follow-ups']['contract-follows']!.label[lang]);
    s.answer('retention-follow-up', 'contract-follows');
    const answers = exported(s);
    expect(((answers.activities as Json[])[0] as Json).retention).toEqual([{ preset: 'enquiry-12m', followUp: 'contract-follows' }]);
    const line = notice(answers, lang)
      .split('\n')
      .find((l) => l.startsWith('- ') && l.includes(c['retention-follow-ups']['contract-follows']!.label[lang]));
    expect(line).toBeDefined();
  });
});
