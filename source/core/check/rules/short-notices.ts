/** The short notices (`--documents short`): each text fits beside its form or on its sign. */
import { SHORT_NOTICE_WORDS, shortNoticeOverBy } from '../../render/short-notices.js';
import { shortNoticeActivities } from '../../view/short-notices.js';
import { msg } from '../messages.js';
import type { Hit, Rule } from '../types.js';

/**
 * A form or camera activity whose short text runs over the limit even with the retention left to
 * the notice: its own words (a long purpose, a long name) or a great many purposes. A warning, as
 * the notice itself is complete; the short text is written all the same, and says too much to be
 * read beside a form.
 */
export const shortNoticeLength: Rule = {
  id: 'short-notice-length',
  severity: 'warning',
  article: 'Art. 12(1) GDPR',
  run(model, languages) {
    return shortNoticeActivities(model).flatMap(({ activity, index }): Hit[] => {
      const over = languages.flatMap((lang) => {
        // Facts other rules require (a name, a period, a translation) may be missing: those rules
        // report them, and this one measures the texts that can be written.
        try {
          const words = shortNoticeOverBy(model, activity, index, lang);
          return words === undefined ? [] : [{ lang, words }];
        } catch {
          return [];
        }
      });
      if (over.length === 0) return [];
      return [
        {
          path: ['activities', index, 'purposes'],
          message: msg('short-notice-length', {
            activity: activity.answer.id,
            words: Math.max(...over.map((o) => o.words)),
            max: SHORT_NOTICE_WORDS,
            languages: over.map((o) => o.lang).join(', '),
          }),
          fix: msg('short-notice-length.fix'),
        },
      ];
    });
  },
};
