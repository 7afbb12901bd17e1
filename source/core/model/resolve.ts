/**
 * Answers (structurally valid) → the resolved model, once per answers file. Check and every
 * document read the model; see types.ts for what it holds and retention.ts for the one rule by
 * which a preset's fields and the user's combine.
 */
import { checkBelgianEnterpriseNumber } from '../answers/enterprise-number.js';
import type { Answers } from '../answers/schema.js';
import type { CatalogFiles, LegalBasisId } from '../catalogs/schema.js';
import type { SiteScan } from '../scan/types.js';
import { resolveActivity } from './activities.js';
import { digitalConsent, resolveAuthority } from './authority.js';
import { resolveCookies } from './cookies.js';
import { resolveCountry } from './countries.js';
import { entryIn } from './lookup.js';
import { resolveRecipient } from './recipients.js';
import { resolveSite } from './site.js';
import type { ControllerModel, Model } from './types.js';

export type * from './types.js';

function resolveController(controller: Answers['controller'], c: CatalogFiles): ControllerModel {
  const number = controller.enterpriseNumber;
  return {
    answer: controller,
    country: resolveCountry(controller.address.country, c),
    belgianEnterpriseNumber: number !== undefined && controller.address.country === 'BE' ? checkBelgianEnterpriseNumber(number) : undefined,
    postalCode: postalCodeCheck(controller.address, c),
  };
}

/** The code as written, against its country's pattern: never corrected ("3OOO" stays what it is, and is reported). */
function postalCodeCheck({ postalCode, country }: Answers['controller']['address'], c: CatalogFiles): ControllerModel['postalCode'] {
  const format = c.countries.postalCodes?.[country];
  return format && { fits: new RegExp(format.pattern).test(postalCode), example: format.example };
}

/** The laws of the controller's country that one of its activities' data categories brings in (a patient file). */
function sectorLaws(country: string, activities: Model['activities'], c: CatalogFiles): Model['sectorLaws'] {
  const used = new Set(activities.flatMap((act) => act.dataCategories.flatMap((ref) => (ref.id === undefined ? [] : [ref.id]))));
  return Object.entries(c['sector-laws'])
    .filter(([, law]) => law.country === country && law.dataCategories.some((id) => used.has(id)))
    .map(([id, entry]) => ({ id, entry }));
}

/** `site`: a scan of the site's files, for the rules that hold the notice against it. */
export function resolveAnswers(answers: Answers, catalogs: CatalogFiles, site?: SiteScan): Model {
  const c = catalogs;
  const activities = answers.activities.map((act) => resolveActivity(act, c));
  const purposes = activities.flatMap((act) => act.purposes);
  const recipients = answers.recipients.map((r) => resolveRecipient(r, c));
  const conditionIds = new Set(activities.flatMap((act) => act.specialCategories.map((s) => s.condition.id)));
  return {
    answers,
    catalogs,
    controller: resolveController(answers.controller, c),
    activities,
    recipients,
    transfers: recipients.filter((r) => r.outsideEea.length > 0),
    authority: resolveAuthority(answers, c),
    children: digitalConsent(answers, c),
    basesUsed: new Set<LegalBasisId>(purposes.map((p) => p.basis.id)),
    conditionsUsed: [...conditionIds].map((id) => entryIn(c['special-conditions'], id, 'Art. 9 condition')),
    directMarketing: purposes.some((p) => p.directMarketing),
    identityCheck: entryIn(c['identity-checks'], answers.rights.identityCheck ?? 'known-email', 'identity check'),
    changes: entryIn(c['change-announcements'], answers.changes, 'change announcement'),
    cookieCategories: (answers.cookies?.categories ?? []).map((id) => entryIn(c['cookie-categories'], id, 'cookie category')),
    cookies: resolveCookies(answers, recipients, c),
    cookieLaw: c.countries.cookieLaw?.[answers.controller.address.country]?.citation,
    securityMeasures: (answers.security?.measures ?? []).map((id) => entryIn(c['security-measures'], id, 'security measure')),
    sectorLaws: sectorLaws(answers.controller.address.country, activities, c),
    cameraSign: c.countries.cameraSign?.[answers.controller.address.country]?.mention,
    ...(site ? { site: resolveSite(site, answers, c) } : {}),
  };
}
