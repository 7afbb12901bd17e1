/** The closing sections: cookies, security measures, children and the age of digital consent, how changes are announced. */
import type { Language } from '../../languages.js';
import type { Model } from '../../model/resolve.js';
import { localize } from '../../model/text.js';
import { COOKIE_DECLARATION, fileName, type RenderContext } from '../../render/documents.js';
import { capitalize, countryName, joinList, quote } from '../format.js';
import { activityName } from '../retention.js';
import { required, textOrNull } from '../text.js';

export function closingSections(m: Model, lang: Language, context: RenderContext) {
  const { cookies, security } = m.answers;
  const withMinors = m.activities.filter((act) => act.minors);
  return {
    cookies: cookies
      ? {
          categories: m.cookieCategories.map(({ entry }) => ({
            label: capitalize(localize(entry.label, lang), lang),
            description: localize(entry.description, lang),
            consentRequired: entry.consentRequired,
          })),
          policyUrl: cookies.policyUrl ?? null,
          // Written beside the notice: linked, at the address where it is published if the answers give one.
          declaration: context.documents.includes(COOKIE_DECLARATION.id)
            ? { url: cookies.policyUrl ?? null, file: fileName(COOKIE_DECLARATION, lang, 'md') }
            : null,
          // The national rule on cookies where the controller is established (Belgium: art. 10/2 of the Law of 30 July 2018).
          lawCitation: m.cookieLaw ? localize(m.cookieLaw, lang) : null,
        }
      : null,
    security: security
      ? {
          measures: m.securityMeasures.map(({ entry }) => capitalize(localize(entry.label, lang), lang)),
          description: textOrNull(security.description, lang),
        }
      : null,
    // Activities whose people include minors: the section then says who acts for them, not that we delete their data.
    hasMinors: withMinors.length > 0,
    // One such situation is named as one ("in this situation"), several as a list.
    oneMinorActivity: withMinors.length === 1,
    // Each situation by its section's title, in quotation marks: a title in the middle of a sentence.
    minorActivities: joinList(
      withMinors.map((act) => quote(activityName(act, lang), lang)),
      lang,
    ),
    // Where photos of minors are published on consent: whose consent that takes, and in which situations.
    minorImages: m.activities.some((act) => act.minorImages)
      ? joinList(
          m.activities.filter((act) => act.minorImages).map((act) => quote(activityName(act, lang), lang)),
          lang,
        )
      : null,
    children: {
      directedAtChildren: m.answers.children.directedAtChildren,
      age: required(m.children.age, 'no age of digital consent', 'digital-consent-age'),
      country: countryName(m.children.country, lang),
      provision: m.children.provision ? localize(m.children.provision, lang) : null,
    },
    changes: localize(m.changes.entry.label, lang),
  };
}
