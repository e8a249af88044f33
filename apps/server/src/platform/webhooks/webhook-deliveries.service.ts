import type { Static } from 'typebox';
import { apiTimestamp, nowIso, type ServiceContext } from '../../context.js';
import { tenant } from '../../db/tenant.js';
import { conflict, invalid, notFound, parameterError } from '../../http/errors.js';
import { type Page, paginate, parseOrderBy, whereInstantRange } from '../../http/pagination.js';
import { inTransaction, recordChange } from '../audit/record-change.js';
import type { EventCatalogue } from '../events/event-catalogue.js';
import { subscriptionTakes } from './subscription-filter.js';
import { deliverySortable, type WebhookDelivery, type WebhookDeliveryListQuery } from './webhook-deliveries.schemas.js';
import { filterOf, requireSubscription, subscriptionScopes } from './webhook-subscriptions.service.js';
import type { WebhookDeliveriesTable, WebhookDeliveryAttemptsTable } from './webhooks.tables.js';

export type WebhookDeliveryView = Static<typeof WebhookDelivery>;

function toView(row: WebhookDeliveriesTable, attempts: WebhookDeliveryAttemptsTable[]): WebhookDeliveryView {
  return {
    id: row.id,
    subscriptionId: row.subscriptionId,
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status,
    attemptCount: row.attemptCount,
    nextAttemptAt: row.status === 'pending' ? apiTimestamp(row.nextAttemptAt) : null,
    createdAt: apiTimestamp(row.createdAt),
    updatedAt: apiTimestamp(row.updatedAt),
    attempts: attempts.map((a) => ({
      at: apiTimestamp(a.attemptedAt),
      statusCode: a.statusCode,
      durationMs: a.durationMs,
      response: a.response,
      error: a.error,
    })),
  };
}

/** Views with their attempts, in two queries whatever the number of deliveries. */
async function viewsOf(ctx: ServiceContext, rows: WebhookDeliveriesTable[]): Promise<WebhookDeliveryView[]> {
  if (rows.length === 0) return [];
  const attempts = await tenant(ctx)
    .selectFrom('webhookDeliveryAttempts')
    .selectAll()
    .where(
      'deliveryId',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('attemptedAt')
    .orderBy('id')
    .execute();
  const byDelivery = new Map<string, WebhookDeliveryAttemptsTable[]>();
  for (const a of attempts) {
    const list = byDelivery.get(a.deliveryId) ?? [];
    list.push(a);
    byDelivery.set(a.deliveryId, list);
  }
  return rows.map((r) => toView(r, byDelivery.get(r.id) ?? []));
}

async function requireDelivery(ctx: ServiceContext, id: string): Promise<WebhookDeliveriesTable> {
  const row = await tenant(ctx).selectFrom('webhookDeliveries').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Webhook delivery', id);
  return row;
}

export async function getDelivery(ctx: ServiceContext, id: string): Promise<WebhookDeliveryView> {
  const [view] = await viewsOf(ctx, [await requireDelivery(ctx, id)]);
  return view!;
}

/**
 * The event types an `eventType` filter selects: an exact type or a wildcard (`employee.*`, `*`), as in a
 * subscription's filter and the feed's `types`. One that names no event type is a 400 saying why, not an empty list
 * that would read as "no deliveries".
 */
function selectedTypes(catalogue: EventCatalogue, eventType: string): string[] {
  const types = catalogue.typesMatching(eventType);
  if (types.length === 0) {
    const why = catalogue.whyNoMatch(eventType);
    throw invalid([parameterError('query', 'eventType', why)], `eventType: ${why}`);
  }
  return types;
}

/** Newest first unless `orderBy` says otherwise. */
export async function listDeliveries(
  ctx: ServiceContext,
  catalogue: EventCatalogue,
  query: Static<typeof WebhookDeliveryListQuery>,
): Promise<Page<WebhookDeliveryView>> {
  let q = tenant(ctx).selectFrom('webhookDeliveries').selectAll();
  if (query.subscriptionId) q = q.where('subscriptionId', '=', query.subscriptionId);
  if (query.eventType) {
    const types = selectedTypes(catalogue, query.eventType);
    // `*` selects every delivery: no condition, rather than a list of every type.
    if (query.eventType !== '*') q = q.where('eventType', 'in', types);
  }
  if (query.eventId) q = q.where('eventId', '=', query.eventId);
  if (query.status) q = q.where('status', '=', query.status);
  q = whereInstantRange(q, 'createdAt', query, 'createdAt');
  const ordering = parseOrderBy(query.orderBy, deliverySortable, [['createdAt', 'desc']]);
  const page = await paginate(q, query, ordering.some(([c]) => c === 'id') ? ordering : [...ordering, ['id', ordering[0]?.[1] ?? 'desc']]);
  return { data: await viewsOf(ctx, page.data), meta: page.meta };
}

/**
 * Queues a delivery again, due now, with a fresh run of the retry schedule; the `webhook-id` stays the event id. The
 * subscription must be enabled, the event still kept, and the subscription must still take it (409 otherwise): a
 * delivery goes to the subscription's url as it is now, which may have been set by a key that may read what the
 * subscription delivers now, not what it delivered then. The dispatcher checks the last again before sending.
 */
export async function redeliver(ctx: ServiceContext, catalogue: EventCatalogue, id: string): Promise<WebhookDeliveryView> {
  return inTransaction(ctx, async (tx) => {
    const row = await requireDelivery(tx, id);
    const subscription = await requireSubscription(tx, row.subscriptionId);
    if (subscription.enabled !== 1) {
      throw conflict(
        `Subscription ${subscription.id} is disabled (${subscription.disabledReason}): re-enable it with PUT /webhook/v1/subscriptions/${subscription.id} {"enabled": true} before redelivering.`,
      );
    }
    const event = await tenant(tx).selectFrom('events').select(['id', 'type', 'changes']).where('id', '=', row.eventId).executeTakeFirst();
    if (!event) throw conflict(`Event ${row.eventId} is older than the event retention and no longer kept; it cannot be delivered again.`);
    const scopes = await subscriptionScopes(tx.db, tx.companyId, subscription.ownerKeyId);
    if (!subscriptionTakes({ filter: filterOf(subscription), readableTypes: new Set(catalogue.readableTypes(scopes)), scopes }, event)) {
      throw conflict(
        `Subscription ${subscription.id} no longer takes event ${row.eventId} (${event.type}): its events or fields, or the scopes of its owner key, changed since it was delivered; it cannot be delivered again.`,
      );
    }
    const at = nowIso(tx);
    await tenant(tx)
      .updateTable('webhookDeliveries')
      .set({ status: 'pending', retryStep: 0, nextAttemptAt: at, updatedAt: at })
      .where('id', '=', id)
      .execute();
    await recordChange(tx, {
      action: 'webhook_delivery.redelivered',
      resourceType: 'webhook_delivery',
      resourceId: id,
      after: { id, subscriptionId: row.subscriptionId, eventId: row.eventId, eventType: row.eventType },
    });
    return (await viewsOf(tx, [{ ...row, status: 'pending', retryStep: 0, nextAttemptAt: at, updatedAt: at }]))[0]!;
  });
}
