import type { Executor } from '../../db/database.js';
import { newId } from '../../db/ids.js';
import { type SubscriptionFilter, subscriptionTakes } from './subscription-filter.js';
import type { WebhookDeliveriesTable } from './webhooks.tables.js';

/** Lost the lease in the middle of work: what was done in the transaction is rolled back. */
export class LeaseLostError extends Error {
  constructor(subscriptionId: string) {
    super(`lease on webhook subscription ${subscriptionId} lost`);
    this.name = 'LeaseLostError';
  }
}

const FAN_OUT_BATCH = 1000;
const INSERT_CHUNK = 200;

/**
 * Turns the next events of the subscription's company (after its cursor, in commit order) into pending deliveries,
 * and moves the cursor past them, inside the caller's transaction: after a crash either both happened or neither, so
 * an event is never skipped and never queued twice (the unique (subscription, event) index backs this up). Only the
 * holder of the subscription's lease may do it (LeaseLostError otherwise, which rolls the transaction back). Returns
 * the number of events read (0: nothing new).
 */
export async function fanOut(
  trx: Executor,
  subscription: {
    id: string;
    companyId: string;
    cursorSeq: number;
    filter: SubscriptionFilter;
    readableTypes: ReadonlySet<string>;
    /** The owner key's scopes: a field filter sees only the changes they may read. */
    scopes: ReadonlySet<string>;
  },
  owner: string,
  now: string,
): Promise<number> {
  const events = await trx
    .selectFrom('events')
    .select(['id', 'type', 'changes', 'commitSeq'])
    .where('companyId', '=', subscription.companyId)
    .where('commitSeq', '>', subscription.cursorSeq)
    .orderBy('commitSeq')
    .limit(FAN_OUT_BATCH)
    .execute();
  if (events.length === 0) return 0;
  // A subscription starts with its own webhook_subscription.created: events other requests committed while it was being
  // created come before that in the commit order, but after the start its creation read. Until its own event is
  // numbered, nothing can be told apart (wait); events before it are passed over (the cursor moves past them).
  let from = Number.NEGATIVE_INFINITY;
  const own = await trx
    .selectFrom('events')
    .select('commitSeq')
    .where('companyId', '=', subscription.companyId)
    .where('resourceId', '=', subscription.id)
    .where('type', '=', 'webhook_subscription.created')
    .executeTakeFirst();
  if (own) {
    if (own.commitSeq === null) return 0;
    if (Number(own.commitSeq) > subscription.cursorSeq) from = Number(own.commitSeq);
  }
  const rows: WebhookDeliveriesTable[] = [];
  for (const e of events) {
    if (Number(e.commitSeq) < from) continue;
    if (!subscriptionTakes(subscription, e)) continue;
    rows.push({
      id: newId(),
      companyId: subscription.companyId,
      subscriptionId: subscription.id,
      eventId: e.id,
      eventSeq: Number(e.commitSeq),
      eventType: e.type,
      status: 'pending',
      attemptCount: 0,
      retryStep: 0,
      nextAttemptAt: now,
      lastStatusCode: null,
      createdAt: now,
      updatedAt: now,
    });
  }
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await trx
      .insertInto('webhookDeliveries')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .onConflict((oc) => oc.columns(['subscriptionId', 'eventId']).doNothing())
      .execute();
  }
  const last = Number(events[events.length - 1]!.commitSeq);
  const moved = await trx
    .updateTable('webhookSubscriptions')
    .set({ cursorSeq: last })
    .where('id', '=', subscription.id)
    .where('companyId', '=', subscription.companyId)
    .where('leaseOwner', '=', owner)
    .where('cursorSeq', '=', subscription.cursorSeq)
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) === 0) throw new LeaseLostError(subscription.id);
  return events.length;
}
