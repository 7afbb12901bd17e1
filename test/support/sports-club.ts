/** A Kortrijk volleyball club's answers around the activities a test gives: the controller the model-fact tests share. */
import { LANGUAGES } from '../../source/core/languages.js';

type Json = Record<string, unknown>;

export const sportsClubAnswers = (activities: Json[], patch: Json = {}): Json => ({
  version: 1,
  languages: [...LANGUAGES],
  effectiveDate: '2026-03-01',
  controller: {
    legalName: 'Volleybalclub Kortrijk',
    address: { street: 'Lange Munte 1', postalCode: '8500', city: 'Kortrijk', country: 'BE' },
    email: 'bestuur@vck.be',
  },
  activities,
  recipients: [],
  ...patch,
});
