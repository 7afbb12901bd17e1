import { createContext, useContext } from 'react';
import type { AnswersSchema } from '../core/answers/schema.js';
import type { CatalogFiles } from '../core/catalogs/schema.js';
import type { Flow } from '../core/flow/flow.js';
import type { Language } from '../core/languages.js';
import type { Translate } from './strings.js';

export interface WizardContext {
  flow: Flow;
  catalogs: CatalogFiles;
  schema: AnswersSchema;
  uiLang: Language;
  t: Translate;
}

export const Wizard = createContext<WizardContext | undefined>(undefined);

export function useWizard(): WizardContext {
  const context = useContext(Wizard);
  if (!context) throw new Error('internal error: wizard context missing');
  return context;
}
