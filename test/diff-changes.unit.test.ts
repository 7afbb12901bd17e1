/**
 * Each kind of change diff knows, in every output language: one edit of the web agency's answers,
 * the one change it makes (its kind, where in which file, its id), and its line in each language
 * naming what changed in that language's words — catalog labels, the answers' own values and the
 * glossary's terms, never text taken from the diff's output.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../source/core/answers/schema.js';
import { CHANGE_KINDS, type Change, type ChangeKind, diffModels } from '../source/core/diff/diff.js';
import { LANGUAGES, type Language } from '../source/core/languages.js';
import { citation } from '../source/core/locale/citations.js';
import { LOCALES } from '../source/core/locale/intl-tables.js';
import { changesOf, edited, line, model, note, regionName } from './support/diff.js';
import { TERMS } from './support/glossary-terms.js';
import { catalogs } from './support/replay.js';

const c = catalogs;
type Edit = (a: Answers) => void;
const nameOf = (name: string | Record<Language, string>, lang: Language) => (typeof name === 'string' ? name : name[lang]);

interface Case {
  kind: ChangeKind;
  /** The edit of the base answers; `before`: an edit of the old version too (the base is the old one otherwise). */
  edit: Edit;
  before?: Edit;
  /** The edit makes the old version, the base the new one (an activity "added" is one the edit removed). */
  reverse?: boolean;
  file: 'old' | 'new';
  path: (string | number)[];
  id: string;
  words: (lang: Language) => string[];
  /** The article the controller's note cites, when there is one. */
  note?: string;
}

const hubspot = { service: 'hubspot', role: 'processor' as const, countries: ['IE', 'US'], safeguard: 'dpf', fallbackSafeguard: 'scc' };
const withDpo: Edit = (a) => {
  a.dpo = { name: 'Ann Peeters', email: 'dpo@pixelwerf.be' };
};
const withRepresentative: Edit = (a) => {
  a.representative = { name: 'EU Rep BV', address: 'Rue Neuve 1, 1000 Bruxelles', email: 'rep@example.be' };
};

const CASES: Case[] = [
  {
    kind: 'activity-added',
    edit: (a) => a.activities.splice(7, 1),
    reverse: true,
    file: 'new',
    path: ['activities', 7],
    id: 'activity-added:applicants',
    words: (l) => [c['activity-presets']['job-applicants']!.label[l], c.purposes.recruitment!.label[l]],
  },
  {
    kind: 'activity-removed',
    edit: (a) => a.activities.splice(7, 1),
    file: 'old',
    path: ['activities', 7],
    id: 'activity-removed:applicants',
    words: (l) => [c['activity-presets']['job-applicants']!.label[l]],
  },
  {
    kind: 'purpose-added',
    edit: (a) => a.activities[1]!.purposes.push({ purpose: 'website-analytics', basis: 'consent' }),
    file: 'new',
    path: ['activities', 1, 'purposes', 1],
    id: 'purpose-added:newsletter/website-analytics',
    words: (l) => [
      c['activity-presets'].newsletter!.label[l],
      c.purposes['website-analytics']!.label[l],
      c['legal-bases'].consent.label[l],
      c['legal-bases'].consent.article[l],
    ],
    note: 'Art. 13(3) GDPR',
  },
  {
    kind: 'purpose-added',
    // Who the client contacts are comes from their employer, what they write from themselves: the
    // new purpose is told to them under Art. 13(3) and 14(4) both.
    edit: (a) => a.activities[3]!.purposes.push({ purpose: 'legal-claims', basis: 'legitimate-interests' }),
    file: 'new',
    path: ['activities', 3, 'purposes', 1],
    id: 'purpose-added:client-contacts/legal-claims',
    words: (l) => [c.purposes['legal-claims']!.label[l], c['legal-bases']['legitimate-interests'].label[l]],
    note: 'Art. 13(3) and 14(4) GDPR',
  },
  {
    kind: 'purpose-removed',
    edit: (a) => a.activities[2]!.purposes.splice(2, 1),
    file: 'old',
    path: ['activities', 2, 'purposes', 2],
    id: 'purpose-removed:projects/direct-marketing-customers',
    words: (l) => [c.purposes['direct-marketing-customers']!.label[l], c['activity-presets']['client-projects']!.label[l]],
  },
  {
    kind: 'basis-changed',
    edit: (a) => {
      a.activities[0]!.purposes[0]!.basis = 'consent';
    },
    file: 'new',
    path: ['activities', 0, 'purposes', 0, 'basis'],
    id: 'basis-changed:contact-form/answer-enquiries',
    words: (l) => [
      c.purposes['answer-enquiries']!.label[l],
      c['legal-bases'].consent.label[l],
      c['legal-bases'].consent.article[l],
      c['legal-bases']['legitimate-interests'].label[l],
      c['legal-bases']['legitimate-interests'].article[l],
    ],
  },
  {
    kind: 'data-added',
    edit: (a) => a.activities[0]!.dataCategories.push('billing-details'),
    file: 'new',
    path: ['activities', 0, 'dataCategories', 4],
    id: 'data-added:contact-form/billing-details',
    words: (l) => [c['data-categories']['billing-details']!.label[l], c['activity-presets']['contact-form']!.label[l]],
  },
  {
    kind: 'data-added',
    edit: (a) => {
      a.activities[7]!.specialCategories = [{ category: 'health-data', condition: 'explicit-consent' }];
    },
    file: 'new',
    path: ['activities', 7, 'specialCategories', 0, 'category'],
    id: 'data-added:applicants/health-data',
    // The glossary's "special categories", in the singular the line uses.
    words: (l) => [
      c['data-categories']['health-data']!.label[l],
      { en: 'special category', nl: 'bijzondere categorie', fr: 'catégorie particulière', de: 'besondere Kategorie' }[l],
    ],
  },
  {
    kind: 'data-removed',
    edit: (a) => a.activities[7]!.dataCategories.splice(3, 1),
    file: 'old',
    path: ['activities', 7, 'dataCategories', 3],
    id: 'data-removed:applicants/recruitment-assessment',
    words: (l) => [c['data-categories']['recruitment-assessment']!.label[l]],
  },
  {
    kind: 'retention-changed',
    edit: (a) => {
      a.activities[0]!.retention[0]!.period = { months: 24 };
    },
    file: 'new',
    path: ['activities', 0, 'retention', 0],
    id: 'retention-changed:contact-form/all',
    words: (l) => ['24', '12', c['retention-events']['enquiry-closed']!.after[l], c['data-categories']['message-content']!.label[l]],
  },
  {
    kind: 'retention-added',
    edit: (a) => a.activities[1]!.retention.splice(1, 1),
    reverse: true,
    file: 'new',
    path: ['activities', 1, 'retention', 1],
    id: 'retention-added:newsletter/covers-proof-of-consent',
    words: (l) => ['3', c['retention-reasons']['proof-of-consent']!.covers![l], c['retention-events']['consent-withdrawn']!.after[l]],
  },
  {
    kind: 'retention-removed',
    edit: (a) => a.activities[1]!.retention.splice(1, 1),
    file: 'old',
    path: ['activities', 1, 'retention', 1],
    id: 'retention-removed:newsletter/covers-proof-of-consent',
    words: (l) => [c['retention-reasons']['proof-of-consent']!.covers![l]],
  },
  {
    kind: 'processor-added',
    edit: (a) => a.recipients.push({ ...hubspot, countries: ['IE'] }),
    file: 'new',
    path: ['recipients', 7],
    id: 'processor-added:hubspot',
    words: (l) => [c.processors.hubspot!.entity, c.processors.hubspot!.service[l], TERMS[l].processor],
  },
  {
    kind: 'processor-removed',
    edit: (a) => a.recipients.splice(0, 1),
    file: 'old',
    path: ['recipients', 0],
    id: 'processor-removed:combell',
    words: (l) => [c.processors.combell!.name, TERMS[l].processor],
  },
  {
    kind: 'recipient-added',
    edit: (a) => a.recipients.push({ category: 'accountant', role: 'controller', countries: ['BE'] }),
    file: 'new',
    path: ['recipients', 7],
    id: 'recipient-added:accountant',
    words: (l) => [
      c['recipient-categories'].accountant!.label[l],
      c['recipient-categories'].accountant!.purpose![l],
      TERMS[l].recipient,
      TERMS[l].controller,
    ],
  },
  {
    kind: 'recipient-removed',
    edit: (a) => a.recipients.splice(6, 1),
    file: 'old',
    path: ['recipients', 6],
    id: 'recipient-removed:fod-financien-spf-finances',
    words: (l) => [base().recipients[6]!.name!, TERMS[l].recipient],
  },
  {
    kind: 'recipient-role-changed',
    edit: (a) => {
      a.recipients[6]!.role = 'controller';
    },
    file: 'new',
    path: ['recipients', 6, 'role'],
    id: 'recipient-role-changed:fod-financien-spf-finances',
    words: (l) => [base().recipients[6]!.name!, TERMS[l].controller],
  },
  {
    kind: 'transfer-added',
    edit: (a) => a.recipients.push(hubspot),
    file: 'new',
    path: ['recipients', 7, 'countries', 1],
    id: 'transfer-added:hubspot/US',
    words: (l) => [
      regionName('US', LOCALES[l]),
      c.safeguards.dpf!.label[l],
      c.safeguards.scc!.label[l],
      TERMS[l].eea,
      c.processors.hubspot!.entity,
    ],
  },
  {
    kind: 'transfer-removed',
    edit: (a) => {
      a.recipients[1]!.countries = ['IE'];
    },
    file: 'old',
    path: ['recipients', 1, 'countries', 1],
    id: 'transfer-removed:google-workspace/US',
    words: (l) => [regionName('US', LOCALES[l]), c.processors['google-workspace']!.entity],
  },
  {
    kind: 'transfer-basis-changed',
    edit: (a) => {
      a.recipients[1]!.safeguard = 'scc';
    },
    file: 'new',
    path: ['recipients', 1, 'safeguard'],
    id: 'transfer-basis-changed:google-workspace/US',
    words: (l) => [regionName('US', LOCALES[l]), c.safeguards.scc!.label[l], c.safeguards.scc!.article[l], c.safeguards.dpf!.label[l]],
  },
  {
    kind: 'controller-changed',
    edit: (a) => {
      a.controller.email = 'hello@pixelwerf.be';
    },
    file: 'new',
    path: ['controller', 'email'],
    id: 'controller-changed:email',
    words: () => ['hello@pixelwerf.be', base().controller.email],
  },
  {
    kind: 'controller-changed',
    edit: (a) => {
      a.controller.address = { ...a.controller.address, street: 'Veldstraat 1' };
    },
    file: 'new',
    path: ['controller', 'address'],
    id: 'controller-changed:address',
    words: (l) => ['Veldstraat 1', base().controller.address.street, regionName('BE', LOCALES[l])],
  },
  { kind: 'dpo-added', edit: withDpo, file: 'new', path: ['dpo'], id: 'dpo-added', words: (l) => ['dpo@pixelwerf.be', TERMS[l].dpo] },
  { kind: 'dpo-removed', edit: withDpo, reverse: true, file: 'old', path: ['dpo'], id: 'dpo-removed', words: (l) => [TERMS[l].dpo] },
  {
    kind: 'dpo-changed',
    before: withDpo,
    edit: (a) => {
      a.dpo = { name: 'Ann Peeters', email: 'privacy-officer@pixelwerf.be' };
    },
    file: 'new',
    path: ['dpo', 'email'],
    id: 'dpo-changed:email',
    words: (l) => ['privacy-officer@pixelwerf.be', 'dpo@pixelwerf.be', TERMS[l].dpo],
  },
  {
    kind: 'representative-added',
    edit: withRepresentative,
    file: 'new',
    path: ['representative'],
    id: 'representative-added',
    words: () => ['EU Rep BV', 'rep@example.be'],
  },
  {
    kind: 'representative-removed',
    edit: withRepresentative,
    reverse: true,
    file: 'old',
    path: ['representative'],
    id: 'representative-removed',
    words: () => [],
  },
  {
    kind: 'representative-changed',
    before: withRepresentative,
    edit: (a) => {
      a.representative = { name: 'EU Rep BV', address: 'Rue Haute 2, 1000 Bruxelles', email: 'rep@example.be' };
    },
    file: 'new',
    path: ['representative', 'address'],
    id: 'representative-changed:address',
    words: () => ['Rue Haute 2, 1000 Bruxelles', 'Rue Neuve 1, 1000 Bruxelles'],
  },
  {
    kind: 'rights-changed',
    edit: (a) => {
      a.rights.email = 'rights@pixelwerf.be';
    },
    file: 'new',
    path: ['rights', 'email'],
    id: 'rights-changed:email',
    // The address people wrote to before was the controller's, which the notice gives when rights.email is absent.
    words: () => ['rights@pixelwerf.be', base().controller.email],
  },
  {
    kind: 'rights-changed',
    edit: (a) => {
      a.rights.webForm = 'https://www.pixelwerf.be/privacy-request';
    },
    file: 'new',
    path: ['rights', 'webForm'],
    id: 'rights-changed:web-form',
    words: () => ['https://www.pixelwerf.be/privacy-request'],
  },
  {
    kind: 'rights-changed',
    edit: (a) => {
      a.rights.byPost = false;
    },
    reverse: true,
    file: 'new',
    path: ['rights', 'byPost'],
    id: 'rights-changed:by-post',
    words: () => [base().controller.legalName, base().controller.address.street],
  },
  {
    kind: 'rights-changed',
    edit: (a) => {
      a.rights.identityCheck = 'id-document-redacted';
    },
    file: 'new',
    path: ['rights', 'identityCheck'],
    id: 'rights-changed:identity-check',
    words: (l) => [c['identity-checks']['id-document-redacted']!.label[l]],
  },
  {
    kind: 'authority-changed',
    edit: (a) => {
      a.supervisoryAuthority = { name: 'Autorité de test', website: 'https://authority.example' };
    },
    file: 'new',
    path: ['supervisoryAuthority'],
    id: 'authority-changed',
    words: (l) => ['Autorité de test', nameOf(c['supervisory-authorities'].be!.name, l), TERMS[l].supervisoryAuthority],
  },
];

function base(): Answers {
  return edited(() => {});
}

function changesFor(k: Case): Change[] {
  if (!k.before) return changesOf(k.edit, { reverse: k.reverse });
  return diffModels(model(edited(k.before)), model(edited(k.edit)), LANGUAGES);
}

describe.each(CASES.map((k) => [`${k.id} (${k.kind})`, k] as const))('%s', (_, k) => {
  const changes = changesFor(k);
  const change = changes.find((ch) => ch.kind === k.kind)!;

  it('is the one change of its kind, at its path in the right file, with its stable id', () => {
    expect(changes.filter((ch) => ch.kind === k.kind).map((ch) => ch.id)).toEqual([k.id]);
    expect({ file: change.file, path: change.path }).toEqual({ file: k.file, path: k.path });
  });

  it.each(LANGUAGES)('says in %s what changed, in that language’s words', (lang) => {
    const text = line(change, lang);
    // A term that opens the line is capitalised there.
    for (const word of k.words(lang))
      expect(text.toLocaleLowerCase(LOCALES[lang]), `${lang}: ${word}`).toContain(word.toLocaleLowerCase(LOCALES[lang]));
    expect(text.charAt(0)).toBe(text.charAt(0).toLocaleUpperCase(LOCALES[lang]));
    if (k.note) expect(note(change, lang)).toContain(citation(k.note, lang));
    else expect(change.note).toBeUndefined();
  });
});

describe('the cases above', () => {
  it('cover every kind of change', () => {
    expect(new Set(CASES.map((k) => k.kind))).toEqual(new Set(CHANGE_KINDS));
  });
});
