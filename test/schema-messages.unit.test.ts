/**
 * A file that is not valid answers is explained in the reader's language: every problem of the
 * answers format (an unknown catalog id or country, a mapping or prose of the wrong shape, an
 * empty list, a value not among the allowed ones) and of the file and its YAML (too large, an
 * alias, a second document…) is a `schema.*` message of questions/check-messages.yaml, written in
 * the language check (`--ui-lang`) and the wizard speak. English stays what replay has always
 * printed. Expected texts come from check-messages.yaml, never from the code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { WHATS } from '../source/core/answers/fields.js';
import { MAX_ANSWERS_BYTES, MAX_FLOW_DEPTH, readAnswers, validateAnswers } from '../source/core/answers/parse.js';
import type { Problem } from '../source/core/answers/problems.js';
import { buildAnswersSchema } from '../source/core/answers/schema.js';
import { legalBasisIds } from '../source/core/catalogs/schema.js';
import { answerProblem } from '../source/core/flow/validate-answer.js';
import { LANGUAGES, type Language } from '../source/core/languages.js';
import { checkAnswersObject } from '../source/core/pipeline.js';
import { loadAnswersText } from '../source/io/read-answers-file.js';
import { REPO, tempDir } from './support/cli.js';
import { englishWord } from './support/english.js';
import { catalogs } from './support/replay.js';

const messages = parse(readFileSync(join(REPO, 'questions', 'check-messages.yaml'), 'utf8')) as Record<string, Record<Language, string>>;
const minimal = readFileSync(join(REPO, 'test/fixtures/minimal.yaml'), 'utf8');
const OTHERS = ['nl', 'fr', 'de'] as const;

type Param = string | number | { id: string; params?: Record<string, Param> };
/** The message as check-messages.yaml writes it in `lang`, its placeholders filled (a message for a message). */
function expected(id: string, params: Record<string, Param>, lang: Language): string {
  const template = messages[id]?.[lang];
  if (template === undefined) throw new Error(`check-messages.yaml has no ${id} in ${lang}`);
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const param = params[name];
    if (param === undefined) throw new Error(`${id} needs {{${name}}}`);
    return typeof param === 'object' ? expected(param.id, param.params ?? {}, lang) : String(param);
  });
}
const what = (name: string): Param => ({ id: `schema.what.${name}` });
const or = (values: readonly string[]): Param => ({
  id: 'schema.or',
  params: { items: values.slice(0, -1).join(', '), last: values.at(-1)! },
});
/** The prose shape the messages show: every output language. */
const SHAPE = `{${LANGUAGES.map((lang) => `${lang}: ...`).join(', ')}}`;

function edit(from: string, to: string): string {
  if (!minimal.includes(from)) throw new Error(`minimal.yaml has no ${from}`);
  return minimal.replace(from, to);
}
const recipient = (lines: string) => `${minimal}recipients:\n  - ${lines.trim().split('\n').join('\n    ')}\n`;

interface Case {
  name: string;
  id: string;
  text: string;
  path: string;
  params: Record<string, Param>;
  /**
   * What replay prints in English: word for word what it printed before the message had a
   * translation, except for the supervisory authority's two and those that say so, which were
   * valibot's own words ("Invalid type: Expected string but received true").
   */
  english: string;
}

const cases: Case[] = [
  {
    name: 'an unknown country of a recipient',
    id: 'schema.location',
    text: recipient('name: Print Cloud\nrole: processor\ncountries: [XX]'),
    path: 'recipients[0].countries[0]',
    params: { code: 'XX' },
    english: "unknown country 'XX': use an ISO 3166-1 alpha-2 code such as BE, NL or US, or EEA for the EU/EEA",
  },
  {
    name: 'a misspelt processor',
    id: 'schema.catalog-unknown-near',
    text: recipient('service: mailchimpp\nrole: processor\ncountries: [US]'),
    path: 'recipients[0].service',
    params: { what: what('processor'), id: 'mailchimpp', candidate: 'mailchimp' },
    english: "unknown processor 'mailchimpp'; did you mean 'mailchimp'?",
  },
  {
    name: 'a misspelt purpose (an id or prose)',
    id: 'schema.catalog-unknown-near',
    text: edit('purpose: process-orders', 'purpose: process-ordres'),
    path: 'activities[0].purposes[0].purpose',
    params: { what: what('purpose'), id: 'process-ordres', candidate: 'process-orders' },
    english: "unknown purpose 'process-ordres'; did you mean 'process-orders'?",
  },
  {
    name: 'a misspelt Art. 9 condition',
    id: 'schema.catalog-unknown-near',
    text: edit(
      '    requirement: contract-needed',
      '    requirement: contract-needed\n    specialCategories:\n      - category: health\n        condition: explicit-consnt',
    ),
    path: 'activities[0].specialCategories[0].condition',
    params: { what: what('special-condition'), id: 'explicit-consnt', candidate: 'explicit-consent' },
    english: "unknown Art. 9 condition 'explicit-consnt'; did you mean 'explicit-consent'?",
  },
  {
    name: 'a misspelt supervisory authority',
    id: 'schema.catalog-unknown-near',
    text: `${minimal}supervisoryAuthority: bel\n`,
    path: 'supervisoryAuthority',
    params: { what: what('supervisory-authority'), id: 'bel', candidate: 'be' },
    // Until this message, the union around it said "Invalid type: Expected (string | Object) but received "bel"".
    english: "unknown supervisory authority 'bel'; did you mean 'be'?",
  },
  {
    name: 'an authority of its own without its website',
    // Once the union's "Invalid type: Expected (string | Object) but received Object"; then at
    // the union's own path. A mapping is now judged field by field (catalogIdOr).
    id: 'schema.missing-field',
    text: `${minimal}supervisoryAuthority: { name: Autorité de protection des données du Luxembourg }\n`,
    path: 'supervisoryAuthority.website',
    params: { field: 'website' },
    english: "missing field 'website'",
  },
  {
    name: 'an unknown id of a small catalog',
    id: 'schema.catalog-unknown-choice',
    text: `${minimal}cookies:\n  categories: [necessary]\n`,
    path: 'cookies.categories[0]',
    params: { what: what('cookie-category'), id: 'necessary', ids: Object.keys(catalogs['cookie-categories']).join(', ') },
    english: `unknown cookie category 'necessary'; use one of ${Object.keys(catalogs['cookie-categories']).join(', ')}`,
  },
  {
    name: 'an unknown id of a large catalog, near none',
    id: 'schema.catalog-unknown',
    text: edit('[identity, contact-details, billing-details]', '[identity, qqqqzzzz]'),
    path: 'activities[0].dataCategories[1]',
    params: { what: what('data-category'), id: 'qqqqzzzz' },
    english: "unknown data category 'qqqqzzzz'",
  },
  // Not text where a catalog id belongs: valibot's "Invalid type: Expected string but received true" until these.
  {
    name: 'a processor that is not text',
    id: 'schema.catalog-id',
    text: recipient('service: true\nrole: processor\ncountries: [US]'),
    path: 'recipients[0].service',
    params: { what: what('processor'), example: Object.keys(catalogs.processors)[0]! },
    english: `must be an id from the processor catalog, such as ${Object.keys(catalogs.processors)[0]!}`,
  },
  {
    name: 'an activity preset as a list',
    id: 'schema.catalog-id',
    text: edit('preset: orders-invoicing', 'preset: [orders-invoicing]'),
    path: 'activities[0].preset',
    params: { what: what('activity-preset'), example: Object.keys(catalogs['activity-presets'])[0]! },
    english: `must be an id from the activity preset catalog, such as ${Object.keys(catalogs['activity-presets'])[0]!}`,
  },
  {
    name: 'an id of a small catalog as a mapping',
    id: 'schema.one-of',
    text: `${minimal}cookies:\n  categories: [{ id: analytics }]\n`,
    path: 'cookies.categories[0]',
    params: { ids: Object.keys(catalogs['cookie-categories']).join(', ') },
    english: `must be one of ${Object.keys(catalogs['cookie-categories']).join(', ')}`,
  },
  {
    name: 'an empty list',
    id: 'schema.at-least-one',
    text: edit('dataSubjects: [customers]', 'dataSubjects: []'),
    path: 'activities[0].dataSubjects',
    params: { what: what('data-subject-category') },
    english: 'name at least one data subject category',
  },
  {
    name: 'a recipient without a country',
    id: 'schema.at-least-one',
    text: recipient('name: Print Cloud\nrole: processor\ncountries: []'),
    path: 'recipients[0].countries',
    params: { what: what('country') },
    english: 'name at least one country',
  },
  // Values of the wrong type where text of a given form belongs: valibot's own words until these
  // messages, "Invalid type: Expected string but received true" (or Array, Object).
  {
    name: 'an e-mail address that is not text',
    id: 'schema.email',
    text: edit('  email: info@drukkerij-peeters.be', '  email: true'),
    path: 'controller.email',
    params: {},
    english: 'must be an email address, such as info@example.be',
  },
  {
    name: 'a website that is a list',
    id: 'schema.url',
    text: edit('  legalForm: BV', '  legalForm: BV\n  website: [https://drukkerij-peeters.be]'),
    path: 'controller.website',
    params: {},
    english: 'must be a full web address, such as https://example.be',
  },
  {
    name: 'a phone number that is a mapping',
    id: 'schema.phone',
    text: edit('  legalForm: BV', '  legalForm: BV\n  phone: { office: "+32 15 12 34 56" }'),
    path: 'controller.phone',
    params: {},
    english: 'must be a phone number, such as +32 9 123 45 67',
  },
  {
    name: 'a date that is a list',
    id: 'schema.date',
    text: edit('effectiveDate: "2026-03-01"', 'effectiveDate: ["2026-03-01"]'),
    path: 'effectiveDate',
    params: {},
    english: 'must be a date written YYYY-MM-DD',
  },
  {
    name: 'an activity id that is not text',
    id: 'schema.id',
    text: edit('  - id: orders', '  - id: true'),
    path: 'activities[0].id',
    params: {},
    english: 'must be lowercase letters, digits and dashes, such as contact-form',
  },
  {
    name: "the controller's country as a list",
    id: 'schema.country-code',
    text: edit('    country: BE', '    country: [BE]'),
    path: 'controller.address.country',
    params: {},
    english: 'must be an ISO 3166-1 alpha-2 code, such as BE, NL or US',
  },
  {
    name: "a recipient's country as a mapping",
    id: 'schema.location-code',
    text: recipient('name: Print Cloud\nrole: processor\ncountries: [{ code: US }]'),
    path: 'recipients[0].countries[0]',
    params: {},
    english: 'must be an ISO 3166-1 alpha-2 code, such as BE, NL or US, or EEA for the EU/EEA',
  },
  {
    name: 'a postal code that is neither text nor a number',
    // "Invalid type: Expected (string | number) but received true" until this message.
    id: 'schema.text-or-number',
    text: edit('    postalCode: "2800"', '    postalCode: true'),
    path: 'controller.address.postalCode',
    params: {},
    english: 'must be text or a number',
  },
  {
    name: 'an enterprise number as a list',
    id: 'schema.text-or-number',
    text: edit('  enterpriseNumber: "0879.451.290"', '  enterpriseNumber: ["0879.451.290"]'),
    path: 'controller.enterpriseNumber',
    params: {},
    english: 'must be text or a number',
  },
  {
    name: 'an authority of its own with an e-mail address that is not text',
    // At the field, not at the union around it (catalogIdOr).
    id: 'schema.email',
    text: `${minimal}supervisoryAuthority: { name: Example Authority, email: true, website: "https://example.org" }\n`,
    path: 'supervisoryAuthority.email',
    params: {},
    english: 'must be an email address, such as info@example.be',
  },
  {
    name: 'a mapping that is not one',
    id: 'schema.mapping',
    text: edit(
      '  address:\n    street: Stationsstraat 4\n    postalCode: "2800"\n    city: Mechelen\n    country: BE',
      '  address: Stationsstraat 4',
    ),
    path: 'controller.address',
    params: { fields: 'street, postalCode, city, country' },
    english: 'must be a mapping of street, postalCode, city, country',
  },
  {
    name: 'prose that is not a mapping',
    id: 'schema.prose',
    text: edit('  legalForm: BV', '  legalForm: BV\n  actsAsProcessor: We print for agencies.'),
    path: 'controller.actsAsProcessor',
    params: { shape: SHAPE },
    english: 'must be text in each output language, as {en: ..., nl: ..., fr: ..., de: ...}',
  },
  {
    name: 'an item that is neither an id nor prose',
    id: 'schema.prose',
    text: edit('purpose: process-orders', 'purpose: true'),
    path: 'activities[0].purposes[0].purpose',
    params: { shape: SHAPE },
    english: 'must be text in each output language, as {en: ..., nl: ..., fr: ..., de: ...}',
  },
  {
    name: 'prose in an unknown language',
    id: 'schema.prose-language',
    text: edit('  legalForm: BV', '  legalForm: BV\n  actsAsProcessor: { es: "Imprimimos para agencias." }'),
    path: 'controller.actsAsProcessor.es',
    params: { code: 'es', shape: SHAPE },
    english: "unknown language 'es': write prose as {en: ..., nl: ..., fr: ..., de: ...}",
  },
  {
    name: 'prose in no language',
    id: 'schema.prose-empty',
    text: edit('  legalForm: BV', '  legalForm: BV\n  actsAsProcessor: {}'),
    path: 'controller.actsAsProcessor',
    params: {},
    english: 'give the text in at least one language',
  },
  {
    name: 'an unknown output language',
    id: 'schema.language',
    text: edit('languages: [en, nl]', 'languages: [en, es]'),
    path: 'languages[1]',
    params: { code: 'es', choice: or(LANGUAGES) },
    english: "unknown language 'es': use en, nl, fr or de",
  },
  {
    name: 'an unknown role',
    id: 'schema.choice',
    text: recipient('name: Print Cloud\nrole: supplier\ncountries: [BE]'),
    path: 'recipients[0].role',
    params: { choice: or(['processor', 'controller', 'joint-controller', 'authority']) },
    english: 'must be processor, controller, joint-controller or authority',
  },
  {
    name: "an unknown cookie's party",
    id: 'schema.choice',
    text: `${minimal}cookies:\n  categories: [analytics]\n  own:\n    - name: visit\n      party: second\n      category: analytics\n      lifetime: session\n      purpose: { en: "counts visits", nl: "telt bezoeken" }\n`,
    path: 'cookies.own[0].party',
    params: { choice: or(['first', 'third']) },
    english: 'must be first or third',
  },
  {
    name: 'an unknown collection point',
    id: 'schema.choice',
    text: edit('    requirement: contract-needed', '    requirement: contract-needed\n    collection: desk'),
    path: 'activities[0].collection',
    params: { choice: or(['form', 'camera', 'none']) },
    english: 'must be form, camera or none',
  },
  {
    name: 'an unknown legal basis',
    id: 'schema.one-of',
    text: edit('basis: contract', 'basis: contrat'),
    path: 'activities[0].purposes[0].basis',
    params: { ids: legalBasisIds.join(', ') },
    english: `must be one of ${legalBasisIds.join(', ')}`,
  },
  {
    name: 'another version of the format',
    id: 'schema.version',
    text: edit('version: 1', 'version: 2'),
    path: 'version',
    params: { version: 1 },
    english: 'must be 1 (this tool reads answers format version 1)',
  },
  {
    name: 'a retention period in an unknown unit',
    id: 'schema.duration',
    text: edit('      - preset: customer-file', '      - preset: customer-file\n        period: { year: 1 }'),
    path: 'activities[0].retention[1].period.year',
    params: { examples: or(['{years: 10}', '{months: 6}', '{weeks: 2}', '{days: 30}']) },
    english: 'must be a duration such as {years: 10}, {months: 6}, {weeks: 2} or {days: 30}',
  },
  {
    name: 'a retention period in two units',
    id: 'schema.duration-one',
    text: edit('      - preset: customer-file', '      - preset: customer-file\n        period: { years: 1, months: 6 }'),
    path: 'activities[0].retention[1].period',
    params: { units: or(['years', 'months', 'weeks', 'days']) },
    english: 'give exactly one of years, months, weeks or days',
  },
  {
    name: 'a retention period of a year and a half',
    id: 'schema.whole-number',
    text: edit('      - preset: customer-file', '      - preset: customer-file\n        period: { years: 1.5 }'),
    path: 'activities[0].retention[1].period.years',
    params: {},
    english: 'must be a whole number',
  },
  {
    name: 'a retention period of minus one day',
    id: 'schema.not-negative',
    text: edit('      - preset: customer-file', '      - preset: customer-file\n        period: { days: -1 }'),
    path: 'activities[0].retention[1].period.days',
    params: {},
    // valibot's own words until this message: "Invalid value: Expected >=0 but received -1".
    english: 'must be a whole number, 0 or more',
  },
  {
    name: "a cookie's lifetime of the wrong shape",
    id: 'schema.lifetime',
    text: `${minimal}cookies:\n  categories: [analytics]\n  own:\n    - name: visit\n      category: analytics\n      lifetime: forever\n      purpose: { en: "counts visits", nl: "telt bezoeken" }\n`,
    path: 'cookies.own[0].lifetime',
    params: { example: '{months: 6}' },
    english: 'must be session or a duration such as {months: 6}',
  },
  {
    name: "a cookie's lifetime in two units",
    id: 'schema.duration-one',
    text: `${minimal}cookies:\n  categories: [analytics]\n  own:\n    - name: visit\n      category: analytics\n      lifetime: { days: 1, hours: 2 }\n      purpose: { en: "counts visits", nl: "telt bezoeken" }\n`,
    path: 'cookies.own[0].lifetime',
    params: { units: or(['years', 'months', 'weeks', 'days', 'hours', 'minutes']) },
    english: 'give exactly one of years, months, weeks, days, hours or minutes',
  },
  {
    name: "a cookie's lifetime of minus one hour",
    id: 'schema.not-negative',
    text: `${minimal}cookies:\n  categories: [analytics]\n  own:\n    - name: visit\n      category: analytics\n      lifetime: { hours: -1 }\n      purpose: { en: "counts visits", nl: "telt bezoeken" }\n`,
    path: 'cookies.own[0].lifetime.hours',
    params: {},
    // valibot's own words until this message: "Invalid value: Expected >=0 but received -1".
    english: 'must be a whole number, 0 or more',
  },
  {
    name: 'an age of digital consent below 13',
    id: 'schema.whole-number-range',
    text: `${minimal}children: { directedAtChildren: true, digitalConsentAge: 10 }\n`,
    path: 'children.digitalConsentAge',
    params: { min: 13, max: 16 },
    // valibot's own words until this message: "Invalid value: Expected >=13 but received 10".
    english: 'must be a whole number from 13 to 16',
  },
  {
    name: 'an age of digital consent above 16',
    id: 'schema.whole-number-range',
    text: `${minimal}children: { directedAtChildren: true, digitalConsentAge: 18 }\n`,
    path: 'children.digitalConsentAge',
    params: { min: 13, max: 16 },
    // "Invalid value: Expected <=16 but received 18".
    english: 'must be a whole number from 13 to 16',
  },
  {
    name: 'a file too large',
    id: 'schema.too-large',
    text: `${minimal}# ${'x'.repeat(MAX_ANSWERS_BYTES)}\n`,
    path: '(file)',
    params: { size: MAX_ANSWERS_BYTES / 1024 },
    english: `is larger than ${MAX_ANSWERS_BYTES / 1024} KiB: not an answers file`,
  },
  {
    name: 'brackets nested too deeply',
    id: 'schema.too-deep',
    text: edit('  legalForm: BV', `  legalForm: ${'['.repeat(MAX_FLOW_DEPTH + 1)}${']'.repeat(MAX_FLOW_DEPTH + 1)}`),
    path: '(yaml)',
    params: {},
    english: 'nested too deeply: an answers file needs only a few levels',
  },
  {
    name: 'a second YAML document',
    id: 'schema.second-document',
    text: `${minimal}---\nversion: 1\n`,
    path: '(yaml)',
    params: {},
    english: 'a second YAML document starts here: an answers file is one document',
  },
  {
    name: 'an alias',
    id: 'schema.alias',
    text: edit('  legalForm: BV', '  legalForm: &form BV\n  tradeName: *form'),
    path: '(yaml)',
    params: { name: 'form' },
    english: 'aliases (*form) are not allowed in answers files: write the value out',
  },
  {
    name: 'a list as a key',
    id: 'schema.key-not-name',
    text: `${minimal}[legal, form]: BV\n`,
    path: '(yaml)',
    params: {},
    english: 'a key is a name, not a list or mapping: write the field name before the colon',
  },
  {
    name: 'a list for a whole file',
    id: 'schema.not-a-mapping',
    text: '- version: 1\n- languages: [en]\n',
    path: '(root)',
    params: {},
    english: 'an answers file is a YAML mapping that starts with `version: 1`',
  },
  {
    name: 'a control character',
    id: 'schema.control-character',
    text: edit('legalName: Drukkerij Peeters', 'legalName: "Drukkerij\\x01Peeters"'),
    path: 'controller.legalName',
    params: { code: '0001' },
    english: 'holds the control character U+0001, which has no place in a notice',
  },
  // YAML that cannot be read: the usual slips, each with its fix, and any other in yaml's own words.
  ...(
    [
      [
        'a key given twice',
        'schema.yaml-duplicate-key',
        `${minimal}version: 1\n`,
        {},
        'this key is already in the same mapping: keep one of the two',
      ],
      [
        'a line indented less than its neighbours',
        'schema.yaml-indent',
        edit('  legalForm: BV', ' legalForm: BV'),
        {},
        'the lines of one mapping must start in the same column: check the indentation',
      ],
      [
        'a bracket not closed',
        'schema.yaml-bracket',
        edit('  legalForm: BV', '  legalForm: [BV'),
        {},
        'a list in [ ] or a mapping in { } is not closed, or a line of it is not indented enough',
      ],
      [
        'a tab as indentation',
        'schema.yaml-tab',
        edit('  legalForm: BV', '\tlegalForm: BV'),
        {},
        'a tab is not allowed as indentation: indent with spaces',
      ],
      [
        'a quotation mark not closed',
        'schema.yaml-quote',
        edit('  legalForm: BV', '  legalForm: "BV'),
        {},
        'a quotation mark is not closed: end the text with the quotation mark it starts with',
      ],
      [
        'a key without its value',
        'schema.yaml-no-value',
        `${minimal}website\n`,
        {},
        'a key needs a colon and its value after it (`key: value`)',
      ],
      [
        'a comment without a space before it',
        'schema.yaml-comment',
        edit('  legalForm: BV', '  legalForm: "BV"#x'),
        {},
        'a # that starts a comment needs a space before it; in a text, put the text in quotes',
      ],
      [
        'a backslash that is no escape',
        'schema.yaml-escape',
        edit('  legalForm: BV', '  legalForm: "B\\qV"'),
        {},
        'this backslash is not valid between double quotes: write \\\\ for a backslash, or use single quotes',
      ],
      [
        'a colon and a space in a value',
        'schema.yaml-colon-in-value',
        edit('  legalForm: BV', '  legalForm: BV: private company'),
        {},
        'a value with a colon and a space in it must be in quotes',
      ],
      [
        'a key on two lines',
        'schema.yaml-key-one-line',
        `${minimal}website\nphone: x\n`,
        {},
        'a key must be on one line, with a colon after it',
      ],
      [
        'a value that starts with @',
        'schema.yaml-reserved-start',
        edit('  legalForm: BV', '  legalForm: @BV'),
        { char: '@' },
        'a value cannot start with @: put it in quotes',
      ],
      [
        'a slip of YAML without a message of its own',
        'schema.yaml-other',
        edit('  legalForm: BV', '  legalForm: &a &b BV'),
        { detail: 'A node can have at most one anchor' },
        'not valid YAML here (A node can have at most one anchor)',
      ],
    ] as const
  ).map(([name, id, text, params, english]) => ({ name, id, text, path: '(yaml)', params: params as Record<string, Param>, english })),
  {
    name: 'a phone number read as a number',
    id: 'schema.number-for-text',
    text: edit('  email: info@drukkerij-peeters.be', '  email: info@drukkerij-peeters.be\n  phone: 3215123456'),
    path: 'controller.phone',
    params: { number: 3215123456, written: '3215123456' },
    english: 'is read as the number 3215123456: write it in quotes, as "3215123456", to keep it as text',
  },
];

/** The problem at `path` when `text` is read in `lang` (none: the default, as replay reads). */
function problemAt(text: string, path: string, lang?: Language): Problem {
  const result = readAnswers(text, 'client.yaml', catalogs, lang ? { uiLanguage: lang } : {});
  if (result.ok) throw new Error('the file was read as valid answers');
  const problem = result.problems.find((p) => p.path === path);
  if (!problem) throw new Error(`no problem at ${path}: ${result.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  return problem;
}

/** English left in a message, once the values it quotes (ids, codes the file writes) are taken out. */
function englishIn(message: string, params: Record<string, Param>): string | undefined {
  const values = Object.values(params).filter((p): p is string | number => typeof p !== 'object');
  // The ids of an "or" list are values too.
  for (const p of Object.values(params)) if (typeof p === 'object' && p.params) values.push(...(Object.values(p.params) as string[]));
  const word = (value: string | number) =>
    new RegExp(`(?<![\\p{L}\\d-])${String(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d-])`, 'gu');
  const prose = values.reduce<string>((text, value) => text.replace(word(value), ' '), message);
  if (/unknown|must be|did you mean|use one of|at least|exactly|not allowed|write it|answers file/i.test(prose)) return prose;
  return englishWord(prose);
}

const misspeltProcessor = cases.find((c) => c.name === 'a misspelt processor')!.params;

describe.each(OTHERS)('an invalid answers file, read in %s', (lang) => {
  it.each(cases)('$name: $id', ({ id, text, path, params }) => {
    const { message } = problemAt(text, path, lang);
    expect(message).toBe(expected(id, params, lang));
    expect(englishIn(message, params)).toBeUndefined();
  });

  it('a file that is not UTF-8: the same', () => {
    const file = join(tempDir(), 'client.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from('version: 1\nlanguages: [en]\n# '), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]));
    const loaded = loadAnswersText(file, lang);
    expect(loaded.ok).toBe(false);
    const problem = 'problems' in loaded ? loaded.problems[0] : undefined;
    expect(problem?.message).toBe(expected('schema.not-utf8', {}, lang));
    expect(problem).toMatchObject({ line: 3, col: 3, path: '(file)' });
  });

  it('a file that cannot be read at all: the same, with the reason in words', () => {
    const dir = tempDir();
    const missing = join(dir, 'missing.yaml');
    const cannotRead = (file: string) => {
      const loaded = loadAnswersText(file, lang);
      return 'cannotRead' in loaded ? loaded.cannotRead : undefined;
    };
    const reason = (id: string) => ({ id: `schema.reason.${id}` });
    expect(cannotRead(missing)).toBe(expected('schema.cannot-read', { file: missing, reason: reason('no-such-file') }, lang));
    expect(cannotRead(dir)).toBe(expected('schema.cannot-read', { file: dir, reason: reason('folder') }, lang));
    expect(cannotRead('/dev/null')).toBe(expected('schema.cannot-read', { file: '/dev/null', reason: reason('device') }, lang));
  });

  it('an answers object (a wizard draft): the same', () => {
    const answers = parse(minimal) as { controller: Record<string, unknown>; recipients?: unknown };
    answers.controller.legalName = 'Drukkerij\u0007Peeters';
    const control = validateAnswers(answers, catalogs, { uiLanguage: lang });
    expect(control.ok || control.issues.map((issue) => issue.message)).toEqual([
      expected('schema.control-character', { code: '0007' }, lang),
    ]);

    answers.controller.legalName = 'Drukkerij Peeters';
    answers.recipients = [{ service: 'mailchimpp', role: 'processor', countries: ['XX'] }];
    const checked = checkAnswersObject(answers, catalogs, { uiLanguage: lang });
    expect(checked.ok || checked.problems).toEqual([
      { path: 'recipients[0].service', message: expected('schema.catalog-unknown-near', misspeltProcessor, lang) },
      { path: 'recipients[0].countries[0]', message: expected('schema.location', { code: 'XX' }, lang) },
    ]);
  });

  it("a wizard answer: the question's own check", () => {
    const schema = buildAnswersSchema(catalogs);
    const problem = answerProblem(schema, ['activities', 0, 'preset'], 'contact-from', undefined, undefined, lang);
    expect(problem).toBe(
      expected('schema.catalog-unknown-near', { what: what('activity-preset'), id: 'contact-from', candidate: 'contact-form' }, lang),
    );
  });
});

describe('in English, the default', () => {
  it.each(cases)('$name: what replay prints', ({ id, text, path, params, english }) => {
    expect(problemAt(text, path).message).toBe(english);
    expect(expected(id, params, 'en')).toBe(english);
    expect(problemAt(text, path, 'en').message).toBe(english);
    // What the other languages are held to finds the English.
    expect(englishIn(english, params)).toBeDefined();
  });

  it('a file that is not UTF-8: the same', () => {
    const file = join(tempDir(), 'client.yaml');
    writeFileSync(file, Buffer.from([0x23, 0x20, 0xff, 0x0a]));
    const loaded = loadAnswersText(file);
    expect('problems' in loaded && loaded.problems[0]?.message).toBe('is not UTF-8 text from here on: save the file as UTF-8');
  });
});

describe('what a catalog or a list holds (schema.what.*)', () => {
  it('is named in every language, and differently from English in each other one', () => {
    for (const name of WHATS) {
      const texts = messages[`schema.what.${name}`];
      expect(Object.keys(texts ?? {}), name).toEqual([...LANGUAGES]);
      for (const lang of OTHERS) expect(texts![lang].toLowerCase(), `${name} in ${lang}`).not.toBe(texts!.en.toLowerCase());
    }
  });

  // The compiler holds the schema's names to WHATS; this holds WHATS to the schema and the messages.
  it('has an entry for every name, and every name is used by the answers format', () => {
    const code = readFileSync(join(REPO, 'source/core/answers/schema.ts'), 'utf8');
    for (const name of WHATS) expect(code, name).toContain(`'${name}'`);
    const entries = Object.keys(messages).filter((id) => id.startsWith('schema.what.'));
    expect(entries.sort()).toEqual(WHATS.map((name) => `schema.what.${name}`).sort());
  });

  it.each(OTHERS)('leaves no English catalog name in a sentence in %s', (lang) => {
    for (const name of WHATS) {
      for (const id of ['schema.catalog-unknown-near', 'schema.at-least-one']) {
        const sentence = expected(id, { what: what(name), id: 'x', candidate: 'y' }, lang);
        const english = new RegExp(`(?<!\\p{L})${messages[`schema.what.${name}`]!.en.replace(/[.()]/g, '\\$&')}(?!\\p{L})`, 'iu');
        expect(sentence, `${id} with ${name}`).not.toMatch(english);
        expect(englishWord(sentence.replace(/'[xy]'|«\u00a0[xy]\u00a0»|„[xy]“/g, '')), `${id} with ${name}`).toBeUndefined();
      }
    }
  });
});
