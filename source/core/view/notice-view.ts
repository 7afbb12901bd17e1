/**
 * Answers → the view a notice template renders, in one language. Every field a template may
 * name is always present (null, false or [] when it does not apply), because Mustache would
 * otherwise fall back silently to a same-named field of an outer context.
 */
import type { Answers } from '../answers/schema.js';
import { legalBasisIds, type CatalogFiles, type LegalBasisId } from '../catalogs/schema.js';
import type { Language } from '../languages.js';
import { capitalize, countryName, formatDate, joinList } from './format.js';
import { labelOf, localize } from './localize.js';
import { activityName, retentionPeriod, retentionRows } from './retention.js';
import { checkBelgianEnterpriseNumber } from '../answers/enterprise-number.js';
import { authorityRef as applicableAuthority, digitalConsentCountry } from '../answers/applicable.js';

export function buildNoticeView(a: Answers, c: CatalogFiles, lang: Language) {
  const list = (items: string[]) => joinList(items, lang);
  const text = (value: Parameters<typeof localize>[0] | undefined) => (value === undefined ? null : localize(value, lang));
  const country = (code: string) => countryName(code, lang);
  const ctl = a.controller;
  const addr = ctl.address;
  const address = `${addr.street}, ${addr.postalCode} ${addr.city}, ${country(addr.country)}`;

  const allPurposes = a.activities.flatMap((act) => act.purposes);
  const basesUsed = new Set<LegalBasisId>(allPurposes.map((p) => p.basis));
  const conditionsUsed = new Set(a.activities.flatMap((act) => act.specialCategories ?? []).map((s) => s.condition));
  const directMarketing = allPurposes.some((p) => typeof p.purpose === 'string' && c.purposes[p.purpose]?.directMarketing);
  const objectionApplies = basesUsed.has('legitimate-interests') || basesUsed.has('public-task') || directMarketing;

  const outsideEea = (codes: string[]) => codes.filter((code) => !c.countries.eea.includes(code));
  const recipientName = (r: Answers['recipients'][number]) => {
    const service = r.service ? c.processors[r.service] : undefined;
    if (r.name) return r.name;
    return service ? `${service.name} (${service.entity})` : '';
  };
  const transferRecipients = a.recipients.filter((r) => outsideEea(r.countries).length > 0 && r.safeguard);
  const safeguardsUsed = [...new Set(transferRecipients.map((r) => r.safeguard!))];

  const authorityRef = applicableAuthority(a, c);
  const authority = (() => {
    if (authorityRef === undefined) throw new Error('internal error: no supervisory authority reached rendering');
    if (typeof authorityRef !== 'string') {
      return { name: authorityRef.name, abbreviation: null, address: authorityRef.address ?? null, email: authorityRef.email ?? null, phone: authorityRef.phone ?? null, website: authorityRef.website };
    }
    const entry = c['supervisory-authorities'][authorityRef]!;
    return {
      name: localize(entry.name, lang),
      abbreviation: text(entry.abbreviation),
      address: text(entry.address),
      email: entry.email ?? null,
      phone: entry.phone ?? null,
      website: entry.website,
    };
  })();

  const sourceOf = ({ source }: Answers['activities'][number]) => {
    if (!source) return null;
    const fromCatalog = typeof source.from === 'string' ? c['data-sources'][source.from] : undefined;
    return {
      label: labelOf(c['data-sources'], source.from, lang),
      publiclyAccessible: source.publiclyAccessible ?? fromCatalog?.publiclyAccessible ?? false,
    };
  };

  const enterprise = ctl.enterpriseNumber;
  const belgianNumber = enterprise && addr.country === 'BE' ? checkBelgianEnterpriseNumber(enterprise) : undefined;

  return {
    lang,
    effectiveDate: formatDate(a.effectiveDate, lang),
    controller: {
      name: ctl.legalForm ? `${ctl.legalName} ${ctl.legalForm}` : ctl.legalName,
      displayName: ctl.tradeName ?? ctl.legalName,
      tradeName: ctl.tradeName ?? null,
      address,
      enterpriseNumber: belgianNumber?.ok ? belgianNumber.formatted : enterprise ?? null,
      email: ctl.email,
      phone: ctl.phone ?? null,
      website: ctl.website ?? null,
      actsAsProcessor: text(ctl.actsAsProcessor),
    },
    dpo: a.dpo
      ? { name: a.dpo.name ?? null, email: a.dpo.email, phone: a.dpo.phone ?? null, address: a.dpo.address ?? null }
      : null,
    representative: a.representative ?? null,
    activities: a.activities.map((act) => {
      const preset = act.preset ? c['activity-presets'][act.preset] : undefined;
      return {
        name: activityName(act, c, lang),
        description: text(act.description ?? preset?.description),
        dataSubjects: list(act.dataSubjects.map((ref) => labelOf(c['data-subjects'], ref, lang))),
        dataCategories: act.dataCategories.map((ref) => ({
          label: capitalize(labelOf(c['data-categories'], ref, lang), lang),
          examples: typeof ref === 'string' ? text(c['data-categories'][ref]?.examples) : null,
        })),
        purposes: act.purposes.map((p) => {
          const basis = c['legal-bases'][p.basis];
          const catalogInterest = typeof p.purpose === 'string' ? c.purposes[p.purpose]?.interest : undefined;
          return {
            purpose: capitalize(labelOf(c.purposes, p.purpose, lang), lang),
            basis: capitalize(localize(basis.label, lang), lang),
            article: localize(basis.article, lang),
            interest: p.basis === 'legitimate-interests' ? text(p.legitimateInterest ?? catalogInterest) : null,
          };
        }),
        specialCategories: (act.specialCategories ?? []).map((s) => ({
          category: labelOf(c['data-categories'], s.category, lang),
          condition: localize(c['special-conditions'][s.condition]!.label, lang),
          article: localize(c['special-conditions'][s.condition]!.article, lang),
        })),
        source: sourceOf(act),
        requirement: act.requirement ? labelOf(c['provision-requirements'], act.requirement, lang) : null,
        retentionSummary: list(act.retention.map((rule) => retentionPeriod(rule, c, lang))),
      };
    }),
    bases: legalBasisIds
      .filter((id) => basesUsed.has(id))
      .map((id) => ({
        label: capitalize(localize(c['legal-bases'][id].label, lang), lang),
        article: localize(c['legal-bases'][id].article, lang),
        explanation: localize(c['legal-bases'][id].explanation, lang),
      })),
    specialConditions: [...conditionsUsed].map((id) => ({
      label: capitalize(localize(c['special-conditions'][id]!.label, lang), lang),
      article: localize(c['special-conditions'][id]!.article, lang),
    })),
    hasRecipients: a.recipients.length > 0,
    recipients: a.recipients.map((r) => ({
      name: recipientName(r),
      isProcessor: r.role === 'processor',
      isController: r.role === 'controller',
      isAuthority: r.role === 'authority',
      purpose: capitalize(
        r.purpose ? localize(r.purpose, lang) : localize(c.processors[r.service!]!.service, lang),
        lang,
      ),
      location: list(r.countries.map(country)),
    })),
    hasTransfers: transferRecipients.length > 0,
    transfers: transferRecipients.map((r) => {
      const safeguard = c.safeguards[r.safeguard!]!;
      const decisions = r.safeguard === 'adequacy'
        ? outsideEea(r.countries).flatMap((code) => {
            const adequacy = c.countries.adequacy[code];
            return adequacy ? [localize(adequacy.decision, lang)] : [];
          })
        : [];
      return {
        name: recipientName(r),
        countries: list(outsideEea(r.countries).map(country)),
        safeguard: capitalize(localize(safeguard.label, lang), lang),
        article: localize(safeguard.article, lang),
        decisions: decisions.length > 0 ? decisions.join('; ') : null,
      };
    }),
    safeguardCopies: safeguardsUsed.map((id) => localize(c.safeguards[id]!.copy, lang)),
    retention: retentionRows(a, c, lang),
    hasIndirect: a.activities.some((act) => act.source),
    indirect: a.activities
      .filter((act) => act.source)
      .map((act) => ({
        activity: activityName(act, c, lang),
        categories: list(act.dataCategories.map((ref) => labelOf(c['data-categories'], ref, lang))),
        source: sourceOf(act)!.label,
        publiclyAccessible: sourceOf(act)!.publiclyAccessible,
      })),
    hasAutomatedDecisions: a.automatedDecisions.length > 0,
    automatedDecisions: a.automatedDecisions.map((d) => ({
      description: localize(d.description, lang),
      logic: localize(d.logic, lang),
      consequences: localize(d.consequences, lang),
    })),
    portability: basesUsed.has('consent') || basesUsed.has('contract'),
    usesConsent: basesUsed.has('consent') || conditionsUsed.has('explicit-consent'),
    objection: objectionApplies
      ? {
          general: basesUsed.has('legitimate-interests') || basesUsed.has('public-task'),
          legitimateInterests: basesUsed.has('legitimate-interests'),
          publicTask: basesUsed.has('public-task'),
          directMarketing,
          email: a.rights.email ?? ctl.email,
        }
      : null,
    rights: {
      email: a.rights.email ?? ctl.email,
      postalAddress: a.rights.byPost === false ? null : `${ctl.legalName}, ${address}`,
      webForm: a.rights.webForm ?? null,
      identityCheck: localize(c['identity-checks'][a.rights.identityCheck ?? 'known-email']!.label, lang),
    },
    authority,
    cookies: a.cookies
      ? {
          categories: a.cookies.categories.map((id) => {
            const category = c['cookie-categories'][id]!;
            return {
              label: capitalize(localize(category.label, lang), lang),
              description: localize(category.description, lang),
              consentRequired: category.consentRequired,
            };
          }),
          policyUrl: a.cookies.policyUrl ?? null,
        }
      : null,
    security: a.security
      ? {
          measures: a.security.measures.map((id) => capitalize(localize(c['security-measures'][id]!.label, lang), lang)),
          description: text(a.security.description),
        }
      : null,
    children: (() => {
      const ageCountry = digitalConsentCountry(a, c) ?? addr.country;
      return {
        directedAtChildren: a.children.directedAtChildren,
        age: a.children.digitalConsentAge ?? c.countries.digitalConsentAge[ageCountry]!.age,
        country: country(ageCountry),
      };
    })(),
    changes: localize(c['change-announcements'][a.changes]!.label, lang),
  };
}

export type NoticeView = ReturnType<typeof buildNoticeView>;
