/** The input checks' own problems (dates, long texts, enterprise numbers), in the UI language. */
import type { AnswerMessages } from '../../core/flow/validate-answer.js';
import type { ValueProblem } from '../../core/flow/values.js';
import type { Translate } from '../strings.js';

export function valueMessage(t: Translate, problem: ValueProblem): string {
  switch (problem.kind) {
    case 'dateFormat':
      return t('dateFormat');
    case 'dateNoMonth':
      return t('dateNoMonth', { text: problem.text, month: problem.month });
    case 'dateNoDay':
      return t('dateNoDay', { text: problem.text, day: problem.day, days: problem.days });
    case 'textTooLong':
      return t('textTooLong', { count: problem.count, max: problem.max });
  }
}

export const answerMessages = (t: Translate): AnswerMessages => ({
  enterpriseFormat: (text) => t('enterpriseFormat', { text }),
  enterpriseCheckDigit: (text) => t('enterpriseCheckDigit', { text }),
});
