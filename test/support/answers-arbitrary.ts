/**
 * Generated answers files that are structurally valid (they pass the answers schema), for the
 * check ⇔ replay property: every activity preset, every retention preset with and without each
 * override (period, from as a catalog event or as own text, reason, a follow-up), rules without a preset in
 * every shape, recipients inside and outside the EEA with and without a safeguard (and a fallback), by
 * name, service or category. Most are what
 * the wizard would write from a preset; some are odd on purpose, so that check finds errors too.
 */
import fc from 'fast-check';
import { type CatalogFiles, legalBasisIds, presetSourceEntries } from '../../source/core/catalogs/schema.js';
import { LANGUAGES, type Language } from '../../source/core/languages.js';

type Json = Record<string, unknown>;

/** Own text a user might write, and now and then a vague one that rule retention-vague refuses. */
const phrase = fc.oneof(
  { arbitrary: fc.constantFrom('from the date of the invoice', 'after the last delivery', 'for our own records'), weight: 15 },
  { arbitrary: fc.constant('as long as necessary'), weight: 1 },
);
/** Inside and outside the EEA, with and without an adequacy decision (CH, GB, JP have one), and the EU/EEA as one location. */
export const COUNTRIES = ['BE', 'NL', 'DE', 'FR', 'IE', 'NO', 'EEA', 'US', 'CH', 'GB', 'JP', 'IN', 'BR'];
const VALID_BE_NUMBER = '0879.451.290';

/** Each key of the record with probability ½, as fast-check's optional keys. */
const maybe = <T extends Json>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) => fc.record(model, { requiredKeys: [] });

export function answersArbitrary(c: CatalogFiles): fc.Arbitrary<Json> {
  return fc.subarray([...LANGUAGES], { minLength: 1 }).chain((languages) => answersIn(c, languages));
}

export function catalogIds(c: CatalogFiles) {
  const ids = (catalog: object) => Object.keys(catalog);
  return {
    activityPresets: ids(c['activity-presets']),
    retentionPresets: ids(c['retention-presets']),
    events: ids(c['retention-events']),
    reasons: ids(c['retention-reasons']),
    categories: ids(c['data-categories']),
    special: ids(c['data-categories']).filter((id) => c['data-categories'][id]?.special),
    subjects: ids(c['data-subjects']),
    purposes: ids(c.purposes),
    conditions: ids(c['special-conditions']),
    sources: ids(c['data-sources']),
    requirements: ids(c['provision-requirements']),
    processors: ids(c.processors),
    recipientCategories: ids(c['recipient-categories']),
    safeguards: ids(c.safeguards),
    authorities: ids(c['supervisory-authorities']),
    cookies: ids(c['cookie-categories']),
    measures: ids(c['security-measures']),
    identityChecks: ids(c['identity-checks']),
    changes: ids(c['change-announcements']),
    criminalLaws: ids(c['criminal-record-laws']),
    arrangements: ids(c['joint-arrangements']),
  };
}

/** Prose in the file's languages; now and then one is missing (rule translation-missing). */
export function prose(languages: readonly Language[]): fc.Arbitrary<Json> {
  const inLanguages = (langs: readonly Language[]) =>
    phrase.map((text) => Object.fromEntries(langs.map((lang) => [lang, `${text} (${lang})`])));
  return fc.oneof(
    { arbitrary: inLanguages(languages), weight: 60 },
    { arbitrary: fc.subarray([...languages], { minLength: 1 }).chain(inLanguages), weight: 1 },
  );
}

const period = fc
  .tuple(fc.constantFrom('years', 'months', 'weeks', 'days'), fc.integer({ min: 0, max: 12 }))
  .map(([unit, amount]) => ({ [unit]: amount }));

/** The overrides of a retention rule: none, or any subset of period, from, reason and follow-up, each in each form. */
export function overrides(c: CatalogFiles, languages: readonly Language[]): fc.Arbitrary<Json> {
  const ids = catalogIds(c);
  const some = maybe({
    period,
    from: fc.oneof(fc.constantFrom(...ids.events), prose(languages)),
    reason: fc.oneof(fc.constantFrom(...ids.reasons), prose(languages)),
    followUp: fc.constantFrom(...Object.keys(c['retention-follow-ups'])),
  });
  return fc.oneof({ arbitrary: fc.constant({}), weight: 2 }, some);
}

function retentionRule(c: CatalogFiles, languages: readonly Language[]): fc.Arbitrary<Json> {
  const ids = catalogIds(c);
  const data = fc.array(fc.oneof({ arbitrary: fc.constantFrom(...ids.categories), weight: 4 }, prose(languages)), {
    minLength: 1,
    maxLength: 2,
  });
  return fc
    .tuple(fc.option(fc.constantFrom(...ids.retentionPresets), { freq: 5 }), overrides(c, languages), fc.option(data, { freq: 1 }))
    .map(([preset, own, covers]) => ({ ...(preset === null ? {} : { preset }), ...own, ...(covers === null ? {} : { data: covers }) }));
}

function activity(c: CatalogFiles, languages: readonly Language[], index: number): fc.Arbitrary<Json> {
  const ids = catalogIds(c);
  const text = prose(languages);
  const ref = (catalog: string[]) => fc.oneof({ arbitrary: fc.constantFrom(...catalog), weight: 5 }, text);
  const rules = fc.array(retentionRule(c, languages), { minLength: 1, maxLength: 2 });
  const oneSource = fc.record({ from: ref(ids.sources), publiclyAccessible: fc.boolean() }, { requiredKeys: ['from'] });
  // As the wizard writes it from a preset: the preset's suggestions, then retention overrides.
  const fromPreset = fc.constantFrom(...ids.activityPresets).chain((id) => {
    const preset = c['activity-presets'][id]!;
    const presetRules = fc.tuple(...preset.retention.map((r) => overrides(c, languages).map((own) => ({ preset: r.preset, ...own }))));
    return fc
      .record({
        preset: fc.constant(id),
        dataSubjects: fc.constant(preset.dataSubjects),
        dataCategories: fc.constant(preset.dataCategories),
        purposes: fc.constant(preset.purposes),
        requirement: fc.oneof({ arbitrary: fc.constant(preset.requirement ?? 'voluntary'), weight: 9 }, fc.constant(undefined)),
        extra: maybe({ source: fc.constant(preset.source ? presetSourceEntries(preset) : undefined) }),
        retention: fc.oneof({ arbitrary: presetRules, weight: 4 }, rules),
      })
      .map(({ extra, ...rest }) => ({ ...rest, ...extra }));
  });
  const own = fc
    .record({
      fields: maybe({
        preset: fc.constantFrom(...ids.activityPresets),
        name: text,
        description: text,
        specialCategories: fc.array(
          fc.record({ category: fc.constantFrom(...ids.special), condition: fc.constantFrom(...ids.conditions) }),
          { minLength: 1, maxLength: 1 },
        ),
        // One source, or several (alternatives), each now and then naming the data it supplies.
        source: fc.oneof(
          { arbitrary: oneSource, weight: 3 },
          fc.array(
            fc
              .tuple(oneSource, fc.option(fc.array(ref(ids.categories), { minLength: 1, maxLength: 2 })))
              .map(([one, data]) => (data === null ? one : { ...one, data })),
            { minLength: 1, maxLength: 3 },
          ),
        ),
        alsoFromYou: fc.boolean(),
        minors: fc.boolean(),
        largeScale: fc.boolean(),
        requirement: ref(ids.requirements),
        // Art. 10: the authorising law, now and then without a criminal-record category (harmless) or missing with one.
        criminalRecords: ref(ids.criminalLaws),
      }),
      dataSubjects: fc.array(ref(ids.subjects), { minLength: 1, maxLength: 2 }),
      dataCategories: fc.array(ref(ids.categories), { minLength: 1, maxLength: 3 }),
      purposes: fc.array(
        fc
          .tuple(fc.record({ purpose: ref(ids.purposes), basis: fc.constantFrom(...legalBasisIds) }), maybe({ legitimateInterest: text }))
          .map(([p, li]) => ({ ...p, ...li })),
        { minLength: 1, maxLength: 2 },
      ),
      retention: rules,
    })
    .map(({ fields, ...rest }) => ({ ...fields, ...rest }));
  // Through JSON, so that a field left undefined is left out, as in a file.
  return fc
    .oneof({ arbitrary: fromPreset, weight: 5 }, own)
    .map((act) => JSON.parse(JSON.stringify({ id: `activity-${index}`, ...act })) as Json);
}

function recipient(c: CatalogFiles, languages: readonly Language[], activityIds: string[]): fc.Arbitrary<Json> {
  const ids = catalogIds(c);
  const role = fc.constantFrom('processor', 'controller', 'joint-controller', 'authority');
  // A catalog processor where the catalog says it processes data, with its own safeguard.
  const catalogService = fc.constantFrom(...ids.processors).map((id) => {
    const p = c.processors[id]!;
    return { service: id, role: 'processor', countries: p.countries, ...(p.safeguard ? { safeguard: p.safeguard } : {}) };
  });
  const other = fc
    .record({
      fields: maybe({
        service: fc.constantFrom(...ids.processors),
        category: fc.constantFrom(...ids.recipientCategories),
        name: fc.constantFrom('Boekhouder Janssens', 'Koerier Express'),
        purpose: prose(languages),
        safeguard: fc.constantFrom(...ids.safeguards),
        fallbackSafeguard: fc.constantFrom(...ids.safeguards),
        activities: fc.subarray(activityIds, { minLength: 1 }),
        // Art. 26(2): the essence, a catalog id or own text; missing now and then (rule joint-arrangement).
        arrangement: fc.oneof(fc.constantFrom(...ids.arrangements), prose(languages)),
      }),
      role,
      countries: fc.subarray(COUNTRIES, { minLength: 1, maxLength: 3 }),
    })
    .map(({ fields, ...rest }) => ({ ...fields, ...rest }));
  return fc.oneof({ arbitrary: catalogService, weight: 2 }, other);
}

function answersIn(c: CatalogFiles, languages: Language[]): fc.Arbitrary<Json> {
  const ids = catalogIds(c);
  const text = prose(languages);
  const countries = fc.constantFrom('BE', 'BE', 'BE', 'NL', 'DE', 'FR', 'US');
  return fc.tuple(fc.integer({ min: 1, max: 3 }), countries).chain(([count, country]) => {
    const activityIds = Array.from({ length: count }, (_, i) => `activity-${i}`);
    const national = ids.authorities.filter((id) => c['supervisory-authorities'][id]!.country === country);
    const authority = fc.oneof(
      { arbitrary: national.length > 0 ? fc.constantFrom(...national) : fc.constantFrom(...ids.authorities), weight: 6 },
      fc.constantFrom(...ids.authorities),
      fc.constant({ name: 'Data Protection Authority', website: 'https://www.dataprotectionauthority.be' }),
    );
    return fc
      .record({
        controller: fc
          .record({
            fields: maybe({
              enterpriseNumber: fc.constantFrom(VALID_BE_NUMBER, VALID_BE_NUMBER, VALID_BE_NUMBER, VALID_BE_NUMBER, '0123.456.789'),
              tradeName: fc.constant('Peeters Print'),
            }),
            // The country's own form of postal code, now and then one with the country prefix that check refuses.
            address: fc
              .constantFrom(...Array<string>(5).fill(c.countries.postalCodes?.[country]?.example ?? '2800'), `${country.charAt(0)}-2800`)
              .map((postalCode) => ({ street: 'Stationsstraat 4', postalCode, city: 'Mechelen', country })),
          })
          .map(({ fields, address }) => ({ legalName: 'Drukkerij Peeters', ...fields, address, email: 'info@example.be' })),
        activities: fc.tuple(...activityIds.map((_, i) => activity(c, languages, i))),
        recipients: fc.array(recipient(c, languages, activityIds), { maxLength: 3 }),
        optional: maybe({
          representative: fc.constant({ name: 'EU Rep BV', address: 'Kerkstraat 1, 1000 Brussel, Belgium', email: 'rep@example.be' }),
          supervisoryAuthority: authority,
          dpo: fc.constant({ email: 'dpo@example.be' }),
          rights: maybe({ byPost: fc.boolean(), identityCheck: fc.constantFrom(...ids.identityChecks) }),
          automatedDecisions: fc.array(
            fc.record(
              { description: text, logic: text, consequences: text, ground: fc.constantFrom('contract', 'law', 'explicit-consent') },
              { requiredKeys: ['description', 'logic', 'consequences'] },
            ),
            { maxLength: 1 },
          ),
          // Cookies that need consent need an activity on consent too (rule consent-withdrawal): mostly the ones that do not.
          cookies: fc.record(
            {
              categories: fc.oneof(
                { arbitrary: fc.constant(ids.cookies.filter((id) => !c['cookie-categories'][id]!.consentRequired)), weight: 3 },
                fc.subarray(ids.cookies, { minLength: 1 }),
              ),
              policyUrl: fc.constant('https://example.be/cookies'),
            },
            { requiredKeys: ['categories'] },
          ),
          security: fc.record({ measures: fc.subarray(ids.measures), description: text }, { requiredKeys: ['measures'] }),
          children: fc.record(
            { directedAtChildren: fc.boolean(), digitalConsentAge: fc.integer({ min: 13, max: 16 }) },
            { requiredKeys: ['directedAtChildren'] },
          ),
          changes: fc.constantFrom(...ids.changes),
        }),
      })
      .map(({ optional, ...rest }) => ({ version: 1, languages, effectiveDate: '2026-03-01', ...rest, ...optional }));
  });
}
