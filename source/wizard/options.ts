/** The choices a choice or multi question offers, labelled in the wizard's language. */
import type { Prose } from '../core/answers/schema.js';
import type { CatalogFiles } from '../core/catalogs/schema.js';
import type { Question } from '../core/flow/bank-schema.js';
import type { Draft } from '../core/flow/draft.js';
import { suggestedServices } from '../core/flow/suggestions.js';
import { LANGUAGES, type Language } from '../core/languages.js';
import { intlTables } from '../core/locale/intl-tables.js';
import { activityName } from '../core/model/activities.js';
import { EEA_LOCATION, isInEea } from '../core/model/countries.js';
import { entryLabel, inAnyLanguage } from '../core/model/text.js';
import { countryName } from '../core/view/format.js';
import { LANGUAGE_NAMES, type Translate } from './strings.js';

export interface Option {
  value: string;
  label: string;
}

/** Names Intl gives codes that are no country: the EU, the eurozone, the UN, pseudo-locales, 'unknown'. */
const NOT_COUNTRIES = ['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ'];
const ISO_REGIONS = Object.keys(intlTables().englishRegions).filter((code) => !NOT_COUNTRIES.includes(code));

/** Never offer what check would reject: an invalid safeguard, an authority outside the EEA. */
function usable(entry: unknown, c: CatalogFiles): boolean {
  const e = entry as { valid?: boolean; country?: string; website?: string };
  if (e.valid === false) return false;
  if (e.website !== undefined && e.country !== undefined) return isInEea(e.country, c);
  return true;
}

function labelOf(entry: unknown, lang: Language, id: string): string {
  const label = entryLabel(entry as Parameters<typeof entryLabel>[0]);
  return (label === undefined ? undefined : inAnyLanguage(label, lang)) ?? id;
}

/** The situations a business of the chosen type usually has, first: the owner confirms each. */
function usualFirst(all: Option[], draft: Draft, c: CatalogFiles): Option[] {
  const type = typeof draft.$businessType === 'string' ? c['business-types'][draft.$businessType] : undefined;
  const usual = type?.activities ?? [];
  return [...usual.flatMap((id) => all.filter((o) => o.value === id)), ...all.filter((o) => !usual.includes(o.value))];
}

/** `draft` is needed only for options that come from earlier answers (the activities). */
export function optionsFor(question: Question, c: CatalogFiles, lang: Language, t: Translate, draft: Draft = {}): Option[] {
  const options = question.options;
  if (!options) return [];
  if ('catalog' in options) {
    const catalog = (c as unknown as Record<string, Record<string, unknown>>)[options.catalog] ?? {};
    const all = Object.entries(catalog)
      .filter(([, entry]) => usable(entry, c) && (options.flag === undefined || (entry as Record<string, unknown>)[options.flag] === true))
      .map(([id, entry]) => ({ value: id, label: labelOf(entry, lang, id) }));
    return question.applies === 'situations' ? usualFirst(all, draft, c) : all;
  }
  switch (options.source) {
    case 'languages':
      return LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }));
    // Where a recipient processes data: the EU/EEA as a whole first (no transfer), then each country.
    case 'locations':
      return [
        { value: EEA_LOCATION, label: `${c.countries.eeaLocation[lang]} (${EEA_LOCATION})` },
        ...optionsFor({ ...question, options: { source: 'countries' } }, c, lang, t, draft),
      ];
    case 'countries':
      return ISO_REGIONS.map((code) => ({ value: code, label: `${countryName(code, lang)} (${code})` })).sort((a, b) =>
        a.label.localeCompare(b.label, lang),
      );
    case 'legal-bases':
      return Object.entries(c['legal-bases']).map(([id, basis]) => ({ value: id, label: `${basis.label[lang]} — ${basis.article[lang]}` }));
    case 'activities': {
      const named = ((draft.activities as Record<string, unknown>[] | undefined) ?? [])
        .filter((a) => typeof a.id === 'string' && a.id !== '')
        .map((a) => {
          const name = activityName({ name: a.name as Prose | undefined, preset: typeof a.preset === 'string' ? a.preset : undefined }, c);
          return { value: a.id as string, label: (name === undefined ? undefined : inAnyLanguage(name, lang)) ?? (a.id as string) };
        });
      // The id, the wizard's own bookkeeping, only tells apart two situations of one name.
      const shared = (label: string) => named.filter((o) => o.label === label).length > 1;
      return named.map((o) => (shared(o.label) ? { ...o, label: `${o.label} (${o.value})` } : o));
    }
    case 'suggested-services': {
      const all = optionsFor({ ...question, options: { catalog: 'processors' } }, c, lang, t, draft);
      const first = suggestedServices(draft, c);
      return [...first.flatMap((id) => all.filter((o) => o.value === id)), ...all.filter((o) => !first.includes(o.value))];
    }
    case 'roles':
      return [
        { value: 'processor', label: t('roleProcessor') },
        { value: 'controller', label: t('roleController') },
        { value: 'joint-controller', label: t('roleJointController') },
        { value: 'authority', label: t('roleAuthority') },
      ];
  }
}
