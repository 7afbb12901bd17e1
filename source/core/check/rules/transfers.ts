/** Transfers outside the EEA (Chapter V GDPR): each with a safeguard that exists, fits and is still valid. */
import type { AdequacyDecision } from '../../model/countries.js';
import type { Model, RecipientModel } from '../../model/resolve.js';
import { msg } from '../messages.js';
import { findPhrase, modelProse, PRIVACY_SHIELD } from '../text.js';
import type { Hit, Rule } from '../types.js';

const outsideEea = (r: RecipientModel): string[] => r.outsideEea.map(({ code }) => code);
const at = (i: number, field: SafeguardField = 'safeguard') => ['recipients', i, field];

/** A transfer's basis and the one it falls back on: each must be valid and fit. */
type SafeguardField = 'safeguard' | 'fallbackSafeguard';
const SAFEGUARD_FIELDS: readonly SafeguardField[] = ['safeguard', 'fallbackSafeguard'];
const modelField = { safeguard: 'safeguard', fallbackSafeguard: 'fallback' } as const;

export const transferSafeguard: Rule = {
  id: 'transfer-safeguard',
  severity: 'error',
  article: 'Art. 13(1)(f) and 44 GDPR',
  run({ recipients }) {
    return recipients.flatMap((r, i): Hit[] => {
      const outside = outsideEea(r);
      if (outside.length === 0 || r.safeguard) return [];
      return [{ path: at(i), message: msg('transfer-safeguard', { countries: outside.join(', ') }), fix: msg('transfer-safeguard.fix') }];
    });
  },
};

export const transferSafeguardInvalid: Rule = {
  id: 'transfer-safeguard-invalid',
  severity: 'error',
  article: 'Art. 44–46 GDPR; CJEU C-311/18 (Schrems II)',
  run({ answers: a, catalogs: c }) {
    return a.recipients.flatMap((r, i) =>
      SAFEGUARD_FIELDS.flatMap((field): Hit[] => {
        const id = r[field];
        const safeguard = id ? c.safeguards[id] : undefined;
        if (!id || !safeguard || safeguard.valid) return [];
        const message = safeguard.invalidSince
          ? msg('transfer-safeguard-invalid.since', { safeguard: id, date: { date: safeguard.invalidSince } })
          : msg('transfer-safeguard-invalid', { safeguard: id });
        return [{ path: at(i, field), message, fix: msg('transfer-safeguard-invalid.fix') }];
      }),
    );
  },
};

export const privacyShieldMentioned: Rule = {
  id: 'privacy-shield-mentioned',
  severity: 'error',
  article: 'Art. 44–46 GDPR; CJEU C-311/18 (Schrems II)',
  run(m) {
    return modelProse(m).flatMap(({ path, prose }): Hit[] => {
      const phrase = findPhrase(prose, PRIVACY_SHIELD);
      if (!phrase) return [];
      return [{ path, message: msg('privacy-shield-mentioned', { phrase }), fix: msg('privacy-shield-mentioned.fix') }];
    });
  },
};

/** Each (recipient index, field, country) whose transfer relies, first or as fallback, on an adequacy decision. */
const adequacyTransfers = (m: Model): { i: number; field: SafeguardField; country: string; adequacy: AdequacyDecision | undefined }[] =>
  m.recipients.flatMap((r, i) =>
    SAFEGUARD_FIELDS.flatMap((field) =>
      r[modelField[field]]?.id === 'adequacy' ? r.outsideEea.map(({ code, adequacy }) => ({ i, field, country: code, adequacy })) : [],
    ),
  );

export const adequacyDecision: Rule = {
  id: 'adequacy-decision',
  severity: 'error',
  article: 'Art. 45 GDPR',
  run(m) {
    return adequacyTransfers(m)
      .filter(({ adequacy }) => !adequacy)
      .map(({ i, field, country }) => ({
        path: at(i, field),
        message: msg('adequacy-decision', { country }),
        fix: msg('adequacy-decision.fix'),
      }));
  },
};

export const adequacyExpired: Rule = {
  id: 'adequacy-expired',
  severity: 'error',
  article: 'Art. 45 GDPR',
  run(m) {
    const a = m.answers;
    return adequacyTransfers(m).flatMap(({ i, field, country, adequacy }): Hit[] => {
      const until = adequacy?.validUntil;
      if (until === undefined || until >= a.effectiveDate) return [];
      return [
        {
          path: at(i, field),
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
  run({ recipients }) {
    return recipients.flatMap((r, i) =>
      SAFEGUARD_FIELDS.flatMap((field): Hit[] =>
        r[modelField[field]]?.id === 'dpf' && !outsideEea(r).includes('US') ? [{ path: at(i, field), message: msg('dpf-us-only') }] : [],
      ),
    );
  },
};
