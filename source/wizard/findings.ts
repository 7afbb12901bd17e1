/** What replay would say of the answers given so far: the review screen lists it. */
import { stringify } from 'yaml';
import { parseAnswers } from '../core/answers/parse.js';
import type { CatalogFiles } from '../core/catalogs/schema.js';
import { draftToAnswers } from '../core/flow/export.js';
import type { Draft } from '../core/flow/draft.js';
import type { Flow } from '../core/flow/flow.js';

export interface Finding {
  path: string;
  message: string;
}

export function answersYaml(flow: Flow, draft: Draft): string {
  return stringify(draftToAnswers(flow, draft), { lineWidth: 0 });
}

export function reviewFindings(flow: Flow, draft: Draft, catalogs: CatalogFiles): Finding[] {
  const result = parseAnswers(answersYaml(flow, draft), 'answers', catalogs);
  return result.ok ? [] : result.problems.map(({ path, message }) => ({ path, message }));
}
