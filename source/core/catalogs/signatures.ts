/**
 * How a site's files show that it uses a service (`signatures` of a processor): read by
 * `privacy-wizard scan` and `check --site`. Only what is loaded counts, never prose:
 * - `hosts`: a host the site loads a script, frame, style sheet, image or form target from, or
 *   fetches from. `*.example.com` matches every subdomain of example.com (not example.com itself);
 *   a host may carry a path prefix (`www.googletagmanager.com/gtm.js`) where one host serves
 *   several services.
 * - `snippets`: a marker of the service's code (`fbq('init'`), looked for in code only: scripts,
 *   markup outside text, templates' code; never in an HTML page's text or in Markdown.
 * - `packages`: a package name in package.json, a lock file or composer.json (`stripe/stripe-php`).
 */
import * as v from 'valibot';

const hostPattern = v.pipe(
  v.string(),
  v.regex(
    /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/[\w.~%/-]*)?$/,
    'a lower-case host name such as www.example.com, *.example.com, or a host and path prefix (www.example.com/js)',
  ),
);
/** An npm name (`react-ga4`, `@stripe/stripe-js`) or a Composer name (`stripe/stripe-php`). */
const packageName = v.pipe(
  v.string(),
  v.regex(/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/[a-z0-9][\w.-]*)?$/, 'an npm or Composer package name'),
);
/** A marker short enough to occur by chance ("ga(") would find services that are not there. */
const snippet = v.pipe(v.string(), v.minLength(6, 'a snippet marker of at least 6 characters'));

export const signatures = v.pipe(
  v.strictObject({
    hosts: v.optional(v.array(hostPattern)),
    snippets: v.optional(v.array(snippet)),
    packages: v.optional(v.array(packageName)),
  }),
  v.check((s) => (s.hosts?.length ?? 0) + (s.snippets?.length ?? 0) + (s.packages?.length ?? 0) > 0, 'give hosts, snippets or packages'),
);
export type Signatures = v.InferOutput<typeof signatures>;
