import type { Answers } from '../answers/schema.js';
import type { Draft } from './draft.js';

/**
 * A valid answers file → a draft the wizard can continue from: the answers themselves plus the
 * wizard's own notes ($-keys) that those answers imply.
 */
export function answersToDraft(answers: Answers): Draft {
  return {
    ...answers,
    $processesForClients: Boolean(answers.controller.actsAsProcessor),
    $hasDpo: Boolean(answers.dpo),
    $hasAutomated: answers.automatedDecisions.length > 0,
    $usesCookies: Boolean(answers.cookies),
    $situations: [...new Set(answers.activities.flatMap((a) => (a.preset ? [a.preset] : [])))],
    activities: answers.activities.map((activity) => ({
      ...activity,
      $fromThirdParty: Boolean(activity.source),
      $hasSpecial: (activity.specialCategories?.length ?? 0) > 0,
    })),
  };
}
