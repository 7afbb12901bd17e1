/**
 * The notice held against the site's own files (`check FILE --site DIR`): what the site loads
 * must be named, a service that tracks visitors needs an activity on consent, and a named web
 * service the site no longer loads is probably left over. Without --site these rules find nothing.
 */
import { placeOf, type SiteServiceModel, sitePath } from '../../model/site.js';
import { msg } from '../messages.js';
import type { Hit, Rule, SiteLocation } from '../types.js';

const firstPlace = (dir: string, s: SiteServiceModel): SiteLocation => {
  const first = s.seen[0]!;
  return { file: sitePath(dir, first.file), line: first.line, column: first.column };
};

/** "site/index.html:12:5", or with the number of places in all when there are more. */
const whereSeen = (dir: string, s: SiteServiceModel) =>
  s.seen.length === 1
    ? msg('site.place', { place: placeOf(dir, s.seen[0]!) })
    : msg('site.places', { place: placeOf(dir, s.seen[0]!), count: s.seen.length });

/** An unnamed tracking service with no activity on consent is site-tracking-consent's; named ones are tracking-consent's. */
const needsConsentActivity = (s: SiteServiceModel, consentActivities: readonly string[]) =>
  s.recipients.length === 0 && Boolean(s.entry.trackingCookies) && consentActivities.length === 0;

export const siteServiceMissing: Rule = {
  id: 'site-service-missing',
  severity: 'error',
  article: 'Art. 13(1)(e) GDPR',
  run({ site }) {
    if (!site) return [];
    return site.services
      .filter((s) => s.recipients.length === 0 && !needsConsentActivity(s, site.consentActivities))
      .map(
        (s): Hit => ({
          path: ['recipients'],
          message: msg('site-service-missing', { service: s.entry.name, where: whereSeen(site.dir, s) }),
          fix: msg('site-service-missing.fix', { id: s.id }),
          site: firstPlace(site.dir, s),
        }),
      );
  },
};

export const siteTrackingConsent: Rule = {
  id: 'site-tracking-consent',
  severity: 'error',
  article: 'Art. 5(3) Directive 2002/58/EC (Belgium: art. 10/2 Law of 30 July 2018); Art. 6(1)(a) GDPR',
  run({ site }) {
    if (!site) return [];
    return site.services
      .filter((s) => needsConsentActivity(s, site.consentActivities))
      .map(
        (s): Hit => ({
          path: ['activities'],
          message: msg('site-tracking-consent', { service: s.entry.name, where: whereSeen(site.dir, s) }),
          fix: msg('site-tracking-consent.fix', { id: s.id }),
          site: firstPlace(site.dir, s),
        }),
      );
  },
};

export const siteServiceUnused: Rule = {
  id: 'site-service-unused',
  severity: 'warning',
  article: 'Art. 13(1)(e) GDPR',
  run({ site }) {
    if (!site) return [];
    return site.unused.map(
      ({ recipient, entry }): Hit => ({
        path: ['recipients', recipient, 'service'],
        message: msg('site-service-unused', { service: entry.name, dir: site.dir }),
        fix: msg('site-service-unused.fix'),
      }),
    );
  },
};
