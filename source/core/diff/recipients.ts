/** What changed in who receives the data: recipients and processors added, removed or in a new role, and transfers outside the EEA. */
import { type Message, msg } from '../check/messages.js';
import type { Model, RecipientModel } from '../model/resolve.js';
import { required } from '../view/text.js';
import { pairUp, slug } from './match.js';
import type { Change } from './types.js';

/** One recipient in both versions: the catalog service it is, else its own name, else its category. */
const recipientKey = ({ answer: r }: RecipientModel): string =>
  r.service !== undefined ? `service:${r.service}` : r.name !== undefined ? `name:${r.name}` : `category:${r.category ?? ''}`;

const recipientSubject = ({ answer: r }: RecipientModel): string => r.service ?? (r.name !== undefined ? slug(r.name) : (r.category ?? ''));

const nameOf = (r: RecipientModel) => ({ text: required(r.name, 'a recipient without name, service or category', 'recipient-identified') });
const purposeOf = (r: RecipientModel) => ({
  text: required(r.purpose, 'a recipient without purpose or service', 'recipient-identified'),
});
const roleOf = (r: RecipientModel): Message => msg(`diff.role.${r.answer.role}`);

/** How a transfer is grounded, in the notice's words: the safeguard, and the one it falls back on. */
function transferBasis(r: RecipientModel): Message {
  const safeguard = required(r.safeguard, 'a transfer without safeguard', 'transfer-safeguard');
  const first = { safeguard: { text: safeguard.entry.label }, article: { text: safeguard.entry.article } };
  if (!r.fallback) return msg('diff.transfer-basis', first);
  return msg('diff.transfer-basis.fallback', {
    ...first,
    fallback: { text: r.fallback.entry.label },
    fallbackArticle: { text: r.fallback.entry.article },
  });
}
const basisKey = (r: RecipientModel): string => `${r.safeguard?.id ?? ''}|${r.fallback?.id ?? ''}`;

interface Transfer {
  recipient: RecipientModel;
  index: number;
  code: string;
}
const transfersOf = (recipients: readonly RecipientModel[]): Transfer[] =>
  recipients.flatMap((recipient, index) => recipient.outsideEea.map(({ code }) => ({ recipient, index, code })));
const transferKey = (t: Transfer): string => `${recipientKey(t.recipient)}|${t.code}`;
const transferSubject = (t: Transfer): string => `${recipientSubject(t.recipient)}/${t.code}`;

function transferChanges(old: Model, now: Model, removedRecipients: ReadonlySet<string>): Change[] {
  const { both, added, removed } = pairUp(transfersOf(old.recipients), transfersOf(now.recipients), transferKey);
  return [
    ...added.map(
      ({ item: t }): Change => ({
        kind: 'transfer-added',
        id: `transfer-added:${transferSubject(t)}`,
        file: 'new',
        path: ['recipients', t.index, 'countries', t.recipient.answer.countries.indexOf(t.code)],
        message: msg('diff.transfer-added', {
          recipient: nameOf(t.recipient),
          country: { country: t.code },
          basis: transferBasis(t.recipient),
        }),
      }),
    ),
    // A recipient that is gone takes its transfers with it: "no longer a recipient" says it.
    ...removed
      .filter(({ item: t }) => !removedRecipients.has(recipientKey(t.recipient)))
      .map(
        ({ item: t }): Change => ({
          kind: 'transfer-removed',
          id: `transfer-removed:${transferSubject(t)}`,
          file: 'old',
          path: ['recipients', t.index, 'countries', t.recipient.answer.countries.indexOf(t.code)],
          message: msg('diff.transfer-removed', { recipient: nameOf(t.recipient), country: { country: t.code } }),
        }),
      ),
    ...both
      .filter((pair) => basisKey(pair.old.recipient) !== basisKey(pair.new.recipient))
      .map(
        ({ old: was, new: t }): Change => ({
          kind: 'transfer-basis-changed',
          id: `transfer-basis-changed:${transferSubject(t)}`,
          file: 'new',
          path: ['recipients', t.index, t.recipient.safeguard?.id === was.recipient.safeguard?.id ? 'fallbackSafeguard' : 'safeguard'],
          message: msg('diff.transfer-basis-changed', {
            recipient: nameOf(t.recipient),
            country: { country: t.code },
            new: transferBasis(t.recipient),
            old: transferBasis(was.recipient),
          }),
        }),
      ),
  ];
}

export function recipientChanges(old: Model, now: Model): Change[] {
  const { both, added, removed } = pairUp(old.recipients, now.recipients, recipientKey);
  const processor = (r: RecipientModel) => r.answer.role === 'processor';
  return [
    ...added.map(({ item: r, index }): Change => {
      const kind = processor(r) ? 'processor-added' : 'recipient-added';
      return {
        kind,
        id: `${kind}:${recipientSubject(r)}`,
        file: 'new',
        path: ['recipients', index],
        message: processor(r)
          ? msg('diff.processor-added', { recipient: nameOf(r), purpose: purposeOf(r) })
          : msg('diff.recipient-added', { recipient: nameOf(r), role: roleOf(r), purpose: purposeOf(r) }),
      };
    }),
    ...removed.map(({ item: r, index }): Change => {
      const kind = processor(r) ? 'processor-removed' : 'recipient-removed';
      return {
        kind,
        id: `${kind}:${recipientSubject(r)}`,
        file: 'old',
        path: ['recipients', index],
        message: msg(processor(r) ? 'diff.processor-removed' : 'diff.recipient-removed', { recipient: nameOf(r) }),
      };
    }),
    ...both
      .filter((pair) => pair.old.answer.role !== pair.new.answer.role)
      .map(
        (pair): Change => ({
          kind: 'recipient-role-changed',
          id: `recipient-role-changed:${recipientSubject(pair.new)}`,
          file: 'new',
          path: ['recipients', pair.newIndex, 'role'],
          message: msg('diff.recipient-role-changed', { recipient: nameOf(pair.new), new: roleOf(pair.new), old: roleOf(pair.old) }),
        }),
      ),
    ...transferChanges(old, now, new Set(removed.map(({ item }) => recipientKey(item)))),
  ];
}
