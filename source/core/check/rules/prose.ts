/** The user's own text: in every output language, and not contradicting the tracking the answers declare. */

import { msg } from '../messages.js';
import { ANONYMOUS, findPhrase, modelProse, NO_COOKIES } from '../text.js';
import type { Hit, Rule } from '../types.js';

export const translationMissing: Rule = {
  id: 'translation-missing',
  severity: 'error',
  article: 'Art. 12(1) GDPR',
  run(m, languages) {
    return modelProse(m).flatMap(({ path, prose }): Hit[] => {
      const missing = languages.filter((lang) => !(lang in prose));
      return missing.length === 0 ? [] : [{ path, message: msg('translation-missing', { languages: missing.join(', ') }) }];
    });
  },
};

export const trackingClaims: Rule = {
  id: 'tracking-claims',
  severity: 'error',
  article: 'Art. 5(1)(a) and 12(1) GDPR',
  run(m) {
    const { answers: a, catalogs: c } = m;
    const trackers = [
      ...(a.cookies?.categories ?? [])
        .filter((id) => c['cookie-categories'][id]?.tracking)
        .map((id) => msg('tracking-claims.cookies', { category: id })),
      ...a.recipients.flatMap((r) => (r.service && c.processors[r.service]?.trackingCookies ? [c.processors[r.service]!.name] : [])),
    ];
    if (trackers.length === 0) return [];
    return modelProse(m).flatMap(({ path, prose }): Hit[] => {
      const claim = findPhrase(prose, [...ANONYMOUS, ...NO_COOKIES]);
      if (!claim) return [];
      return [
        {
          path,
          message: msg('tracking-claims', { claim, trackers: { and: trackers } }),
          fix: msg('tracking-claims.fix'),
        },
      ];
    });
  },
};
