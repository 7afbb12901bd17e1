/** The user's own text: in every output language, and not contradicting the tracking the answers declare. */
import { ANONYMOUS, findPhrase, NO_COOKIES, proseIn } from '../text.js';
import type { Hit, Rule } from '../types.js';

export const translationMissing: Rule = {
  id: 'translation-missing',
  severity: 'error',
  article: 'Art. 12(1) GDPR',
  run({ answers: a }, languages) {
    return proseIn(a).flatMap(({ path, prose }): Hit[] => {
      const missing = languages.filter((lang) => !(lang in prose));
      return missing.length === 0 ? [] : [{ path, message: `missing translation: ${missing.join(', ')}` }];
    });
  },
};

export const trackingClaims: Rule = {
  id: 'tracking-claims',
  severity: 'error',
  article: 'Art. 5(1)(a) and 12(1) GDPR',
  run({ answers: a, catalogs: c }) {
    const trackers = [
      ...(a.cookies?.categories ?? []).filter((id) => c['cookie-categories'][id]?.tracking).map((id) => `${id} cookies`),
      ...a.recipients.flatMap((r) => (r.service && c.processors[r.service]?.trackingCookies ? [c.processors[r.service]!.name] : [])),
    ];
    if (trackers.length === 0) return [];
    return proseIn(a).flatMap(({ path, prose }): Hit[] => {
      const claim = findPhrase(prose, [...ANONYMOUS, ...NO_COOKIES]);
      if (!claim) return [];
      return [
        {
          path,
          message: `says '${claim}', but these answers declare ${trackers.join(' and ')}, which recognise visitors with cookies`,
          fix: 'describe the data as they are collected, or switch to cookieless statistics and drop the tracking cookies',
        },
      ];
    });
  },
};
