// Eleventy global data (`privacyNotices`): the notice of legal/answers.yaml as an HTML fragment
// per language, rendered in the build by the privacy-wizard library (no subprocess). The same
// bytes as `privacy-wizard --answers legal/answers.yaml --format fragment` writes.
import { readFileSync } from 'node:fs';
import { renderDocuments } from 'privacy-wizard';

const ANSWERS = 'legal/answers.yaml'; // relative to the site's root, where Eleventy runs

export default function privacyNotices() {
  const result = renderDocuments(readFileSync(ANSWERS, 'utf8'), { file: ANSWERS, formats: ['fragment'] });
  for (const f of result.findings) console.warn(`${ANSWERS}:${f.line}:${f.column}  ${f.path}  ${f.severity}: ${f.message}`);
  // An error stops the build, as the CLI writes nothing: better no page than a wrong notice.
  if (!result.ok) throw new Error(`${ANSWERS} has errors (listed above): no privacy notice was built`);
  return result.files.map((file) => ({ lang: file.language, html: file.text }));
}
