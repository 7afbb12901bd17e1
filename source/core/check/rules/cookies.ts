/**
 * The cookies the website places (model.cookies, from the cookie catalog and `cookies.own`)
 * against what the answers say of them: the notice's cookie section names the categories in
 * `cookies.categories`, and the cookie declaration can list only cookies it knows.
 */
import { localize } from '../../model/text.js';
import { msg } from '../messages.js';
import { normalizeName } from '../text.js';
import type { Hit, Rule } from '../types.js';

const ARTICLE = 'Art. 5(3) Directive 2002/58/EC (Belgium: art. 10/2 Law of 30 July 2018); Art. 13 GDPR';

export const cookieCategoryMissing: Rule = {
  id: 'cookie-category-missing',
  severity: 'error',
  article: ARTICLE,
  run(m) {
    const declared = new Set(m.cookieCategories.map(({ id }) => id));
    const hits: Hit[] = [];
    for (const { index, recipient, catalog } of m.cookies.services) {
      const missing = [...new Set((catalog?.entry.cookies ?? []).map((cookie) => cookie.category))].filter((id) => !declared.has(id));
      if (missing.length === 0) continue;
      hits.push({
        path: ['recipients', index, 'service'],
        message: msg('cookie-category-missing', {
          service: recipient.processor?.entry.name ?? '',
          categories: { and: missing },
        }),
        fix: msg('cookie-category-missing.fix', { categories: { and: missing } }),
      });
    }
    for (const [k, cookie] of (m.answers.cookies?.own ?? []).entries()) {
      if (declared.has(cookie.category)) continue;
      hits.push({
        path: ['cookies', 'own', k, 'category'],
        message: msg('cookie-category-missing.own', { cookie: cookie.name, category: cookie.category }),
        fix: msg('cookie-category-missing.own.fix', { category: cookie.category }),
      });
    }
    return hits;
  },
};

export const cookiesUnknown: Rule = {
  id: 'cookies-unknown',
  severity: 'warning',
  article: ARTICLE,
  run(m) {
    // Cookies the answers list themselves for a provider (`cookies.own` with its name) fill the gap.
    const listed = new Set((m.answers.cookies?.own ?? []).flatMap((cookie) => (cookie.provider ? [normalizeName(cookie.provider)] : [])));
    return m.cookies.services.flatMap(({ index, recipient, catalog }): Hit[] => {
      if (catalog) return [];
      const names = [recipient.name, recipient.processor?.entry.name].flatMap((name) => (name === undefined ? [] : [localize(name, 'en')]));
      if (names.some((name) => listed.has(normalizeName(name)))) return [];
      const name = recipient.processor?.entry.name ?? names[0] ?? `recipients[${index}]`;
      return [
        {
          path: ['recipients', index, recipient.answer.placesCookies === undefined ? 'service' : 'placesCookies'],
          message: msg('cookies-unknown', { recipient: name }),
          fix: msg('cookies-unknown.fix', { recipient: name }),
        },
      ];
    });
  },
};

/**
 * A category that cookies.categories names, and no cookie the website places belongs to: the
 * notice says the website places such cookies, the cookie declaration lists none of them. Not
 * said while a service places cookies the catalog does not know (cookies-unknown): they may be
 * the ones.
 */
export const cookieCategoryEmpty: Rule = {
  id: 'cookie-category-empty',
  severity: 'warning',
  article: ARTICLE,
  run(m) {
    if (m.cookies.services.some(({ catalog }) => catalog === undefined)) return [];
    const placed = new Set(m.cookies.cookies.map((cookie) => cookie.category.id));
    return (m.answers.cookies?.categories ?? []).flatMap((category, k): Hit[] =>
      placed.has(category)
        ? []
        : [
            {
              path: ['cookies', 'categories', k],
              message: msg('cookie-category-empty', { category: { text: m.catalogs['cookie-categories'][category]!.label } }),
              fix: msg('cookie-category-empty.fix', { category }),
            },
          ],
    );
  },
};

/**
 * Cookies that need consent, and no address where their list is published: the notice then
 * names their categories only, not the cookies, their providers and how long each stays on
 * the device, which the visitor is told before consenting (the cookie declaration says it).
 */
export const cookiePolicyAddress: Rule = {
  id: 'cookie-policy-address',
  severity: 'warning',
  article: ARTICLE,
  run(m) {
    // Without a cookies block, cookie-category-missing already asks for one.
    if (m.answers.cookies === undefined || m.answers.cookies.policyUrl !== undefined || !m.cookies.consentRequired) return [];
    return [{ path: ['cookies'], message: msg('cookie-policy-address'), fix: msg('cookie-policy-address.fix') }];
  },
};
