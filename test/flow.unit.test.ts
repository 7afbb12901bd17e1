/** The wizard's flow logic, tested without rendering: visible questions, next/back, groups, presets. */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { presetSourceEntries } from '../source/core/catalogs/schema.js';
import { getAt } from '../source/core/flow/draft.js';
import { draftToAnswers } from '../source/core/flow/export.js';
import { questionsAt } from '../source/core/flow/flow.js';
import { readForReplay } from '../source/core/pipeline.js';
import { flow, Session } from './support/flow.js';
import { catalogs } from './support/replay.js';

/** Answers the opening sections the same way for every test. */
function throughController(s: Session, country = 'BE'): Session {
  return s
    .answer('business-type', 'consultancy')
    .answer('languages', ['en', 'nl'])
    .answer('effective-date', '2026-04-01')
    .answer('legal-name', 'Lambert Conseil')
    .answer('legal-form', undefined)
    .answer('trade-name', undefined)
    .answer('street', 'Rue de Fer 21')
    .answer('postal-code', '5000')
    .answer('city', 'Namur')
    .answer('country', country);
}

// The bank's references (paths, catalogs, gates) are checked by the build: test/validate-bank.test.ts.

describe('the flow', () => {
  it('starts with the kind of business, and suggests its situations', () => {
    const s = new Session();
    expect(s.question?.id).toBe('business-type');
    s.answer('business-type', 'web-agency');
    // Only what nearly every such business has is ticked; the owner confirms the rest one by one.
    expect(getAt(s.state.draft, ['$situations'])).toEqual(catalogs['business-types']['web-agency']!.ticked);
  });

  it('goes to the review from anywhere, and back to the last question that applies', () => {
    const s = new Session().answer('business-type', 'consultancy').answer('languages', ['fr']);
    s.do({ type: 'review' });
    expect(s.onReview).toBe(true);
    expect(s.state.draft.languages).toEqual(['fr']);
    const roots = flow.bank.sections.flatMap((section) => section.questions);
    s.do({ type: 'back' });
    expect(s.question?.id).toBe(roots[roots.length - 1]!.id);
  });

  it('goes back and forward, keeping answers', () => {
    const s = new Session().answer('business-type', 'consultancy').answer('languages', ['fr']);
    s.do({ type: 'back' });
    expect(s.question?.id).toBe('languages');
    s.do({ type: 'back' }).do({ type: 'back' });
    expect(s.question?.id).toBe('business-type');
    s.do({ type: 'next' }).do({ type: 'next' });
    expect(s.question?.id).toBe('effective-date');
    expect(s.state.draft.languages).toEqual(['fr']);
  });

  it('ignores an answer meant for a question the user has already left', () => {
    // A key read before the screen caught up is delivered to the question still on screen.
    const s = new Session().answer('business-type', 'consultancy').answer('languages', ['fr']).answer('effective-date', '2026-05-01');
    s.answer('legal-name', 'Lambert Conseil').do({ type: 'back' });
    expect(s.question?.id).toBe('legal-name');
    const before = s.state;
    s.do({ type: 'answer', value: undefined, at: ['controller', 'legalForm'] });
    expect(s.state).toBe(before);
    s.do({ type: 'answer', value: 'Lambert & Fils', at: ['controller', 'legalName'] });
    expect(s.state.draft.controller).toEqual({ legalName: 'Lambert & Fils' });
  });

  it('asks DPO details only when a DPO is appointed', () => {
    const base = () =>
      throughController(new Session())
        .answer('enterprise-number', undefined)
        .answer('email', 'a@b.be')
        .answer('phone', undefined)
        .answer('website', undefined)
        .answer('processes-for-clients', false);
    expect(base().answer('has-dpo', false).question?.id).toBe('situations');
    expect(base().answer('has-dpo', true).question?.id).toBe('dpo-name');
  });

  it('asks for an EU representative only outside the EU', () => {
    const at = (country: string) =>
      throughController(new Session(), country)
        .answer('enterprise-number', undefined)
        .answer('email', 'a@b.ch')
        .answer('phone', undefined)
        .answer('website', undefined)
        .answer('processes-for-clients', false)
        .answer('has-dpo', false).question?.id;
    expect(at('BE')).toBe('situations');
    expect(at('CH')).toBe('representative-name');
  });

  it('creates an activity per situation chosen, filled in from its preset', () => {
    const s = new Session();
    s.state = { ...s.state, draft: { ...s.state.draft, languages: ['en'] } };
    s.state = {
      ...s.state,
      stack: [{ base: [], index: flow.bank.sections[0]!.questions.length + flow.bank.sections[1]!.questions.length }],
    };
    s.answer('situations', ['newsletter', 'contact-form']);
    const activities = s.state.draft.activities as Record<string, unknown>[];
    expect(activities.map((a) => a.id)).toEqual(['newsletter', 'contact-form']);
    expect(activities[0]).toMatchObject({
      preset: 'newsletter',
      dataCategories: catalogs['activity-presets'].newsletter!.dataCategories,
      purposes: [{ purpose: 'send-newsletter', basis: 'consent' }],
    });
    expect(s.question?.id).toBe('activities');
  });

  // The newcomer's trial: a webshop's contact form and orders suggested company details, as if
  // its customers were companies.
  it.each([
    ['webshop', false],
    ['hairdresser', false],
    ['web-agency', true],
  ])('suggests company details in the situations of a %s: %s', (type, suggested) => {
    const business = catalogs['business-types'][type]!;
    expect(business.servesConsumers === true).toBe(!suggested);
    const s = new Session();
    s.state = { ...s.state, draft: { ...s.state.draft, $businessType: type, languages: ['en'] } };
    s.state = {
      ...s.state,
      stack: [{ base: [], index: flow.bank.sections[0]!.questions.length + flow.bank.sections[1]!.questions.length }],
    };
    s.answer('situations', ['contact-form', 'orders-invoicing', 'business-contacts']);
    const activities = s.state.draft.activities as { preset: string; dataCategories: string[] }[];
    for (const activity of activities) {
      const preset = catalogs['activity-presets'][activity.preset]!;
      const onlyOfBusinesses = preset.businessCustomersOnly ?? [];
      const expected = suggested ? preset.dataCategories : preset.dataCategories.filter((id) => !onlyOfBusinesses.includes(id));
      expect(activity.dataCategories, activity.preset).toEqual(expected);
    }
    // Suppliers' and partners' contacts are people at companies whatever the business sells.
    expect(activities.find((a) => a.preset === 'business-contacts')!.dataCategories).toContain('company-details');
    expect(activities.find((a) => a.preset === 'contact-form')!.dataCategories.includes('company-details')).toBe(suggested);
  });

  it('edits, removes and reorders the items of a group', () => {
    const s = new Session();
    s.state = {
      draft: {
        languages: ['en'],
        activities: [
          { id: 'a', preset: 'newsletter' },
          { id: 'b', preset: 'contact-form' },
        ],
      },
      stack: [{ base: [], index: 0 }],
    };
    s.do({ type: 'jump-section', section: 'activities' }).do({ type: 'next' });
    s.expectAt('activities');
    s.do({ type: 'group-move', item: 1, by: -1 });
    expect((s.state.draft.activities as { id: string }[]).map((a) => a.id)).toEqual(['b', 'a']);
    s.do({ type: 'group-edit', item: 1 });
    expect(s.state.stack.at(-1)!.base).toEqual(['activities', 1]);
    s.expectAt('activity-preset');
    s.do({ type: 'back' });
    s.expectAt('activities');
    s.do({ type: 'group-remove', item: 0 });
    expect((s.state.draft.activities as { id: string }[]).map((a) => a.id)).toEqual(['a']);
  });

  it('asks the legitimate interest only for basis (f) without a catalog interest, and the safeguard only outside the EEA', () => {
    const s = new Session();
    s.state = { draft: { languages: ['en'], activities: [{ id: 'x', purposes: [] }], recipients: [] }, stack: [{ base: [], index: 0 }] };
    s.state = {
      ...s.state,
      stack: [
        { base: [], index: 0 },
        { base: ['activities', 0], index: 0 },
      ],
    };
    s.answer('activity-preset', undefined).answer('activity-name', { en: 'Webinars' }).answer('activity-description', undefined);
    // The id is worked out from the name, never asked.
    expect(getAt(s.state.draft, ['activities', 0, 'id'])).toBe('x');
    // Customers may be minors (a salon's, a practice's): the wizard asks, No by default.
    s.answer('data-subjects', ['customers']).answer('minors', false).answer('data-categories', ['identity']);
    s.expectAt('purposes').do({ type: 'group-add' });
    s.answer('purpose', { en: 'Recording webinars' }).answer('basis', 'legitimate-interests');
    s.expectAt('legitimate-interest').answer('legitimate-interest', { en: 'Letting absent customers watch later' });
    s.expectAt('purposes').do({ type: 'group-add' });
    s.answer('purpose', 'answer-enquiries').answer('basis', 'legitimate-interests');
    s.expectAt('purposes');
    s.do({ type: 'group-add' }).answer('purpose', 'send-newsletter').answer('basis', 'consent');
    s.expectAt('purposes');

    const r = new Session();
    r.state = { draft: { languages: ['en'], recipients: [{}] }, stack: [{ base: [], index: 0 }] };
    r.do({ type: 'jump-section', section: 'recipients' }).answer('recipient-services', undefined).do({ type: 'group-edit', item: 0 });
    r.answer('service', 'mailchimp');
    expect(getAt(r.state.draft, ['recipients', 0])).toMatchObject({
      service: 'mailchimp',
      countries: ['US'],
      safeguard: 'dpf',
      role: 'processor',
    });
    r.answer('role', 'processor').answer('countries', ['US']);
    r.expectAt('safeguard').answer('safeguard', 'dpf');
    r.expectAt('fallback-safeguard').answer('fallback-safeguard', undefined);
    r.answer('recipient-activities', undefined);
    expect(r.question?.id).toBe('recipients');
    r.do({ type: 'group-edit', item: 0 }).answer('service', 'hetzner');
    // The new service's suggestions replace the old one's: its countries, and no safeguard.
    const hetzner = catalogs.processors.hetzner!;
    expect(hetzner.safeguard).toBeUndefined();
    expect(getAt(r.state.draft, ['recipients', 0])).toEqual({ service: 'hetzner', role: 'processor', countries: hetzner.countries });
    r.answer('role', 'processor').answer('countries', ['DE']);
    r.expectAt('recipient-activities');
    // A payment provider that decides on the payment itself is suggested as a controller.
    const controllers = Object.entries(catalogs.processors).filter(([, entry]) => entry.role === 'controller');
    expect(controllers.map(([id]) => id)).toEqual(expect.arrayContaining(['mollie', 'paypal']));
    r.answer('recipient-activities', undefined);
    r.do({ type: 'group-edit', item: 0 }).answer('service', 'mollie');
    expect(getAt(r.state.draft, ['recipients', 0, 'role'])).toBe('controller');
  });

  it('suggests each of a preset’s sources, one or several', () => {
    const sourcesFor = (preset: string) => {
      const s = new Session();
      s.state = {
        draft: { languages: ['en'], activities: [{ id: 'x' }], recipients: [] },
        stack: [
          { base: [], index: 0 },
          { base: ['activities', 0], index: 0 },
        ],
      };
      s.answer('activity-preset', preset);
      return getAt(s.state.draft, ['activities', 0, 'source']);
    };
    const sources = (preset: string) => presetSourceEntries(catalogs['activity-presets'][preset]!);
    expect(sources('aml-related-persons')).toHaveLength(2);
    expect(sourcesFor('aml-related-persons')).toEqual(sources('aml-related-persons'));
    expect(sourcesFor('credit-checks')).toEqual(sources('credit-checks'));
    // A source that gives only some of the data: the rest are the person's, so the requirement is suggested too.
    expect(sourcesFor('employer-training')).toEqual([
      { from: 'employer-client', data: ['identity', 'contact-details', 'company-details'] },
    ]);
  });

  it('suggests the situations of a kind of business only once', () => {
    const s = new Session().answer('business-type', 'web-agency').answer('languages', ['en']);
    s.do({ type: 'jump-section', section: 'business' }).answer('business-type', 'consultancy');
    expect(getAt(s.state.draft, ['$situations'])).toEqual(catalogs['business-types']['web-agency']!.ticked);
  });

  it('exports only the answers that apply, never its own notes', () => {
    const draft = {
      $hasDpo: false,
      dpo: { email: 'old@x.be' },
      languages: ['en'],
      $usesCookies: false,
      cookies: { categories: ['analytics'] },
      controller: { legalName: 'X' },
    };
    const answers = draftToAnswers(flow, draft);
    expect(answers).toEqual({ version: 1, languages: ['en'], controller: { legalName: 'X' } });
  });

  it('runs a whole session to answers that replay accepts', () => {
    const s = throughController(new Session())
      .answer('enterprise-number', '0665.123.060')
      .answer('email', 'claire@lambert-conseil.be')
      .answer('phone', undefined)
      .answer('website', undefined)
      .answer('processes-for-clients', false)
      .answer('has-dpo', false)
      .answer('situations', ['contact-form']);
    s.expectAt('activities').do({ type: 'next' });
    s.answer('recipient-services', undefined).expectAt('recipients').do({ type: 'next' });
    s.answer('no-recipients', true);
    s.answer('identity-check', 'known-email').answer('web-form', undefined).answer('has-automated', false).answer('uses-cookies', false);
    s.answer('security', ['backups']).answer('children', false).answer('changes', 'website');
    expect(s.onReview).toBe(true);
    const result = readForReplay(stringify(draftToAnswers(flow, s.state.draft)), 'session', catalogs);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

describe('an item added and left at once', () => {
  const atPurposes = () => {
    const s = new Session();
    s.state = {
      draft: { languages: ['en'], activities: [{ id: 'x', purposes: [{ purpose: 'answer-enquiries', basis: 'consent' }] }] },
      stack: [
        { base: [], index: 0 },
        { base: ['activities', 0], index: 0 },
      ],
    };
    const index = questionsAt(flow, ['activities', 0]).findIndex((q) => q.id === 'purposes');
    s.state = { ...s.state, stack: [s.state.stack[0]!, { base: ['activities', 0], index }] };
    return s.expectAt('purposes');
  };
  const purposes = (s: Session) => getAt(s.state.draft, ['activities', 0, 'purposes']);

  it('is dropped when Esc leaves it before any answer, and the list is as it was', () => {
    const s = atPurposes().do({ type: 'group-add' });
    expect(purposes(s)).toHaveLength(2);
    s.do({ type: 'back' });
    expect(s.question?.id).toBe('purposes');
    expect(purposes(s)).toEqual([{ purpose: 'answer-enquiries', basis: 'consent' }]);
  });

  it('is kept once it holds an answer', () => {
    const s = atPurposes().do({ type: 'group-add' }).answer('purpose', 'send-newsletter');
    s.do({ type: 'back' }).do({ type: 'back' });
    expect(purposes(s)).toEqual([{ purpose: 'answer-enquiries', basis: 'consent' }, { purpose: 'send-newsletter' }]);
  });
});
