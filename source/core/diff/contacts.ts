/**
 * What changed in whom people deal with: the controller's details, its data protection officer
 * and EU representative, how people exercise their rights, and the authority they complain to.
 * Each value is compared as the notice states it (its view builders), so a detail the notice
 * derives — the rights address that defaults to the controller's — changes where the notice does.
 */
import type { PathSegment } from '../answers/problems.js';
import { type MessageParam, msg } from '../check/messages.js';
import type { Language } from '../languages.js';
import type { Model } from '../model/resolve.js';
import { authoritySection } from '../view/sections/authority.js';
import { controllerSection, postalAddress } from '../view/sections/controller.js';
import { rightsSection } from '../view/sections/rights.js';
import { required } from '../view/text.js';
import { inLanguages } from './match.js';
import type { Change, ChangeKind } from './types.js';

/** A detail as one version states it: `key` to compare, `value` to show, `path` where the answers give it. */
interface Stated {
  key: string;
  value: MessageParam;
  path: PathSegment[];
}

const stated = (value: string | null | undefined, path: PathSegment[]): Stated | undefined =>
  value === null || value === undefined ? undefined : { key: value, value, path };

/** A detail given, dropped or changed: "Our email address: now … (previously …)". */
function detail(kind: ChangeKind, subject: string, old: Stated | undefined, now: Stated | undefined): Change[] {
  if (old?.key === now?.key) return [];
  const what = msg(`diff.field.${subject}`);
  // The id names the detail once: controller-changed:email, not controller-changed:controller-email.
  const id = `${kind}:${subject.replace(/^(controller|dpo|representative|rights|authority)-/, '')}`;
  if (old === undefined) return [{ kind, id, file: 'new', path: now!.path, message: msg('diff.detail-added', { what, new: now!.value }) }];
  if (now === undefined) return [{ kind, id, file: 'old', path: old.path, message: msg('diff.detail-removed', { what, old: old.value }) }];
  return [{ kind, id, file: 'new', path: now.path, message: msg('diff.detail-changed', { what, new: now.value, old: old.value }) }];
}

function controllerChanges(old: Model, now: Model, languages: readonly Language[]): Change[] {
  const lang = languages[0]!;
  const fields = (m: Model) => {
    const c = m.answers.controller;
    const shown = controllerSection(m, lang).controller;
    const address = JSON.stringify([c.address.street, c.address.postalCode, c.address.city, c.address.country]);
    return {
      'controller-name': stated(c.legalName, ['controller', 'legalName']),
      'controller-legal-form': stated(c.legalForm, ['controller', 'legalForm']),
      'controller-trade-name': stated(c.tradeName, ['controller', 'tradeName']),
      'controller-address': {
        key: address,
        value: inLanguages(languages, (l) => postalAddress(m, l)),
        path: ['controller', 'address'],
      } satisfies Stated,
      'controller-enterprise-number': stated(shown.enterpriseNumber, ['controller', 'enterpriseNumber']),
      'controller-email': stated(c.email, ['controller', 'email']),
      'controller-phone': stated(c.phone, ['controller', 'phone']),
      'controller-website': stated(c.website, ['controller', 'website']),
    };
  };
  const [was, is] = [fields(old), fields(now)];
  return (Object.keys(is) as (keyof typeof is)[]).flatMap((subject) => detail('controller-changed', subject, was[subject], is[subject]));
}

/** A DPO or an EU representative: named, no longer named, or named with other details. */
function personChanges<P extends { email: string }>(
  role: 'dpo' | 'representative',
  old: P | undefined,
  now: P | undefined,
  keys: readonly (keyof P & string)[],
  introduced: (p: P) => Record<string, MessageParam>,
): Change[] {
  if (old === undefined && now === undefined) return [];
  if (old === undefined)
    return [
      {
        kind: `${role}-added`,
        id: `${role}-added`,
        file: 'new',
        path: [role],
        message: msg(role === 'dpo' ? 'diff.dpo-added' : 'diff.representative-added', introduced(now!)),
      },
    ];
  if (now === undefined)
    return [
      {
        kind: `${role}-removed`,
        id: `${role}-removed`,
        file: 'old',
        path: [role],
        message: msg(role === 'dpo' ? 'diff.dpo-removed' : 'diff.representative-removed'),
      },
    ];
  const field = (p: P, key: keyof P & string) => stated(p[key] as string | undefined, [role, key]);
  return keys.flatMap((key) => detail(`${role}-changed`, `${role}-${key}`, field(old, key), field(now, key)));
}

function rightsChanges(old: Model, now: Model, languages: readonly Language[]): Change[] {
  const lang = languages[0]!;
  const [was, is] = [rightsSection(old, lang).rights, rightsSection(now, lang).rights];
  const emailPath = (m: Model): PathSegment[] => (m.answers.rights.email === undefined ? ['controller', 'email'] : ['rights', 'email']);
  // Where neither version names a rights address, it is the controller's: its change is told there.
  const email =
    old.answers.rights.email === undefined && now.answers.rights.email === undefined
      ? []
      : detail('rights-changed', 'rights-email', stated(was.email, emailPath(old)), stated(is.email, emailPath(now)));
  const byPost =
    (was.postalAddress === null) === (is.postalAddress === null) ? [] : [postChange(now, languages, is.postalAddress !== null)];
  const identity =
    old.identityCheck.id === now.identityCheck.id
      ? []
      : [
          {
            kind: 'rights-changed',
            id: 'rights-changed:identity-check',
            file: 'new',
            path: ['rights', 'identityCheck'],
            message: msg('diff.identity-check-changed', { new: { text: now.identityCheck.entry.label } }),
          } satisfies Change,
        ];
  return [
    ...email,
    ...detail('rights-changed', 'rights-web-form', stated(was.webForm, ['rights', 'webForm']), stated(is.webForm, ['rights', 'webForm'])),
    ...byPost,
    ...identity,
  ];
}

function postChange(now: Model, languages: readonly Language[], possible: boolean): Change {
  return {
    kind: 'rights-changed',
    id: 'rights-changed:by-post',
    file: 'new',
    path: ['rights', 'byPost'],
    message: possible
      ? msg('diff.rights-by-post.added', {
          address: inLanguages(languages, (lang) => rightsSection(now, lang).rights.postalAddress ?? ''),
        })
      : msg('diff.rights-by-post.removed'),
  };
}

/** Another authority, or the same one (of the user's own) at other addresses. */
function authorityChanges(old: Model, now: Model, languages: readonly Language[]): Change[] {
  const identity = (m: Model) => {
    const authority = required(m.authority, 'no supervisory authority', 'authority-known');
    return authority.id ?? `custom:${authority.custom.name}`;
  };
  const path = (m: Model): PathSegment[] =>
    m.answers.supervisoryAuthority === undefined ? ['controller', 'address', 'country'] : ['supervisoryAuthority'];
  if (identity(old) !== identity(now)) {
    const name = (m: Model) => inLanguages(languages, (lang) => authoritySection(m, lang).authority.name);
    return [
      {
        kind: 'authority-changed',
        id: 'authority-changed',
        file: 'new',
        path: path(now),
        message: msg('diff.detail-changed', { what: msg('diff.field.authority'), new: name(now), old: name(old) }),
      },
    ];
  }
  if (now.authority?.custom === undefined) return [];
  const lang = languages[0]!;
  const [was, is] = [authoritySection(old, lang).authority, authoritySection(now, lang).authority];
  return (['address', 'email', 'phone', 'website'] as const).flatMap((key) =>
    detail(
      'authority-changed',
      `authority-${key}`,
      stated(was[key], ['supervisoryAuthority', key]),
      stated(is[key], ['supervisoryAuthority', key]),
    ),
  );
}

export function contactChanges(old: Model, now: Model, languages: readonly Language[]): Change[] {
  return [
    ...controllerChanges(old, now, languages),
    ...personChanges('dpo', old.answers.dpo, now.answers.dpo, ['name', 'email', 'phone', 'address'], (dpo) => ({ email: dpo.email })),
    ...personChanges('representative', old.answers.representative, now.answers.representative, ['name', 'address', 'email'], (r) => ({
      name: r.name,
      email: r.email,
    })),
  ];
}

export function rightsAndComplaintChanges(old: Model, now: Model, languages: readonly Language[]): Change[] {
  return [...rightsChanges(old, now, languages), ...authorityChanges(old, now, languages)];
}
