/** Transfers outside the EEA (Chapter V GDPR): each with a safeguard that exists, fits and is still valid. */
import type { Answers, Recipient } from '../../answers/schema.js';
import type { CatalogFiles } from '../../catalogs/schema.js';
import { findPhrase, PRIVACY_SHIELD, proseIn } from '../text.js';
import { msg } from '../messages.js';
import type { Hit, Rule } from '../types.js';

const outsideEea = (r: Recipient, c: CatalogFiles): string[] => r.countries.filter((code) => !c.countries.eea.includes(code));
const at = (i: number) => ['recipients', i, 'safeguard'];

export const transferSafeguard: Rule = {
  id: 'transfer-safeguard',
  severity: 'error',
  article: 'Art. 13(1)(f) and 44 GDPR',
  run(a, c) {
    return a.recipients.flatMap((r, i): Hit[] => {
      const outside = outsideEea(r, c);
      if (outside.length === 0 || r.safeguard) return [];
      return [{ path: at(i), message: msg('transfer-safeguard', { countries: outside.join(', ') }), fix: msg('transfer-safeguard.fix') }];
    });
  },
};

export const transferSafeguardInvalid: Rule = {
  id: 'transfer-safeguard-invalid',
  severity: 'error',
  article: 'Art. 44–46 GDPR; CJEU C-311/18 (Schrems II)',
  run(a, c) {
    return a.recipients.flatMap((r, i): Hit[] => {
      const safeguard = r.safeguard ? c.safeguards[r.safeguard] : undefined;
      if (!safeguard || safeguard.valid) return [];
      const message = safeguard.invalidSince
        ? msg('transfer-safeguard-invalid.since', { safeguard: r.safeguard!, date: { date: safeguard.invalidSince } })
        : msg('transfer-safeguard-invalid', { safeguard: r.safeguard! });
      return [{ path: at(i), message, fix: msg('transfer-safeguard-invalid.fix') }];
    });
  },
};

export const privacyShieldMentioned: Rule = {
  id: 'privacy-shield-mentioned',
  severity: 'error',
  article: 'Art. 44–46 GDPR; CJEU C-311/18 (Schrems II)',
  run(a) {
    return proseIn(a).flatMap(({ path, prose }): Hit[] => {
      const phrase = findPhrase(prose, PRIVACY_SHIELD);
      if (!phrase) return [];
      return [{ path, message: msg('privacy-shield-mentioned', { phrase }), fix: msg('privacy-shield-mentioned.fix') }];
    });
  },
};

/** Each (recipient index, country) whose transfer relies on an adequacy decision. */
const adequacyTransfers = (a: Answers, c: CatalogFiles): { i: number; country: string }[] =>
  a.recipients.flatMap((r, i) => (r.safeguard === 'adequacy' ? outsideEea(r, c).map((country) => ({ i, country })) : []));

export const adequacyDecision: Rule = {
  id: 'adequacy-decision',
  severity: 'error',
  article: 'Art. 45 GDPR',
  run(a, c) {
    return adequacyTransfers(a, c)
      .filter(({ country }) => !c.countries.adequacy[country])
      .map(({ i, country }) => ({ path: at(i), message: msg('adequacy-decision', { country }), fix: msg('adequacy-decision.fix') }));
  },
};

export const adequacyExpired: Rule = {
  id: 'adequacy-expired',
  severity: 'error',
  article: 'Art. 45 GDPR',
  run(a, c) {
    return adequacyTransfers(a, c).flatMap(({ i, country }): Hit[] => {
      const until = c.countries.adequacy[country]?.validUntil;
      if (until === undefined || until >= a.effectiveDate) return [];
      return [
        {
          path: at(i),
          message: msg('adequacy-expired', { country, until: { date: until }, effective: { date: a.effectiveDate } }),
          fix: msg('adequacy-expired.fix'),
        },
      ];
    });
  },
};

export const dpfUsOnly: Rule = {
  id: 'dpf-us-only',
  severity: 'error',
  article: 'Art. 45 GDPR; Commission Implementing Decision (EU) 2023/1795',
  run(a, c) {
    return a.recipients.flatMap((r, i): Hit[] =>
      r.safeguard === 'dpf' && !outsideEea(r, c).includes('US')
        ? [{ path: at(i), message: msg('dpf-us-only') }]
        : [],
    );
  },
};
