/**
 * Which cookies the website places, decided once: those of each recipient's service that places
 * cookies through the website (the cookie catalog, questions/catalogs/cookies.yaml), then the
 * answers' own (`cookies.own`). The cookie declaration and check read this.
 */
import type { Answers } from '../answers/schema.js';
import type { CatalogFiles } from '../catalogs/schema.js';
import { entryIn } from './lookup.js';
import type { CookieModel, CookieServiceModel, CookiesModel, EntryOf, RecipientModel } from './types.js';

/**
 * A recipient's own `placesCookies`, else: a service the cookie catalog knows places its cookies
 * unless they come only with a website integration (HubSpot's tracking code); a service the
 * catalog does not know places cookies when the processor catalog says it tracks visitors.
 */
function placesCookies(r: RecipientModel, catalog: EntryOf<'cookies'> | undefined): boolean {
  if (r.answer.placesCookies !== undefined) return r.answer.placesCookies;
  if (catalog) return catalog.integration === undefined;
  return r.processor?.entry.trackingCookies === true;
}

export function resolveCookies(answers: Answers, recipients: RecipientModel[], c: CatalogFiles): CookiesModel {
  const services: CookieServiceModel[] = [];
  const seen = new Set<string>();
  recipients.forEach((recipient, index) => {
    const id = recipient.processor?.id;
    const catalog = id !== undefined && Object.hasOwn(c.cookies, id) ? entryIn(c.cookies, id, 'cookie catalog entry') : undefined;
    if (!placesCookies(recipient, catalog?.entry)) return;
    // The same service named twice (for two activities) places its cookies once.
    if (id !== undefined && seen.has(id)) return;
    if (id !== undefined) seen.add(id);
    services.push({ index, recipient, catalog });
  });
  const category = (id: string) => entryIn(c['cookie-categories'], id, 'cookie category');
  const fromServices = services.flatMap(({ index, recipient, catalog }): CookieModel[] =>
    (catalog?.entry.cookies ?? []).map((cookie) => ({
      name: cookie.name,
      provider: recipient.name ?? recipient.processor?.entry.name ?? '',
      party: cookie.party,
      category: category(cookie.category),
      lifetime: cookie.lifetime,
      purpose: cookie.purpose,
      path: ['recipients', index, 'service'],
    })),
  );
  const controller = answers.controller.tradeName ?? answers.controller.legalName;
  const own = (answers.cookies?.own ?? []).map(
    (cookie, k): CookieModel => ({
      name: cookie.name,
      provider: cookie.provider ?? controller,
      party: cookie.party,
      category: category(cookie.category),
      lifetime: cookie.lifetime,
      purpose: cookie.purpose,
      path: ['cookies', 'own', k, 'category'],
    }),
  );
  const cookies = [...fromServices, ...own];
  const declared = (answers.cookies?.categories ?? []).map(category);
  const consentRequired = [...cookies.map((cookie) => cookie.category), ...declared].some(({ entry }) => entry.consentRequired);
  return { services, cookies, consentRequired };
}
