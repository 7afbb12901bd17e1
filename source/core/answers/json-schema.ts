import { toJsonSchema } from '@valibot/to-json-schema';
import type { CatalogFiles } from '../catalogs/schema.js';
import { ANSWERS_VERSION, buildAnswersSchema } from './schema.js';

/**
 * The JSON Schema of the answers format, for editors (yaml-language-server). Derived from the
 * valibot schema; checks that JSON Schema cannot express (cross-field rules, the mod-97 test,
 * complete translations) stay with the validator.
 */
export function answersJsonSchema(catalogs: CatalogFiles): Record<string, unknown> {
  const schema = toJsonSchema(buildAnswersSchema(catalogs), { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...schema,
    title: `privacy-wizard answers file, version ${ANSWERS_VERSION}`,
    description: 'The answers from which privacy-wizard writes a GDPR privacy notice and retention table.',
  };
}
