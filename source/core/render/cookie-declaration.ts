/**
 * The cookie declaration: every cookie the website places (model.cookies), grouped by category in
 * the catalog's order, with its provider, purpose, lifetime and party; how consent is given and
 * withdrawn; and where each provider documents its cookies. Markdown from a template per
 * language; the HTML page is made from the Markdown, as the notice's is.
 */
import type { CookieLifetime } from '../catalogs/schema.js';
import type { Language } from '../languages.js';
import type { CookieModel, Model } from '../model/resolve.js';
import { localize } from '../model/text.js';
import { capitalize, formatDate, formatPeriod, joinList } from '../view/format.js';
import { COOKIE_DECLARATION, defineDocument, fileName, NOTICE, oncePerView, type RenderContext } from './documents.js';
import { escapeMarkdown } from './escape.js';
import { renderNoticeHtml, tidyMarkdown } from './notice.js';
import { labels, renderTemplate, templatePaths } from './templates.js';

export interface CookieRow {
  name: string;
  provider: string;
  purpose: string;
  lifetime: string;
  party: string;
}

export interface CookieCategoryView {
  id: string;
  label: string;
  description: string;
  consentRequired: boolean;
  /** The table's header, in each category's own (Mustache must not fall back to an outer field). */
  columns: ReturnType<typeof labels>['cookies']['columns'];
  cookies: CookieRow[];
}

export interface CookieDeclarationView {
  lang: Language;
  title: string;
  controllerName: string;
  website: string | null;
  effectiveDate: string;
  /** The privacy notice's file, when this run writes it too: the declaration links it. */
  noticeFile: string | null;
  lawCitation: string | null;
  settingsLink: string | null;
  /**
   * Whether some cookie the website places needs consent: one of a category that does (listed,
   * or named in cookies.categories), or one the catalog does not know. Without, the declaration
   * does not speak of giving and withdrawing a consent the website never asks for.
   */
  consentNeeded: boolean;
  /** The categories that have cookies, in the catalog's order. */
  categories: CookieCategoryView[];
  hasCookies: boolean;
  /** The services the answers name that the catalog says place no cookies, as one list ("Plausible Analytics"). */
  withoutCookies: string | null;
  /** Each provider whose cookies are listed, with the pages where it documents them. */
  providers: { name: string; documentation: string }[];
  hasProviders: boolean;
}

export const cookieLifetime = (lifetime: CookieLifetime, lang: Language): string =>
  lifetime === 'session' ? labels(lang).cookies.session : formatPeriod(lifetime, lang);

function row(cookie: CookieModel, lang: Language): CookieRow {
  return {
    name: cookie.name,
    provider: localize(cookie.provider, lang),
    purpose: localize(cookie.purpose, lang),
    lifetime: cookieLifetime(cookie.lifetime, lang),
    party: labels(lang).cookies.party[cookie.party],
  };
}

export function cookieDeclarationView(m: Model, lang: Language, context: RenderContext = { documents: [] }): CookieDeclarationView {
  const { answers } = m;
  const categories = Object.entries(m.catalogs['cookie-categories']).flatMap(([id, entry]): CookieCategoryView[] => {
    const cookies = m.cookies.cookies.filter((cookie) => cookie.category.id === id);
    if (cookies.length === 0) return [];
    return [
      {
        id,
        label: capitalize(localize(entry.label, lang), lang),
        description: localize(entry.description, lang),
        consentRequired: entry.consentRequired,
        columns: labels(lang).cookies.columns,
        cookies: cookies.map((cookie) => row(cookie, lang)),
      },
    ];
  });
  // Cookies the catalog does not know may need consent too.
  const consentNeeded = m.cookies.consentRequired || m.cookies.services.some(({ catalog }) => catalog === undefined);
  const known = m.cookies.services.flatMap(({ recipient, catalog }) => (catalog ? [{ recipient, entry: catalog.entry }] : []));
  const nameOf = (recipient: (typeof known)[number]['recipient']) =>
    localize(recipient.name ?? recipient.processor?.entry.name ?? '', lang);
  const without = known.filter(({ entry }) => entry.cookies.length === 0).map(({ recipient }) => nameOf(recipient));
  const providers = known
    .filter(({ entry }) => entry.cookies.length > 0)
    .map(({ recipient, entry }) => ({ name: nameOf(recipient), documentation: joinList(entry.source.split(' ; '), lang) }));
  return {
    lang,
    title: labels(lang).cookies.title,
    controllerName: answers.controller.tradeName ?? answers.controller.legalName,
    website: answers.controller.website ?? null,
    effectiveDate: formatDate(answers.effectiveDate, lang),
    noticeFile: context.documents.includes(NOTICE.id) ? fileName(NOTICE, lang, 'md') : null,
    lawCitation: m.cookieLaw ? localize(m.cookieLaw, lang) : null,
    settingsLink: answers.cookies?.settingsLink ? localize(answers.cookies.settingsLink, lang) : null,
    consentNeeded,
    categories,
    hasCookies: categories.length > 0,
    withoutCookies: without.length > 0 ? joinList(without, lang) : null,
    providers,
    hasProviders: providers.length > 0,
  };
}

export function renderCookieDeclarationMarkdown(view: CookieDeclarationView): string {
  return tidyMarkdown(renderTemplate(templatePaths.cookies(view.lang), view, escapeMarkdown));
}

const markdownOf = oncePerView(renderCookieDeclarationMarkdown);

export const cookieDeclarationDocument = defineDocument(COOKIE_DECLARATION, cookieDeclarationView, {
  md: (view) => markdownOf(view),
  html: (view, lang) => renderNoticeHtml(markdownOf(view), lang),
});
