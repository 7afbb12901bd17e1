/** Defaults a newcomer can accept with Enter and still get an honest notice (issue 15, item 3). */
import { describe, expect, it } from 'vitest';
import { loadUiStrings } from '../source/core/flow/bank.js';
import { getAt } from '../source/core/flow/draft.js';
import { slug, suggestedServices } from '../source/core/flow/suggestions.js';
import { optionsFor } from '../source/wizard/options.js';
import { translator } from '../source/wizard/strings.js';
import { flow, Session } from './support/flow.js';
import { catalogs } from './support/replay.js';

const toSituations = (type: string) =>
  new Session().answer('business-type', type).do({ type: 'jump-section', section: 'activities' }).expectAt('situations');

describe('honest defaults', () => {
  it('ticks only what nearly every business has; the rest is suggested, not ticked', () => {
    for (const [type, entry] of Object.entries(catalogs['business-types'])) {
      const ticked = getAt(toSituations(type).state.draft, ['$situations']) as string[] | undefined;
      for (const id of ticked ?? []) expect(['contact-form', 'orders-invoicing'], type).toContain(id);
      for (const id of entry.ticked ?? []) expect(entry.activities, type).toContain(id);
    }
    const printShop = getAt(toSituations('print-shop').state.draft, ['$situations']) as string[];
    expect(printShop).not.toContain('cctv');
    expect(printShop).not.toContain('job-applicants');
  });

  it('lists the situations usual for the business type first', () => {
    const s = toSituations('print-shop');
    const t = translator(loadUiStrings(), 'nl');
    const listed = optionsFor(s.question!, catalogs, 'nl', t, s.state.draft).map((o) => o.value);
    const usual = catalogs['business-types']['print-shop']!.activities;
    expect(listed.slice(0, usual.length)).toEqual(usual);
  });

  it('cookies follow from the situations chosen', () => {
    const withStats = toSituations('web-agency').answer('situations', ['contact-form', 'cookies-analytics']);
    expect(getAt(withStats.state.draft, ['$usesCookies'])).toBe(true);
    expect(getAt(withStats.state.draft, ['cookies', 'categories'])).toContain('analytics');
    const without = toSituations('web-agency').answer('situations', ['contact-form']);
    expect(getAt(without.state.draft, ['$usesCookies'])).toBeUndefined();
  });

  it('suggests the services of the situations chosen first, and adds those picked as recipients tied to their situation', () => {
    const s = toSituations('print-shop').answer('situations', ['contact-form', 'newsletter', 'orders-invoicing']);
    s.expectAt('activities').do({ type: 'next' }).expectAt('recipient-services');
    const suggested = suggestedServices(s.state.draft, catalogs);
    // Expected from the catalog: a newsletter brings the mailing services, invoicing accounting software.
    for (const id of catalogs['activity-presets'].newsletter!.recipients ?? []) expect(suggested).toContain(id);
    for (const id of catalogs['activity-presets']['orders-invoicing']!.recipients ?? []) expect(suggested).toContain(id);
    s.answer('recipient-services', ['mailchimp']);
    const mailchimp = catalogs.processors.mailchimp!;
    expect(getAt(s.state.draft, ['recipients'])).toEqual([
      {
        service: 'mailchimp',
        role: mailchimp.role ?? 'processor',
        countries: mailchimp.countries,
        safeguard: mailchimp.safeguard,
        activities: ['newsletter'],
      },
    ]);
    s.expectAt('recipients').do({ type: 'next' });
    expect(s.question?.id).not.toBe('no-recipients');
  });

  it('accepts "no recipients" only after a screen that names what usually applies; No goes back', () => {
    const s = toSituations('consultancy').answer('situations', ['contact-form']);
    s.expectAt('activities').do({ type: 'next' }).answer('recipient-services', undefined).expectAt('recipients').do({ type: 'next' });
    s.expectAt('no-recipients').answer('no-recipients', false);
    s.expectAt('recipients').do({ type: 'next' }).answer('no-recipients', true);
    expect(s.question?.id).toBe('identity-check');
  });

  it('works out an activity’s id from its preset or its name, and never asks it', () => {
    const asked = flow.bank.sections.flatMap((x) => x.questions).find((q) => q.path === 'activities')!.item!;
    expect(asked.find((q) => q.path === 'id')?.derived).toBe(true);
    const s = toSituations('consultancy').answer('situations', ['contact-form']);
    expect(getAt(s.state.draft, ['activities', 0, 'id'])).toBe('contact-form');
    s.expectAt('activities')
      .do({ type: 'group-add' })
      .answer('activity-preset', undefined)
      .answer('activity-name', { en: 'Webinars & events' });
    expect(getAt(s.state.draft, ['activities', 1, 'id'])).toBe('webinars-events');
    expect(slug('Été à Liège')).toBe('ete-a-liege');
  });
});
