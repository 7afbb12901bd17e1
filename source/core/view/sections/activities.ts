/** What is processed and why: each activity, the legal bases and Art. 9 conditions used, the indirect sources, retention. */
import { legalBasisIds } from '../../catalogs/schema.js';
import type { Language } from '../../languages.js';
import type { ActivityModel, Model } from '../../model/resolve.js';
import { localize, type Text } from '../../model/text.js';
import { capitalize, joinList } from '../format.js';
import { activityName, retentionLines, retentionRows } from '../retention.js';
import { indirectLines, sourceLines } from '../sources.js';
import { textOrNull } from '../text.js';

const labels = (refs: readonly { label: Text }[], lang: Language): string =>
  joinList(
    refs.map((ref) => localize(ref.label, lang)),
    lang,
  );

function activityView(act: ActivityModel, lang: Language, catalogs: Model['catalogs']) {
  return {
    name: activityName(act, lang),
    description: textOrNull(act.description, lang),
    dataSubjects: labels(act.dataSubjects, lang),
    dataCategories: act.dataCategories.map((ref) => ({
      label: capitalize(localize(ref.label, lang), lang),
      examples: textOrNull(ref.entry?.examples, lang),
    })),
    purposes: act.purposes.map((p) => ({
      purpose: capitalize(localize(p.purpose.label, lang), lang),
      basis: capitalize(localize(p.basis.entry.label, lang), lang),
      article: localize(p.basis.entry.article, lang),
      interest: p.basis.id === 'legitimate-interests' ? textOrNull(p.interest, lang) : null,
      // How direct marketing reaches people: the channel decides whether e-mail needed consent.
      channels: p.answer.channels?.length
        ? joinList(
            p.answer.channels.map((id) => localize(catalogs['marketing-channels'][id]!.label, lang)),
            lang,
          )
        : null,
    })),
    specialCategories: act.specialCategories.map((s) => ({
      // What Art. 9(1) calls these data, and, when the category is not itself one of its, the category that holds them.
      kind: localize(s.holds ?? s.category.label, lang),
      within: s.holds ? localize(s.category.label, lang) : null,
      condition: localize(s.condition.entry.label, lang),
      article: localize(s.condition.entry.article, lang),
    })),
    sources: sourceLines(act, lang),
    requirement: act.requirement ? localize(act.requirement.label, lang) : null,
    // Art. 10: the criminal-record data and the law that authorises them; without the law, rule criminal-records-authorised refuses.
    criminalRecords:
      act.criminalData.length > 0 && act.criminalRecords
        ? { data: labels(act.criminalData, lang), law: localize(act.criminalRecords.label, lang) }
        : null,
    retentionRules: retentionLines(act, lang),
    periodsOverlap: act.periodsOverlap,
  };
}

export function activitiesSection(m: Model, lang: Language) {
  return {
    activities: m.activities.map((act) => activityView(act, lang, m.catalogs)),
    bases: legalBasisIds
      .filter((id) => m.basesUsed.has(id))
      .map((id) => {
        const basis = m.catalogs['legal-bases'][id];
        return {
          label: capitalize(localize(basis.label, lang), lang),
          article: localize(basis.article, lang),
          explanation: localize(basis.explanation, lang),
        };
      }),
    specialConditions: m.conditionsUsed.map(({ entry }) => ({
      label: capitalize(localize(entry.label, lang), lang),
      article: localize(entry.article, lang),
    })),
    retention: retentionRows(m, lang),
    hasIndirect: m.activities.some((act) => act.sources.length > 0),
    indirect: m.activities.flatMap((act) => indirectLines(act, lang).map((line) => ({ activity: activityName(act, lang), ...line }))),
  };
}
