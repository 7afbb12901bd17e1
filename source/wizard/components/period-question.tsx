/**
 * A retention period, typed as a number and a unit in any of the wizard's languages ("3 jaar",
 * "6m", "2 Wochen"). What it will be saved as is shown written out in the UI language before
 * Enter, so a unit is never misread unseen; a letter whose meaning depends on the language is
 * refused with what it could mean.
 */
import type { Period } from '../../core/catalogs/schema.js';
import { formatPeriodShort, type PeriodReading, periodLetters, readPeriod } from '../../core/flow/period-input.js';
import type { Language } from '../../core/languages.js';
import { formatPeriod } from '../../core/view/format.js';
import { useWizard } from '../context.js';
import type { Translate } from '../strings.js';
import { TextQuestion } from './text-question.js';

interface Props {
  initial: Period | undefined;
  /** undefined: left empty ("until the event"). */
  onSubmit: (period: Period | undefined) => void;
  onBack: () => void;
}

/** "a, b or c", with the UI language's "or". */
const orList = (t: Translate, items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${t('or')} ${items.at(-1)}`;

/** Why the text is not a period, in the UI language. */
export function periodProblem(t: Translate, lang: Language, text: string, reading: Exclude<PeriodReading, { ok: true }>): string {
  if (reading.problem === 'format') return t('periodFormat');
  const amount = Number(/\d+/.exec(text)?.[0] ?? 1);
  return t('periodAmbiguous', {
    text: text.trim(),
    unit: reading.unit,
    readings: orList(
      t,
      reading.readings.map((unit) => formatPeriod({ [unit]: amount } as Period, lang)),
    ),
    letters: orList(t, periodLetters(lang)),
  });
}

export function PeriodQuestion({ initial, onSubmit, onBack }: Props) {
  const { t, uiLang } = useWizard();
  const read = (text: string) => readPeriod(text, uiLang);
  return (
    <TextQuestion
      initial={initial ? formatPeriodShort(initial, uiLang) : ''}
      preview={(text) => {
        const reading = text ? read(text) : undefined;
        return reading?.ok ? formatPeriod(reading.period, uiLang) : undefined;
      }}
      validate={(text) => {
        if (text === '') return undefined;
        const reading = read(text);
        return reading.ok ? undefined : periodProblem(t, uiLang, text, reading);
      }}
      onSubmit={(text) => {
        const reading = text === '' ? undefined : read(text);
        onSubmit(reading?.ok ? reading.period : undefined);
      }}
      onBack={onBack}
    />
  );
}
