/**
 * A change between two versions of an answers file, as the people concerned see it: what the
 * resolved models say differently, never how the YAML was written (a reordered list, a preset
 * spelled out into the same fields or a comment changes nothing).
 */
import type { PathSegment } from '../answers/problems.js';
import type { Message } from '../check/messages.js';

export const CHANGE_KINDS = [
  'controller-changed',
  'dpo-added',
  'dpo-removed',
  'dpo-changed',
  'representative-added',
  'representative-removed',
  'representative-changed',
  'activity-added',
  'activity-removed',
  'purpose-added',
  'purpose-removed',
  'basis-changed',
  'data-added',
  'data-removed',
  'retention-changed',
  'retention-added',
  'retention-removed',
  'processor-added',
  'processor-removed',
  'recipient-added',
  'recipient-removed',
  'recipient-role-changed',
  'transfer-added',
  'transfer-removed',
  'transfer-basis-changed',
  'rights-changed',
  'authority-changed',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface Change {
  kind: ChangeKind;
  /**
   * Stable for tools: the kind and the ids of what changed (`purpose-added:newsletter/send-newsletter`),
   * the same whatever the order of the lists; never two alike in one diff.
   */
  id: string;
  /** The file `path` points into: the new one, or the old one for what was removed. */
  file: 'old' | 'new';
  path: PathSegment[];
  /** What changed, in words for the people concerned (diff-messages.yaml), rendered per output language. */
  message: Message;
  /** What the controller must do about it, when the GDPR says (inform before a new purpose, Art. 13(3)). */
  note?: Message;
}

/** What a new version changes since an earlier one: the earlier version's date, and each change. */
export interface ChangesSince {
  effectiveDate: string;
  changes: Change[];
}
