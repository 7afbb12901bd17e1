/** The supervisory authority the notice names: known, competent for the controller, and under its current name. */
import type { CatalogFiles } from '../../catalogs/schema.js';
import { byLanguage, type Language } from '../../languages.js';
import { nationalAuthorities } from '../../model/authority.js';
import { isInEea } from '../../model/countries.js';
import type { CustomAuthority as Custom } from '../../model/resolve.js';
import { type Message, type MessageParam, msg } from '../messages.js';
import { containsWords, modelProse, normalizedWordsOf, normalizeName } from '../text.js';
import type { Hit, Rule } from '../types.js';

type Entry = CatalogFiles['supervisory-authorities'][string];

/** A country's name in the message's language (the code itself when it names no region). */
const regionName = (code: string): MessageParam => ({ country: code });
const texts = (value: Entry['name'] | undefined): string[] =>
  value === undefined ? [] : typeof value === 'string' ? [value] : [...new Set(Object.values(value))];
const nameIn = (e: Entry, lang: Language): string => {
  const name = typeof e.name === 'string' ? e.name : e.name[lang];
  const abbreviation = typeof e.abbreviation === 'object' ? e.abbreviation[lang] : e.abbreviation;
  return abbreviation ? `${name} (${abbreviation})` : name;
};
const displayName = (e: Entry): MessageParam => ({ text: byLanguage((_, lang) => nameIn(e, lang)) });
const current = (e: Entry): Message => msg('authority.current', { authority: displayName(e), country: regionName(e.country) });
const host = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

/** The catalog authorities a custom authority names: by website, name, abbreviation or former name. */
export function identifyAuthority(custom: Custom, c: CatalogFiles): string[] {
  const inner = /\(([^)]*)\)/.exec(custom.name)?.[1];
  const variants = [custom.name, custom.name.replace(/\([^)]*\)/g, ''), inner ?? ''].map(normalizeName).filter(Boolean);
  return Object.entries(c['supervisory-authorities'])
    .filter(([, e]) => {
      if (host(e.website) === host(custom.website)) return true;
      const names = [...texts(e.name), ...texts(e.abbreviation), ...(e.formerNames ?? [])].map(normalizeName);
      return names.some((name) => variants.includes(name)) || (e.formerNames ?? []).some((old) => containsWords(custom.name, old));
    })
    .map(([id]) => id);
}

function nameYours(country: string, c: CatalogFiles): Message {
  const national = nationalAuthorities(country, c);
  if (national.length === 1) return msg('authority.name-yours.one', { id: national[0]! });
  if (national.length > 1) return msg('authority.name-yours.several', { country: regionName(country), ids: national.join(', ') });
  return msg('authority.name-yours.none');
}

export const authorityKnown: Rule = {
  id: 'authority-known',
  severity: 'error',
  article: 'Art. 13(2)(d) and 77 GDPR',
  run({ answers: a, catalogs: c, authority }) {
    if (authority !== undefined) return [];
    const country = a.controller.address.country;
    const national = nationalAuthorities(country, c);
    const message = national.length > 1 ? msg('authority-known.several', { country }) : msg('authority-known.none', { country });
    const regional = national.filter((id) => c['supervisory-authorities'][id]!.region);
    const fix = national.length > 1 ? msg('authority-known.several.fix', { ids: regional.join(', ') }) : nameYours(country, c);
    return [{ path: ['supervisoryAuthority'], message, fix }];
  },
};

export const authorityJurisdiction: Rule = {
  id: 'authority-jurisdiction',
  severity: 'error',
  article: 'Art. 13(2)(d), 55 and 77 GDPR',
  run({ answers: a, catalogs: c }) {
    const ref = a.supervisoryAuthority;
    if (ref === undefined) return [];
    const ids = typeof ref === 'string' ? [ref] : identifyAuthority(ref, c);
    const own = a.controller.address.country;
    const ownInEea = isInEea(own, c);
    const competent = (id: string) => {
      const country = c['supervisory-authorities'][id]!.country;
      return ownInEea ? country === own : isInEea(country, c);
    };
    if (ids.length === 0 || ids.some(competent)) return [];
    const entry = c['supervisory-authorities'][ids[0]!]!;
    const where = regionName(entry.country);
    const message = isInEea(entry.country, c)
      ? msg('authority-jurisdiction.elsewhere', { authority: displayName(entry), where, own: regionName(own) })
      : msg('authority-jurisdiction.outside', { authority: displayName(entry), where });
    return [
      { path: typeof ref === 'string' ? ['supervisoryAuthority'] : ['supervisoryAuthority', 'name'], message, fix: nameYours(own, c) },
    ];
  },
};

export const authorityFormerName: Rule = {
  id: 'authority-former-name',
  severity: 'error',
  article: 'Art. 13(2)(d) GDPR',
  run(m) {
    const { answers: a, catalogs: c } = m;
    const former = Object.entries(c['supervisory-authorities']).flatMap(([id, e]) =>
      (e.formerNames ?? []).map((name) => ({ id, name, words: normalizeName(name), e })),
    );
    const oldIn = (text: string | undefined) => {
      if (text === undefined) return undefined;
      const contains = normalizedWordsOf(text);
      return former.find((f) => contains(f.words));
    };
    const hits: Hit[] = [];
    const ref = a.supervisoryAuthority;
    const named = typeof ref === 'object' ? oldIn(ref.name) : undefined;
    if (named) {
      hits.push({
        path: ['supervisoryAuthority', 'name'],
        message: msg('authority-former-name.name', { former: named.name, current: current(named.e) }),
        fix: msg('authority-former-name.name.fix', { id: named.id }),
      });
    }
    for (const { path, prose } of modelProse(m)) {
      const old = Object.values(prose).map(oldIn).find(Boolean);
      if (old) {
        hits.push({
          path,
          message: msg('authority-former-name.prose', { former: old.name, current: current(old.e) }),
          fix: msg('authority-former-name.prose.fix'),
        });
      }
    }
    return hits;
  },
};
