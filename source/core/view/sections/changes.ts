/** "What this version changes": the changes since an earlier version (`--changes-from`), as the diff words them. */
import { renderChangeLine } from '../../diff/messages.js';
import type { Language } from '../../languages.js';
import type { Model } from '../../model/resolve.js';
import { formatDate } from '../format.js';

export function changesSection(m: Model, lang: Language) {
  const since = m.changesSince;
  return {
    changesInVersion: since
      ? {
          since: formatDate(since.effectiveDate, lang),
          hasChanges: since.changes.length > 0,
          lines: since.changes.map((change) => renderChangeLine(change.message, lang)),
        }
      : null,
  };
}
