/**
 * Where an activity's data come from (Art. 14(2)(f)), as the notice says it: the sources that
 * supply all of its data in one sentence, read as alternatives ("from a recruitment agency or a
 * job site", "from you or from …" when the person gives them too); each source that supplies
 * only some of the data in a sentence of its own that names them, so that naming a referring
 * physician never says the patient's address came from the physician too.
 */
import type { Language } from '../languages.js';
import { LOCALES } from '../locale/intl-tables.js';
import type { ActivityModel, SourceModel } from '../model/resolve.js';
import { localize } from '../model/text.js';
import { joinList } from './format.js';

export interface SourceLine {
  label: string;
  publiclyAccessible: boolean;
  fromYouToo: boolean;
  hasData: boolean;
  data: string | null;
  /** A second or later such source: its sentence need not say again that some data come from elsewhere. */
  another: boolean;
}

/** "a or b": rare (several sources for one activity), so left to Intl rather than our tables. */
function orList(items: readonly string[], lang: Language): string {
  return items.length <= 1 ? (items[0] ?? '') : new Intl.ListFormat(LOCALES[lang], { type: 'disjunction' }).format(items);
}

const dataOf = (source: SourceModel, lang: Language): string | null =>
  source.data === undefined
    ? null
    : joinList(
        source.data.map((ref) => localize(ref.label, lang)),
        lang,
      );

export function sourceLines(act: ActivityModel, lang: Language): SourceLine[] {
  const whole = act.sources.filter((source) => source.data === undefined);
  const some = act.sources.filter((source) => source.data !== undefined);
  return [
    ...(whole.length > 0
      ? [
          {
            label: orList(
              whole.map((source) => localize(source.from.label, lang)),
              lang,
            ),
            publiclyAccessible: whole.every((source) => source.publiclyAccessible),
            fromYouToo: act.alsoFromYou,
            hasData: false,
            data: null,
            another: false,
          },
        ]
      : []),
    ...some.map((source, i) => ({
      label: localize(source.from.label, lang),
      publiclyAccessible: source.publiclyAccessible,
      fromYouToo: act.alsoFromYou,
      hasData: true,
      data: dataOf(source, lang),
      another: i > 0,
    })),
  ];
}

/** The list under "Data we do not obtain from you": each source with the data it supplies. */
export function indirectLines(act: ActivityModel, lang: Language): { categories: string; source: string; publiclyAccessible: boolean }[] {
  return act.sources.map((source) => ({
    categories:
      dataOf(source, lang) ??
      joinList(
        act.dataCategories.map((ref) => localize(ref.label, lang)),
        lang,
      ),
    source: localize(source.from.label, lang),
    publiclyAccessible: source.publiclyAccessible,
  }));
}
