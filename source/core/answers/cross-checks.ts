/**
 * Checks that span several fields and so cannot live in the schema. Each returns the path it
 * is about; parse.ts turns paths into file locations.
 */
import type { CatalogFiles } from '../catalogs/schema.js';
import { isLanguage, type Language } from '../languages.js';
import type { Answers } from './schema.js';
import type { PathSegment } from './problems.js';
import { checkBelgianEnterpriseNumber } from './enterprise-number.js';

export interface PathProblem {
  path: PathSegment[];
  message: string;
}

export function crossFieldProblems(a: Answers, c: CatalogFiles, languages: readonly Language[]): PathProblem[] {
  return [
    ...controllerProblems(a, c),
    ...activityProblems(a, c),
    ...recipientProblems(a, c),
    ...missingTranslations(a, languages),
  ];
}

function controllerProblems(a: Answers, c: CatalogFiles): PathProblem[] {
  const problems: PathProblem[] = [];
  const country = a.controller.address.country;
  if (a.controller.enterpriseNumber !== undefined && country === 'BE') {
    const check = checkBelgianEnterpriseNumber(a.controller.enterpriseNumber);
    if (!check.ok) problems.push({ path: ['controller', 'enterpriseNumber'], message: check.message });
  }
  const inEu = c.countries.eu.includes(country);
  if (!inEu && !a.representative) {
    problems.push({
      path: ['representative'],
      message: 'a controller established outside the EU must name its representative in the EU (Art. 27 GDPR)',
    });
  }
  if (a.supervisoryAuthority === undefined) {
    const national = Object.entries(c['supervisory-authorities']).filter(([, auth]) => auth.country === country);
    if (national.length > 1) {
      const regional = national.filter(([, auth]) => auth.region).map(([id]) => id);
      problems.push({
        path: ['supervisoryAuthority'],
        message: `${country} has several supervisory authorities: name yours (one of ${regional.join(', ')})`,
      });
    } else if (national.length === 0) {
      problems.push({
        path: ['supervisoryAuthority'],
        message: `no EEA supervisory authority is known for ${country}: name the authority of the EU state where your representative is`,
      });
    }
  }
  if (a.children.digitalConsentAge === undefined && !digitalConsentCountry(a, c)) {
    problems.push({
      path: ['children', 'digitalConsentAge'],
      message: `the age of digital consent (Art. 8 GDPR) for ${country} is not in the catalog: state it here (13 to 16)`,
    });
  }
  return problems;
}

/** The country whose age of digital consent applies: the controller's, else its authority's. */
export function digitalConsentCountry(a: Answers, c: CatalogFiles): string | undefined {
  const ages = c.countries.digitalConsentAge;
  const own = a.controller.address.country;
  if (ages[own]) return own;
  const authority = typeof a.supervisoryAuthority === 'string' ? c['supervisory-authorities'][a.supervisoryAuthority] : undefined;
  return authority && ages[authority.country] ? authority.country : undefined;
}

function activityProblems(a: Answers, c: CatalogFiles): PathProblem[] {
  const problems: PathProblem[] = [];
  const seen = new Set<string>();
  a.activities.forEach((activity, i) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ['activities', i, ...rest];
    if (seen.has(activity.id)) problems.push({ path: at('id'), message: `activity id '${activity.id}' is used twice` });
    seen.add(activity.id);
    if (!activity.preset && !activity.name) {
      problems.push({ path: at('name'), message: 'give the activity a name (or a preset that names it)' });
    }
    activity.purposes.forEach((p, j) => {
      const catalogInterest = typeof p.purpose === 'string' ? c.purposes[p.purpose]?.interest : undefined;
      if (p.basis === 'legitimate-interests' && !p.legitimateInterest && !catalogInterest) {
        problems.push({
          path: at('purposes', j, 'legitimateInterest'),
          message: 'legitimate interests (Art. 6(1)(f)) as a basis: spell out the interest you pursue',
        });
      }
    });
    activity.specialCategories?.forEach((special, j) => {
      if (typeof special.category === 'string' && !c['data-categories'][special.category]?.special) {
        problems.push({
          path: at('specialCategories', j, 'category'),
          message: `'${special.category}' is not a special category of personal data (Art. 9 GDPR)`,
        });
      }
    });
    activity.retention.forEach((rule, j) => {
      const preset = rule.preset ? c['retention-presets'][rule.preset] : undefined;
      if (!preset && rule.from === undefined) {
        problems.push({ path: at('retention', j, 'from'), message: 'say what the retention period runs from (or use a preset)' });
      }
      if (!preset && rule.reason === undefined) {
        problems.push({ path: at('retention', j, 'reason'), message: 'give the reason for this retention period (a legal provision or an interest)' });
      }
      if (typeof rule.from === 'object' && rule.period === undefined) {
        problems.push({ path: at('retention', j, 'period'), message: 'a retention period that runs from your own event needs a duration' });
      }
    });
  });
  return problems;
}

function recipientProblems(a: Answers, c: CatalogFiles): PathProblem[] {
  const problems: PathProblem[] = [];
  const activityIds = new Set(a.activities.map((act) => act.id));
  a.recipients.forEach((r, i) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ['recipients', i, ...rest];
    if (!r.service && !r.name) problems.push({ path: at('name'), message: 'name the recipient (or pick a known service)' });
    if (!r.service && !r.purpose) problems.push({ path: at('purpose'), message: 'say what the recipient receives the data for' });
    r.activities?.forEach((activityId, j) => {
      if (!activityIds.has(activityId)) {
        problems.push({ path: at('activities', j), message: `no activity has the id '${activityId}'` });
      }
    });
    const outside = r.countries.filter((country) => !c.countries.eea.includes(country));
    const safeguard = r.safeguard ? c.safeguards[r.safeguard] : undefined;
    if (outside.length > 0 && !r.safeguard) {
      problems.push({
        path: at('safeguard'),
        message: `${outside.join(', ')} is outside the EEA: name the transfer safeguard (adequacy, dpf, scc, bcr or an Art. 49 derogation)`,
      });
    }
    if (safeguard && !safeguard.valid) {
      problems.push({
        path: at('safeguard'),
        message: `'${r.safeguard}' is no valid transfer mechanism${safeguard.invalidSince ? ` since ${safeguard.invalidSince}` : ''}: use dpf (certified US companies) or scc`,
      });
    }
    if (r.safeguard === 'adequacy') {
      for (const country of outside) {
        if (!c.countries.adequacy[country]) {
          problems.push({ path: at('safeguard'), message: `the European Commission has no adequacy decision for ${country}` });
        }
      }
    }
    if (r.safeguard === 'dpf' && !outside.includes('US')) {
      problems.push({ path: at('safeguard'), message: 'the EU-U.S. Data Privacy Framework only covers transfers to the United States' });
    }
  });
  return problems;
}

/** Every prose map must hold every output language: a missing one is never filled from another. */
export function missingTranslations(value: unknown, languages: readonly Language[], path: PathSegment[] = []): PathProblem[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => missingTranslations(item, languages, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  if (isProse(value)) {
    const missing = languages.filter((lang) => !(lang in value));
    return missing.length === 0 ? [] : [{ path, message: `missing translation: ${missing.join(', ')}` }];
  }
  return Object.entries(value).flatMap(([key, child]) => missingTranslations(child, languages, [...path, key]));
}

const isProse = (value: object): boolean => {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every(isLanguage);
};
