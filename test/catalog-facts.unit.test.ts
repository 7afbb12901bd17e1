/**
 * Legal facts the catalogs state, checked against the provisions and official names the legal
 * and language reviews of issue 14 cite (docs/terms.md records the facts) and the glossary
 * (docs/terms.md). Each test failed on the catalogs before that issue.
 */
import { describe, expect, it } from 'vitest';
import { presetSourceEntries } from '../source/core/catalogs/schema.js';
import { LANGUAGES } from '../source/core/languages.js';
import { exampleFiles } from './support/cli.js';
import { catalogs as c, loadAnswers } from './support/replay.js';

/** The Belgian authority's site per language, from the glossary's row "the authority's website". */
const AUTHORITY_SITES = {
  en: 'www.dataprotectionauthority.be',
  nl: 'www.gegevensbeschermingsautoriteit.be',
  fr: 'www.autoriteprotectiondonnees.be',
  de: 'www.datenschutzbehorde.be',
} as const;

/** "website" in each language: the word the camera texts printed by mistake. */
const WEBSITE = { en: /website/i, nl: /website/i, fr: /site web/i, de: /website/i } as const;

describe('retention facts', () => {
  it('run the VAT retention of invoices from 1 January of the year after the invoice date (art. 60 §4 VAT Code)', () => {
    const preset = c['retention-presets']['accounting-10y']!;
    expect(preset.period).toEqual({ years: 10 });
    expect(preset.from).not.toBe('end-of-financial-year');
    const event = c['retention-events'][preset.from]!;
    expect(event.after.en).toMatch(/1 January of the year after the invoice date/);
    expect(event.after.nl).toMatch(/1 januari van het jaar na de factuurdatum/);
    expect(event.after.fr).toMatch(/1er janvier de l'année qui suit la date de la facture/);
    expect(event.after.de).toMatch(/1\. Januar des auf das Rechnungsdatum folgenden Jahres/);
    expect(preset.source).toMatch(
      /VAT Code \(Belgium\), art\. 60 §4: invoices are kept for ten years from 1 January of the year after their date/,
    );
  });

  it('cite Royal Decree no. 5 of 23 October 1978 as the base text of social documents, with the RD of 8 August 1980', () => {
    const reason = c['retention-reasons']['be-social-documents']!;
    expect(reason.source).toMatch(/Royal Decree no\. 5 of 23 October 1978/);
    expect(reason.source).toMatch(/8 August 1980/);
    expect(reason.label.fr).toMatch(/Arrêté royal n° 5 du 23 octobre 1978/);
    expect(reason.label.nl).toMatch(/Koninklijk besluit nr\. 5 van 23 oktober 1978/);
  });

  it('name personal actions as what art. 2262bis §1 old Civil Code time-bars', () => {
    const reason = c['retention-reasons']['be-civil-limitation']!;
    expect(reason.label.en).toMatch(/personal actions/);
    expect(reason.label.nl).toMatch(/persoonlijke rechtsvorderingen/);
    expect(reason.label.fr).toMatch(/actions personnelles/);
  });
});

describe('camera surveillance', () => {
  const cctv = c['activity-presets'].cctv!;

  it('has texts of its own: nothing in its description or requirement mentions a website', () => {
    const requirement = c['provision-requirements'][cctv.requirement!]!;
    for (const lang of LANGUAGES) {
      expect(cctv.description[lang], lang).not.toMatch(WEBSITE[lang]);
      expect(requirement.label[lang], lang).not.toMatch(WEBSITE[lang]);
    }
    expect(requirement.label.en).toMatch(/pictogram/);
    expect(requirement.label.nl).toMatch(/pictogram/);
    expect(requirement.label.fr).toMatch(/pictogramme/);
    expect(requirement.label.de).toMatch(/Piktogramm/);
  });

  it('keeps images one month by default and states three months for designated places (art. 6 §3 Camera Law)', () => {
    expect(cctv.retention).toHaveLength(1);
    const preset = c['retention-presets'][cctv.retention[0]!.preset]!;
    expect(preset.period).toEqual({ months: 1 });
    expect(preset.source).toMatch(/21 March 2007.*art\. 6 §3/);
    expect(preset.source).toMatch(/three months/);
    const reason = c['retention-reasons'][preset.reason]!;
    expect(reason.label.en).toMatch(/three months/);
    expect(reason.label.en).toMatch(/witness or a victim/);
    // The camera event is not the web-log one ("registratie" reads as signing up for an account).
    expect(c['retention-events'][preset.from]!.after.nl).toMatch(/opname/);
  });

  it('cites the pictogram, the register of image processing activities and CAO/CCT no. 68 for staff', () => {
    const source = c['provision-requirements'][cctv.requirement!]!.source ?? '';
    expect(source).toMatch(/Law of 21 March 2007/);
    expect(source).toMatch(/pictogram at the entrance/);
    expect(source).toMatch(/register of image processing activities/);
    expect(source).toMatch(/no\. 68 of 16 June 1998/);
  });
});

describe('whether the data must be provided (Art. 13(2)(e) GDPR)', () => {
  const presets = Object.entries(c['activity-presets']);
  const kindOf = (requirement: string) => c['provision-requirements'][requirement]?.kind;

  it('says a statutory requirement in a preset whose every purpose rests on a legal obligation', () => {
    const statutory = presets.filter(([, preset]) => preset.purposes.every((p) => p.basis === 'legal-obligation'));
    expect(statutory.length).toBeGreaterThan(0);
    for (const [id, preset] of statutory) expect(kindOf(preset.requirement as string), id).toBe('statutory');
  });

  it('says the data are voluntary in a preset whose every purpose rests on consent', () => {
    for (const [id, preset] of presets.filter(([, p]) => p.purposes.every((purpose) => purpose.basis === 'consent')))
      expect(kindOf(preset.requirement as string), id).toBe('voluntary');
  });
});

describe('who is a party to the contract', () => {
  it('rests no preset on performance of a contract for people whose data come from someone else', () => {
    for (const [id, preset] of Object.entries(c['activity-presets'])) {
      if (!preset.purposes.some((p) => p.basis === 'contract')) continue;
      const indirect = preset.dataSubjects.filter((s) => c['data-subjects'][s]?.indirect);
      expect(indirect, id).toEqual([]);
    }
  });

  it('treats staff of customers as not party: legitimate interests, their employer as the Art. 14 source of who they are', () => {
    expect(c['data-subjects']['customer-staff']?.indirect).toBe(true);
    const presets = Object.values(c['activity-presets']).filter((p) => p.dataSubjects.includes('customer-staff'));
    expect(presets.length).toBeGreaterThan(0);
    for (const preset of presets) {
      expect(preset.purposes.map((p) => p.basis)).toEqual(['legitimate-interests']);
      const sources = presetSourceEntries(preset);
      expect(sources.map((s) => s.from)).toEqual(['your-employer']);
      // What they write to us comes from them (Art. 13), not from their employer.
      expect(sources[0]!.data ?? preset.dataCategories).not.toContain('message-content');
      expect(sources[0]!.data ?? preset.dataCategories).toContain('identity');
    }
  });

  it('does not list payment providers that are controllers for the payment as processors', () => {
    for (const id of ['mollie', 'paypal', 'stripe']) expect(c.processors[id]?.role, id).toBe('controller');
    expect(c.processors.hetzner?.role).toBeUndefined();
  });
});

describe('the supervisory authority', () => {
  it('gives the Belgian authority its website in the reader’s language', () => {
    const be = c['supervisory-authorities'].be!;
    for (const lang of LANGUAGES) expect(be.websiteByLanguage?.[lang], lang).toBe(`https://${AUTHORITY_SITES[lang]}`);
    expect(be.website).toBe(`https://${AUTHORITY_SITES.en}`);
  });

  it('writes foreign authorities’ country names in the reader’s language', () => {
    const address = (id: string) => c['supervisory-authorities'][id]!.address as Record<string, string>;
    expect(address('nl').nl).toMatch(/Den Haag, Nederland$/);
    expect(address('nl').fr).toMatch(/Pays-Bas$/);
    expect(address('at').de).toMatch(/Wien, Österreich$/);
    expect(address('lu').nl).toMatch(/Luxemburg$/);
    expect(address('lu').en).toMatch(/Luxembourg$/);
  });
});

describe('cookies and wording', () => {
  it('cite art. 10/2 of the Law of 30 July 2018 beside Art. 5(3) ePrivacy for every cookie category', () => {
    for (const [id, category] of Object.entries(c['cookie-categories'])) {
      expect(category.source, id).toMatch(/Law of 30 July 2018.*art\. 10\/2/);
      expect(category.source, id).toMatch(/Art\. 5\(3\) of the ePrivacy Directive 2002\/58\/EC/);
    }
  });

  it('use the Belgian German VAT term, not the German-German one (glossary: MwSt.-Identifikationsnummer)', () => {
    for (const [id, category] of Object.entries(c['data-categories'])) {
      expect(category.examples?.de ?? '', id).not.toMatch(/Umsatzsteuer|USt-IdNr/);
    }
    expect(c['data-categories']['billing-details']?.examples?.de).toMatch(/MwSt\.-Identifikationsnummer/);
    expect(c['data-categories']['company-details']?.examples?.de).toMatch(/Unternehmensnummer der ZDU/);
  });

  it('offer the account as an extra way to ask, never as the only one (Art. 12(2) GDPR)', () => {
    const account = c['identity-checks']['account-login']!.label;
    expect(account.en).toMatch(/^If you have an account, you can also/);
    expect(account.nl).toMatch(/^Hebt u een account, dan kunt u uw verzoek ook/);
    expect(account.fr).toMatch(/^Si vous disposez d'un compte, vous pouvez aussi/);
    expect(account.de).toMatch(/^Haben Sie ein Kundenkonto, können Sie Ihre Anfrage auch/);
    expect(c['identity-checks']['id-document-redacted']!.label.en).toMatch(/national register number/);
  });

  it('use the GDPR’s own German terms for Art. 46(2)(c) clauses and the DPF', () => {
    expect(c.safeguards.scc!.label.de).toMatch(/Standarddatenschutzklauseln/);
    expect(c.safeguards.dpf!.label.de).toMatch(/Datenschutzrahmen EU-USA/);
    expect(c.safeguards.scc!.label.nl).toMatch(/standaardbepalingen inzake gegevensbescherming/);
  });
});

// The French review: the hairdresser's treatment card rested on consent "to provide the
// services you have ordered", a purpose a contract covers (consent tied to a service is not
// freely given, Art. 7(4) GDPR). A purpose states the basis it rests on, and presets and
// examples keep to it.
describe('the legal basis of a purpose', () => {
  it('is, in every preset, the one its purpose suggests', () => {
    const presets = Object.entries(c['activity-presets']).flatMap(([id, preset]) => preset.purposes.map((p) => ({ id, ...p })));
    expect(presets.length).toBeGreaterThan(30);
    const other = presets.filter(
      (p) => c.purposes[p.purpose]?.suggestedBasis !== undefined && c.purposes[p.purpose]!.suggestedBasis !== p.basis,
    );
    expect(other).toEqual([]);
  });

  it('is never consent, in an example, for a purpose that a contract covers', () => {
    const onConsent = exampleFiles().flatMap((file) =>
      loadAnswers(file).answers.activities.flatMap((act) =>
        act.purposes
          .filter((p) => typeof p.purpose === 'string' && p.basis === 'consent' && c.purposes[p.purpose]?.suggestedBasis === 'contract')
          .map((p) => `${file}: ${act.id}: ${String(p.purpose)}`),
      ),
    );
    expect(onConsent).toEqual([]);
  });
});

// The Dutch and the legal review of the sports club, the real estate agency and the restaurant.
describe('facts of the Belgian reviews', () => {
  it('a gift earns a tax reduction (art. 145/33 Income Tax Code), not a deduction', () => {
    const { label } = c['provision-requirements']['donation-tax-certificate']!;
    const reduction = { en: 'tax reduction', nl: 'belastingvermindering', fr: "réduction d'impôt", de: 'Steuerermäßigung' } as const;
    const deduction = { en: /deduct/i, nl: /aftrek/i, fr: /dédui/i, de: /absetz/i } as const;
    for (const lang of LANGUAGES) {
      expect(label[lang]).toContain(reduction[lang]);
      expect(label[lang]).not.toMatch(deduction[lang]);
    }
  });

  it('only an approved institution issues tax certificates for gifts (art. 145/33 Income Tax Code): a sports club suggests none', () => {
    const certifies = (presetId: string) =>
      (c['activity-presets'][presetId]?.purposes ?? []).some(({ purpose }) => purpose === 'tax-certificates');
    const suggested = c['business-types']['sports-club']!.activities;
    expect(suggested.filter(certifies)).toEqual([]);
    expect(suggested.some((id) => c['activity-presets'][id]?.dataSubjects.includes('donors'))).toBe(true);
    const club = loadAnswers(exampleFiles().find((file) => file.endsWith('sports-club.yaml'))!).answers;
    const clubData = club.activities.flatMap((act) => [...act.dataCategories, ...act.purposes.map((p) => p.purpose)]);
    expect(clubData).not.toContain('tax-certificates');
    expect(clubData).not.toContain('national-register-number');
  });

  it('the preset with tax certificates says so in its name: the wizard lists it beside the one without', () => {
    const certificate = { en: 'tax certificate', nl: 'fiscaal attest', fr: 'attestation fiscale', de: 'Steuerbescheinigung' } as const;
    const withCertificate = c['activity-presets'].donations!;
    const without = c['activity-presets']['donations-without-certificate']!;
    expect(withCertificate.purposes.map((p) => p.purpose)).toContain('tax-certificates');
    expect(without.purposes.map((p) => p.purpose)).not.toContain('tax-certificates');
    expect(without.dataCategories).not.toContain('national-register-number');
    for (const lang of LANGUAGES) {
      expect(withCertificate.label[lang]).toContain(certificate[lang]);
      expect(without.label[lang]).not.toContain(certificate[lang]);
    }
  });

  it('an association pursues a disinterested purpose, as the Code of Companies and Associations (art. 1:2) calls it', () => {
    const interest = c.purposes.fundraising!.interest!;
    expect(interest.nl).toContain('belangeloos doel');
    expect(interest.fr).toContain('but désintéressé');
    expect(interest.de).toContain('uneigennützigen Zwecks');
  });

  it('cameras film the premises and their entrance, not their surroundings (Camera Law, art. 7)', () => {
    const texts = [c['activity-presets'].cctv!.description, c['data-categories']['camera-images']!.examples!];
    const around = { en: /surroundings|around/, nl: /omgeving|rond/, fr: /abords/, de: /Umgebung|vor unseren/ } as const;
    for (const text of texts) for (const lang of LANGUAGES) expect(text[lang], lang).not.toMatch(around[lang]);
  });

  it('states Art. 9(2)(h) as a necessity, with the secrecy of Art. 9(3)', () => {
    const { label, article } = c['special-conditions']['health-care']!;
    const necessity = { en: 'necessity', nl: 'noodzaak', fr: 'nécessité', de: 'Erforderlichkeit' } as const;
    const third = { en: /\(h\) and \(3\)/, nl: /punt h, en lid 3/, fr: /point h\), et paragraphe 3/, de: /lit\. h und Abs\. 3/ } as const;
    for (const lang of LANGUAGES) {
      expect(label[lang]).toContain(necessity[lang]);
      expect(article[lang]).toMatch(third[lang]);
    }
  });

  it('keeps each thing for the reason it is kept: a check to show it was done, photos to be shown, a file for later help', () => {
    const reasonOf = (preset: string) => c['retention-presets'][preset]!.reason;
    // The youth supervisors' check: only its date is kept (criminal-record-laws.yaml).
    const supervisors = c['activity-presets']['youth-supervisors']!;
    expect(supervisors.retention.map((r) => reasonOf(r.preset))).toEqual(['proof-of-check']);
    expect(reasonOf('photos-until-withdrawn')).toBe('publication-consent');
    // A year is no period for legal claims, which the same notice says are time-barred after ten (art. 2262bis §1 old Civil Code).
    expect(reasonOf('mandate-1y')).not.toBe('legal-claims');
  });
});
