/**
 * The resolved model → the view a notice template renders, in one language, composed of one
 * builder per part of the notice (sections/). Every field a template may name is always present
 * (null, false or [] when it does not apply), because Mustache would otherwise fall back silently
 * to a same-named field of an outer context.
 */
import type { Language } from '../languages.js';
import type { Model } from '../model/resolve.js';
import type { RenderContext } from '../render/documents.js';
import { formatDate } from './format.js';
import { activitiesSection } from './sections/activities.js';
import { authoritySection } from './sections/authority.js';
import { changesSection } from './sections/changes.js';
import { closingSections } from './sections/closing.js';
import { controllerSection } from './sections/controller.js';
import { recipientsSection } from './sections/recipients.js';
import { rightsSection } from './sections/rights.js';

/** `context`: the documents written beside the notice, which it links (the cookie declaration). */
export function buildNoticeView(model: Model, lang: Language, context: RenderContext = { documents: [] }) {
  return {
    lang,
    effectiveDate: formatDate(model.answers.effectiveDate, lang),
    ...controllerSection(model, lang),
    ...activitiesSection(model, lang),
    ...recipientsSection(model, lang),
    ...rightsSection(model, lang),
    ...authoritySection(model, lang),
    ...closingSections(model, lang, context),
    ...changesSection(model, lang),
  };
}

export type NoticeView = ReturnType<typeof buildNoticeView>;
