import { DomainError, type FieldError, invalid } from '../../http/errors.js';
import { readableChanges, sensitiveFieldScopes } from '../audit/sensitive-fields.js';
import { type EventCatalogue, eventPatternMatches } from '../events/event-catalogue.js';
import { onlyHiddenChanges } from '../events/event-payload.js';

export interface SubscriptionFilter {
  /** Exact names and wildcards: `employee.updated`, `employee.*`, `*`. */
  events: string[];
  /** For `*.updated` events only: deliver when one of these fields changed (empty: always). */
  fields: string[];
}

const isUpdate = (type: string) => type.endsWith('.updated');

/**
 * Checks a filter against the catalogue and the scopes of the key that will own the subscription. Unknown names,
 * wildcards that match nothing and unknown fields are a 400 with a pointer to each; an event the key may not read is
 * a 403 naming the scope it needs.
 */
export function validateFilter(catalogue: EventCatalogue, scopes: ReadonlySet<string>, filter: SubscriptionFilter): void {
  const errors: FieldError[] = [];
  const matched = new Set<string>();
  for (const [i, pattern] of filter.events.entries()) {
    const types = catalogue.typesMatching(pattern);
    if (types.length === 0) {
      errors.push({ pointer: `/events/${i}`, message: catalogue.whyNoMatch(pattern) });
      continue;
    }
    for (const t of types) matched.add(t);
  }
  const updates = [...matched].filter(isUpdate);
  if (filter.fields.length > 0 && errors.length === 0) {
    if (updates.length === 0) {
      errors.push({ pointer: '/fields', message: 'applies to *.updated events only, and the event filter matches none' });
    } else {
      const known = new Set(updates.flatMap((t) => catalogue.dataFields(t)));
      for (const [i, field] of filter.fields.entries()) {
        if (!known.has(field)) {
          errors.push({
            pointer: `/fields/${i}`,
            message: `no subscribed *.updated event has a field "${field}" (${updates.slice(0, 3).join(', ')}${updates.length > 3 ? ', …' : ''})`,
          });
        }
      }
    }
  }
  if (errors.length) {
    // Some messages are sentences of their own (a type sent on request only quotes its description): one final period.
    const summary = errors.map((e) => `${e.pointer} ${e.message.replace(/\.$/, '')}`).join('; ');
    throw invalid(errors, `The subscription filter is invalid: ${summary}.`);
  }

  // A filter on a sensitive field would tell its owner when the field changes (a salary, a national id).
  const unreadable = filter.fields.filter((f) => {
    const need = sensitiveFieldScopes[f];
    return need !== undefined && !need.read.some((s) => scopes.has(s));
  });
  if (unreadable.length) {
    const needs = (f: string) => sensitiveFieldScopes[f]?.read.join(' or ') ?? '';
    throw new DomainError(
      'forbidden',
      `A field filter on ${unreadable.map((f) => `${f} needs ${needs(f)}`).join('; ')}: a subscription is told only of changes its key may read.`,
      {
        requiredScope: sensitiveFieldScopes[unreadable[0] as string]?.read[0],
        errors: unreadable.map((f) => ({ pointer: `/fields/${filter.fields.indexOf(f)}`, message: `needs ${needs(f)}` })),
      },
    );
  }

  for (const pattern of filter.events) {
    const types = catalogue.typesMatching(pattern);
    const readable = types.filter((t) => scopes.has(catalogue.get(t)!.scope));
    if (readable.length === 0) {
      const needed = [...new Set(types.map((t) => catalogue.get(t)!.scope))];
      throw new DomainError(
        'forbidden',
        `This API key lacks the scope ${needed.map((s) => `"${s}"`).join(' or ')} needed to receive ${pattern}: a subscription receives what the key that creates it may read.`,
        { requiredScope: needed[0] },
      );
    }
  }
}

/**
 * Whether a subscription takes an event: its type matches a pattern, the owner key may read it, and for `*.updated`
 * events with a field filter, one of the fields changed.
 */
export function filterAccepts(
  filter: SubscriptionFilter,
  readableTypes: ReadonlySet<string>,
  event: { type: string; changes: string[] | null },
): boolean {
  if (!readableTypes.has(event.type)) return false;
  if (!filter.events.some((p) => eventPatternMatches(p, event.type))) return false;
  if (filter.fields.length > 0 && isUpdate(event.type)) {
    return (event.changes ?? []).some((f) => filter.fields.includes(f));
  }
  return true;
}

/**
 * Whether a subscription takes a stored event (`changes` as stored: JSON or null): an update of fields its owner key
 * may not read only is not delivered (as in the change feed), and the field filter sees only the changes that key may
 * read. Asked when events are queued, and again before each attempt and on a redelivery: what is sent follows the
 * filter and the owner key's scopes at that moment, not when the delivery was queued.
 */
export function subscriptionTakes(
  subscription: { filter: SubscriptionFilter; readableTypes: ReadonlySet<string>; scopes: ReadonlySet<string> },
  event: { type: string; changes: string | null },
): boolean {
  if (onlyHiddenChanges(event.changes, subscription.scopes)) return false;
  const changes = event.changes ? readableChanges(JSON.parse(event.changes) as string[], subscription.scopes) : null;
  return filterAccepts(subscription.filter, subscription.readableTypes, { type: event.type, changes });
}
