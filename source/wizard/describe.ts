/** Answers as short text in the wizard's language, for group lists and the review screen. */
import type { CatalogFiles, Period } from '../core/catalogs/schema.js';
import type { Question } from '../core/flow/bank-schema.js';
import type { Draft } from '../core/flow/draft.js';
import { dayFirst } from '../core/flow/values.js';
import type { Language } from '../core/languages.js';
import { inAnyLanguage } from '../core/model/text.js';
import { formatPeriod } from '../core/view/format.js';
import { optionsFor } from './options.js';
import type { Translate } from './strings.js';

/** How the answers format writes a date (the only values of this shape). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function describe(
  value: unknown,
  question: Question | undefined,
  c: CatalogFiles,
  lang: Language,
  t: Translate,
  draft: Draft = {},
): string {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t('notAnswered');
  if (typeof value === 'boolean') return value ? t('yes') : t('no');
  if (Array.isArray(value)) return value.map((item) => describe(item, question, c, lang, t, draft)).join(', ');
  if (typeof value === 'string') {
    // A date is shown as the wizard asks for it (day-month-year), not as the answers file keeps it.
    if (ISO_DATE.test(value)) return dayFirst(value);
    const option = question ? optionsFor(question, c, lang, t, draft).find((o) => o.value === value) : undefined;
    return option?.label ?? value;
  }
  if (typeof value === 'object' && value !== null) {
    const map = value as Record<string, unknown>;
    if (question?.type === 'period') return formatPeriod(map as Period, lang);
    const text = inAnyLanguage(map, lang);
    if (text !== undefined) return text;
    if ('from' in map) return describe(map.from, question, c, lang, t);
    // Never a key or JSON: an item the wizard has no label for is named by its answered values.
    return Object.values(map)
      .filter((inner) => inner !== undefined && inner !== '' && typeof inner !== 'object')
      .map((inner) => describe(inner, undefined, c, lang, t))
      .join(', ');
  }
  return String(value);
}

/** How an item of a group is named in its list: the first of its label paths that is answered. */
export function itemName(item: unknown, group: Question, c: CatalogFiles, lang: Language, t: Translate, index: number): string {
  for (const path of group.itemLabel ?? []) {
    const value = (item as Record<string, unknown> | undefined)?.[path];
    if (value === undefined || value === '') continue;
    const question = group.item?.find((q) => q.path === path);
    return describe(value, question, c, lang, t);
  }
  return t('item', { number: index + 1 });
}
