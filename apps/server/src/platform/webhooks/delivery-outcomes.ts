import type { Clock, ServiceContext } from '../../context.js';
import type { Db, Dialect, Executor } from '../../db/database.js';
import { newId } from '../../db/ids.js';
import { recordChange } from '../audit/record-change.js';
import { bookkeeping } from './bookkeeping-transaction.js';
import { retryDelayAfter } from './retry-schedule.js';
import type { SendResult } from './webhook-sender.js';
import { toSubscriptionView } from './webhook-subscriptions.service.js';
import type { DisabledReason, WebhookDeliveryAttemptsTable } from './webhooks.tables.js';

export interface Attempt {
  deliveryId: string;
  /** When the attempt started (ISO). */
  at: string;
  result: SendResult;
}

function attemptRow(companyId: string, a: Attempt): WebhookDeliveryAttemptsTable {
  return {
    id: newId(),
    companyId,
    deliveryId: a.deliveryId,
    attemptedAt: a.at,
    statusCode: a.result.statusCode,
    durationMs: a.result.durationMs,
    response: a.result.response,
    error: a.result.error,
  };
}

/**
 * Marks deliveries succeeded, with their attempts, inside the caller's transaction. Deliveries deleted meanwhile (with
 * their subscription) are skipped.
 */
export async function writeSuccesses(trx: Executor, companyId: string, attempts: Attempt[], now: string): Promise<void> {
  if (attempts.length === 0) return;
  const byStatus = new Map<number, string[]>();
  for (const a of attempts) {
    const status = a.result.statusCode ?? 200;
    byStatus.set(status, [...(byStatus.get(status) ?? []), a.deliveryId]);
  }
  for (const [status, ids] of byStatus) {
    await trx
      .updateTable('webhookDeliveries')
      .set((eb) => ({
        status: 'succeeded',
        attemptCount: eb('attemptCount', '+', 1),
        nextAttemptAt: null,
        lastStatusCode: status,
        updatedAt: now,
      }))
      .where('companyId', '=', companyId)
      .where('id', 'in', ids)
      .execute();
  }
  const existing = new Set(
    (
      await trx
        .selectFrom('webhookDeliveries')
        .select('id')
        .where('companyId', '=', companyId)
        .where(
          'id',
          'in',
          attempts.map((a) => a.deliveryId),
        )
        .execute()
    ).map((r) => r.id),
  );
  const rows = attempts.filter((a) => existing.has(a.deliveryId)).map((a) => attemptRow(companyId, a));
  if (rows.length) await trx.insertInto('webhookDeliveryAttempts').values(rows).execute();
}

/**
 * Writes a lane's successful attempts beside the sending, in batches: once 50 are waiting, or a second after the first
 * of them came, whichever is first. So the delivery log shows a delivery succeeded within about a second of its
 * receiver's answer, whatever the speed of the receiver (a slow one no longer waits for a whole batch to be sent), while
 * a fast stream still costs one write per 50 deliveries, and sending never waits for a write. A process that dies
 * resends at most the delivery in flight and the successes not written yet. A write that fails keeps its attempts for
 * the next one (the next batch, or `flush` at the end of the lane).
 */
export class SuccessRecorder {
  private queued: Attempt[] = [];
  private inWrite: Attempt[] = [];
  private writing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  static readonly BATCH = 50;
  static readonly WAIT_MS = 1_000;

  constructor(
    private readonly base: { db: Db; dialect: Dialect; clock: Clock },
    private readonly companyId: string,
    private readonly onError: (err: unknown) => void,
  ) {}

  add(attempt: Attempt): void {
    this.queued.push(attempt);
    if (this.queued.length >= SuccessRecorder.BATCH) this.startWriting();
    else this.waitForBatch();
  }

  /** Writes the queue a second from now unless a full batch or the flush writes it first. */
  private waitForBatch(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.startWriting(), SuccessRecorder.WAIT_MS);
    this.timer.unref();
  }

  /**
   * Deliveries sent successfully whose success is not committed yet: still pending in the database, so a lane step
   * must not read them as due (they would be sent twice).
   */
  unwritten(): string[] {
    return [...this.inWrite, ...this.queued].map((a) => a.deliveryId);
  }

  /** Writes what is left (at the end of a lane, before its lease goes); true when every success is written. */
  async flush(): Promise<boolean> {
    while (this.writing) await this.writing;
    // What a failed write left: one more try.
    if (this.queued.length) this.startWriting();
    while (this.writing) await this.writing;
    return this.queued.length === 0;
  }

  /** One writer at a time; it runs until nothing is queued, or a write fails. */
  private startWriting(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.writing) return;
    this.writing = this.writeQueued().then((ok) => {
      this.writing = null;
      // Successes added while it wrote wait for their batch or their second; after a failure (the database may be
      // away), the attempts are tried again a second later, or by the flush.
      if (ok && this.queued.length >= SuccessRecorder.BATCH) this.startWriting();
      else if (this.queued.length) this.waitForBatch();
    });
  }

  /** Never rejects: a failure is reported, its attempts wait for the next write, and false is returned. */
  private async writeQueued(): Promise<boolean> {
    if (this.queued.length) {
      const batch = this.queued;
      this.inWrite = batch;
      this.queued = [];
      try {
        await bookkeeping(this.base.db, this.base.dialect, (trx) =>
          writeSuccesses(trx, this.companyId, batch, this.base.clock.now().toISOString()),
        );
      } catch (err) {
        this.queued = [...batch, ...this.queued];
        this.onError(err);
        return false;
      } finally {
        this.inWrite = [];
      }
    }
    return true;
  }
}

/**
 * Records a failed attempt. The delivery waits for the next step of the retry schedule; when the schedule is spent,
 * or the receiver answered 410 Gone, the delivery fails and the subscription is disabled (with a
 * webhook_subscription.disabled event and a notification mail queued for the company). Returns whether the
 * subscription was disabled.
 */
export async function recordFailure(
  base: { db: Db; dialect: Dialect; clock: Clock },
  subscription: { id: string; companyId: string },
  delivery: { id: string; retryStep: number },
  attempt: Attempt,
): Promise<{ disabled: boolean }> {
  const gone = attempt.result.statusCode === 410;
  const failures = delivery.retryStep + 1;
  const delay = gone ? null : retryDelayAfter(failures);
  const now = base.clock.now().toISOString();
  return bookkeeping(base.db, base.dialect, async (trx) => {
    const update = await trx
      .updateTable('webhookDeliveries')
      .set((eb) => ({
        status: delay === null ? 'failed' : 'pending',
        attemptCount: eb('attemptCount', '+', 1),
        retryStep: failures,
        // Counted from the failure (a timed-out attempt ends WEBHOOK_TIMEOUT_MS after it began), not from the attempt's start.
        nextAttemptAt: delay === null ? null : new Date(Date.parse(now) + delay).toISOString(),
        lastStatusCode: attempt.result.statusCode,
        updatedAt: now,
      }))
      .where('companyId', '=', subscription.companyId)
      .where('id', '=', delivery.id)
      .executeTakeFirst();
    if (Number(update.numUpdatedRows) === 0) return { disabled: false };
    const result = gone ? { ...attempt.result, error: attempt.result.error ?? 'the receiver answered 410 Gone' } : attempt.result;
    await trx
      .insertInto('webhookDeliveryAttempts')
      .values(attemptRow(subscription.companyId, { ...attempt, result }))
      .execute();
    if (delay !== null) return { disabled: false };
    const disabled = await disableSubscription({ ...base, db: trx }, subscription, gone ? 'gone' : 'failing', now);
    return { disabled };
  });
}

/** A delivery that cannot be attempted (its event is no longer kept): failed, without disabling anything. */
export async function failUndeliverable(
  base: { db: Db; dialect: Dialect },
  companyId: string,
  deliveryId: string,
  at: string,
  reason: string,
): Promise<void> {
  await bookkeeping(base.db, base.dialect, async (trx) => {
    await trx
      .updateTable('webhookDeliveries')
      .set({ status: 'failed', nextAttemptAt: null, updatedAt: at })
      .where('companyId', '=', companyId)
      .where('id', '=', deliveryId)
      .execute();
    await trx
      .insertInto('webhookDeliveryAttempts')
      .values(attemptRow(companyId, { deliveryId, at, result: { statusCode: null, durationMs: 0, response: null, error: reason } }))
      .execute();
  });
}

async function disableSubscription(
  base: { db: Db; dialect: Dialect; clock: Clock },
  subscription: { id: string; companyId: string },
  reason: DisabledReason,
  now: string,
): Promise<boolean> {
  const row = await base.db
    .selectFrom('webhookSubscriptions')
    .selectAll()
    .where('companyId', '=', subscription.companyId)
    .where('id', '=', subscription.id)
    .executeTakeFirst();
  if (row?.enabled !== 1) return false;
  const patch = { enabled: 0, disabledReason: reason, disabledAt: now, noticeDueAt: now, noticeAttempts: 0, updatedAt: now };
  await base.db.updateTable('webhookSubscriptions').set(patch).where('id', '=', row.id).execute();
  const ctx: ServiceContext = {
    companyId: subscription.companyId,
    actor: { type: 'system', id: null, name: 'webhook dispatcher' },
    scopes: new Set(),
    db: base.db,
    dialect: base.dialect,
    clock: base.clock,
    requestId: null,
  };
  const before = toSubscriptionView(row);
  const after = toSubscriptionView({ ...row, ...patch, disabledReason: reason });
  await recordChange(ctx, {
    resourceType: 'webhook_subscription',
    resourceId: row.id,
    before,
    after,
    event: { type: 'webhook_subscription.disabled', data: after, changes: ['enabled', 'disabledReason', 'disabledAt'] },
  });
  return true;
}
