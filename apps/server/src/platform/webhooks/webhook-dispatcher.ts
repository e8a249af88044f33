import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Clock } from '../../context.js';
import { isForeignKeyViolation } from '../../db/constraint-errors.js';
import type { Db, Dialect, Executor } from '../../db/database.js';
import { sqliteWriterBusy } from '../../db/writer-gate.js';
import type { EventCatalogue } from '../events/event-catalogue.js';
import { toEventPayload } from '../events/event-payload.js';
import { purgeExpiredEvents } from '../events/event-retention.js';
import { sequenceCommittedEvents } from '../events/event-sequencer.js';
import type { Mailer } from '../mail/index.js';
import { bookkeeping } from './bookkeeping-transaction.js';
import { type Attempt, failUndeliverable, recordFailure, SuccessRecorder } from './delivery-outcomes.js';
import { sendDueNotices } from './disable-notices.js';
import { type SubscriptionFilter, subscriptionTakes } from './subscription-filter.js';
import { claimSubscriptions, releaseLease, releaseLeasesOfDeadProcess, renewLease } from './subscription-leases.js';
import { fanOut, LeaseLostError } from './webhook-fan-out.js';
import type { WebhookSender } from './webhook-sender.js';
import { signedHeaders, signingSecrets } from './webhook-signing.js';
import { filterOf, subscriptionScopes } from './webhook-subscriptions.service.js';

export interface DispatcherLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface DispatcherDeps {
  db: Db;
  dialect: Dialect;
  clock: Clock;
  catalogue: EventCatalogue;
  mailer: Mailer;
  sender: WebhookSender;
  log: DispatcherLog;
  /** Subscriptions delivered at once by this process (WEBHOOK_CONCURRENCY). */
  concurrency: number;
  /** How often to look for new events and due retries (WEBHOOK_POLL_INTERVAL_MS). */
  pollIntervalMs: number;
  retentionDays: number;
  publicUrl: string;
}

export interface WebhookDispatcher {
  /** Starts polling; idempotent. */
  start(): void;
  /**
   * Stops claiming work, lets in-flight attempts finish for up to `graceMs`, aborts the rest (they are attempted again
   * later, by this or another process), and gives the leases back.
   */
  stop(graceMs?: number): Promise<void>;
  readonly running: boolean;
  /** This process's identity in leases. */
  readonly owner: string;
}

/** A lease lapses this long after its last renewal if its holder dies; renewed well before. */
const LEASE_MS = 10_000;
const RENEW_MS = 2_500;
/** A subscription with a steady stream gives its slot back this often, so every subscription gets its turn. */
const SLICE_MS = 5_000;
/**
 * Deliveries read per lane step (the next batch is read while one is being sent). Outcomes are not recorded per batch:
 * a failure is written before the next delivery goes out, and successes are written in batches beside the sending
 * (SuccessRecorder: 50 at a time, or a second after the first of them), so the delivery log is about a second behind
 * the receiver at most, and a crash resends at most the successes not written yet (up to 50) and the delivery in flight.
 */
const DUE_BATCH = 50;
const PURGE_EVERY_MS = 60 * 60 * 1000;
const NOTICES_EVERY_MS = 1_000;

interface LaneSubscription {
  id: string;
  companyId: string;
  url: string;
  cursorSeq: number;
  filter: SubscriptionFilter;
  readableTypes: ReadonlySet<string>;
  scopes: ReadonlySet<string>;
  secrets: { secret: string; previousSecret: string | null; previousSecretExpiresAt: string | null };
}

/**
 * Delivers the outbox to webhook subscriptions. Runs in every server process. Each poll it: numbers newly committed
 * events (the sequencer), mails pending disable notices, and claims subscriptions with work up to its concurrency.
 * A claimed subscription is a lane: this process alone fans its new events out into deliveries and sends its due
 * deliveries one after the other in event order, renewing the lease meanwhile. Crash safety comes from the database:
 * deliveries and the fan-out cursor move together in one transaction, a delivery counts as done only once recorded,
 * and a dead process's leases lapse, so the deliveries it had in flight are sent again (at least once; receivers
 * de-duplicate on `webhook-id`).
 */
export function createWebhookDispatcher(deps: DispatcherDeps): WebhookDispatcher {
  const owner = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const lanes = new Map<string, Promise<unknown>>();
  const abort = new AbortController();
  let running = false;
  let stopping = false;
  let timer: NodeJS.Timeout | null = null;
  let ticking: Promise<void> | null = null;
  let lastPurge = 0;
  let lastNotices = 0;
  let failures = 0;

  const iso = () => deps.clock.now().toISOString();
  // The heartbeat renews the lease during long attempts too, so the lease need not outlast an attempt's timeout.
  const leaseUntil = () => new Date(deps.clock.now().getTime() + LEASE_MS).toISOString();

  async function tick(): Promise<void> {
    // SQLite: a sync file is being applied on another connection; a write now would block the event loop (db/writer-gate).
    if (sqliteWriterBusy()) return;
    await sequenceCommittedEvents(deps.db, deps.dialect);
    if (stopping) return;
    if (Date.now() - lastNotices >= NOTICES_EVERY_MS) {
      lastNotices = Date.now();
      await sendDueNotices({ db: deps.db, clock: deps.clock, mailer: deps.mailer, publicUrl: deps.publicUrl, log: deps.log });
    }
    if (Date.now() - lastPurge > PURGE_EVERY_MS) {
      lastPurge = Date.now();
      const purged = await purgeExpiredEvents(deps.db, deps.clock.now(), deps.retentionDays);
      if (purged) deps.log.info({ purged, retentionDays: deps.retentionDays }, 'deleted events older than the retention');
    }
    if (stopping) return;
    const ids = await claimSubscriptions(deps.db, deps.dialect, {
      owner,
      now: iso(),
      leaseUntil: leaseUntil(),
      exclude: [...lanes.keys()],
      limit: deps.concurrency - lanes.size,
    });
    for (const id of ids) {
      const lane = runLane(id).then(
        (workLeft) => {
          lanes.delete(id);
          // A lane that gave its slot back with work left (end of its time slice) is claimed again at once.
          if (workLeft) schedule(0);
        },
        (err) => {
          lanes.delete(id);
          // A subscription deleted while its deliveries were being queued (by a request, or another process) ends its
          // lane with a foreign-key violation: nothing was written, nothing is lost (a lane of a subscription that is
          // still there runs again at the next poll); not an error.
          if (isForeignKeyViolation(err))
            deps.log.info({ subscriptionId: id }, 'webhook lane ended: its subscription (or an event it queued) was deleted meanwhile');
          else if (!(err instanceof LeaseLostError)) deps.log.error({ err, subscriptionId: id }, 'webhook delivery lane failed');
        },
      );
      lanes.set(id, lane);
    }
  }

  function schedule(delayMs: number) {
    if (stopping) return;
    if (timer) {
      if (delayMs > 0) return;
      clearTimeout(timer);
    }
    timer = setTimeout(loop, delayMs);
    timer.unref();
  }

  function loop() {
    timer = null;
    if (ticking || stopping) return;
    ticking = tick()
      .then(() => {
        failures = 0;
      })
      .catch((err) => {
        failures += 1;
        // One line per failure streak step, not one per poll, when the database is away.
        if (failures === 1 || failures % 100 === 0) deps.log.error({ err, failures }, 'webhook dispatcher poll failed');
      })
      .finally(() => {
        ticking = null;
        const backoff = failures ? Math.min(deps.pollIntervalMs * 2 ** Math.min(failures, 10), 5_000) : deps.pollIntervalMs;
        schedule(backoff);
      });
  }

  /**
   * One step of a lane, in one short transaction (one connection taken from the pool, so a busy pool delays a lane
   * once per step, not once per query): re-read the subscription (it may have been disabled, changed or taken over),
   * fan its new events out into deliveries, and read the due deliveries with their events, except those in flight or
   * sent with a success not written yet (`skip`). Null when the subscription is gone, disabled or no longer leased to
   * this process.
   */
  async function laneStep(
    id: string,
    ownerScopes: (trx: Executor, row: { companyId: string; ownerKeyId: string | null }) => Promise<Set<string>>,
    skip: string[],
  ): Promise<LaneStepResult> {
    return bookkeeping(deps.db, deps.dialect, async (trx) => {
      const now = iso();
      const row = await trx
        .selectFrom('webhookSubscriptions')
        .selectAll()
        .where('id', '=', id)
        .where('leaseOwner', '=', owner)
        .where('enabled', '=', 1)
        .executeTakeFirst();
      if (!row) return null;
      const scopes = await ownerScopes(trx, row);
      const sub: LaneSubscription = {
        id: row.id,
        companyId: row.companyId,
        url: row.url,
        cursorSeq: Number(row.cursorSeq),
        filter: filterOf(row),
        readableTypes: new Set(deps.catalogue.readableTypes(scopes)),
        scopes,
        secrets: row,
      };
      const read = await fanOut(trx, sub, owner, now);
      let dueQuery = trx
        .selectFrom('webhookDeliveries as d')
        .leftJoin('events as e', (join) => join.onRef('e.id', '=', 'd.eventId').onRef('e.companyId', '=', 'd.companyId'))
        .select(['d.id', 'd.retryStep', 'd.eventId', 'e.id as foundEventId', 'e.type', 'e.companyId', 'e.data', 'e.changes', 'e.createdAt'])
        .where('d.companyId', '=', sub.companyId)
        .where('d.subscriptionId', '=', sub.id)
        .where('d.status', '=', 'pending')
        .where('d.nextAttemptAt', '<=', now)
        .orderBy('d.eventSeq')
        .limit(DUE_BATCH);
      // The batch being sent meanwhile, and successes still being written, are pending in the database: not again.
      if (skip.length) dueQuery = dueQuery.where('d.id', 'not in', skip);
      const due = await dueQuery.execute();
      return { sub, read, due };
    });
  }

  /**
   * Delivers one subscription until it has no work, its time slice ends or the dispatcher stops; true when work is
   * left. Reading and sending overlap: while one batch is being sent, the next step fans out new events and reads the
   * deliveries that follow (leaving out the batch in flight). Successes are written beside the sending, in batches of
   * up to 50 or a second after the first (SuccessRecorder), each failure before the next delivery goes out; a crash
   * resends at most the successes not written yet and the delivery in flight.
   */
  async function runLane(id: string): Promise<boolean> {
    let lost = false;
    const heartbeat = setInterval(() => {
      renewLease(deps.db, deps.dialect, id, owner, leaseUntil()).then(
        (ok) => {
          if (!ok) lost = true;
        },
        (err) => deps.log.warn({ err, subscriptionId: id }, 'could not renew a webhook lease'),
      );
    }, RENEW_MS);
    heartbeat.unref();
    const started = Date.now();
    // The slice is over, or SQLite's writer is held by a sync file (outcomes could not be written, and a step would
    // block the event loop): give the slot back with the work left, to be claimed again at the next poll. Checked
    // between deliveries too, so a slow receiver does not keep the slot for a whole batch.
    const turnOver = () => Date.now() - started > SLICE_MS || sqliteWriterBusy();
    // The owner key's scopes, read once per turn of the lane (a change of the key's scopes applies from the next turn).
    let scopes: Set<string> | null = null;
    const ownerScopes = async (trx: Executor, row: { companyId: string; ownerKeyId: string | null }) => {
      scopes ??= await subscriptionScopes(trx, row.companyId, row.ownerKeyId);
      return scopes;
    };
    let recorder: SuccessRecorder | null = null;
    const unwritten = () => recorder?.unwritten() ?? [];
    let pending = startStep(id, ownerScopes, []);
    try {
      while (!stopping && !lost) {
        const step = await pending;
        if (!step) return false;
        if (turnOver()) return true;
        const { sub, read, due } = step;
        recorder ??= new SuccessRecorder(deps, sub.companyId, (err) =>
          deps.log.warn({ err, subscriptionId: id }, 'could not record successful webhook deliveries yet (tried again with the next)'),
        );
        if (due.length === 0) {
          if (read === 0) return false;
          pending = startStep(id, ownerScopes, unwritten());
          continue;
        }
        pending = startStep(id, ownerScopes, [...due.map((d) => d.id), ...unwritten()]);
        const outcome = await deliverBatch(sub, due, recorder, () => stopping || lost || turnOver());
        if (outcome === 'disabled') return false;
        // The batch was cut short: the next step, started before it with the whole batch left out, would hand out the
        // deliveries after the unsent rest of it. Not re-checking turnOver() here (a sync file may have committed
        // meanwhile, or the step returned only then): the lane ends, and its next turn starts from the rest, in order.
        if (outcome === 'interrupted') return true;
      }
      return false;
    } finally {
      clearInterval(heartbeat);
      await pending.catch((err) => {
        if (!(err instanceof LeaseLostError)) deps.log.warn({ err, subscriptionId: id }, 'webhook lane step failed');
      });
      // Successes are recorded before the lease goes: a process taking over must not send them again.
      if (recorder && !(await recorder.flush())) {
        deps.log.error({ subscriptionId: id }, 'could not record successful webhook deliveries (they will be sent again)');
      }
      await releaseLease(deps.db, deps.dialect, id, owner, iso()).catch((err) =>
        deps.log.warn({ err, subscriptionId: id }, 'could not release a webhook lease (it lapses on its own)'),
      );
    }
  }

  function startStep(
    id: string,
    ownerScopes: (trx: Executor, row: { companyId: string; ownerKeyId: string | null }) => Promise<Set<string>>,
    skip: string[],
  ): Promise<LaneStepResult> {
    const step = laneStep(id, ownerScopes, skip);
    // Awaited by the lane or, when it ends early, by its `finally`; never left unhandled meanwhile.
    step.catch(() => undefined);
    return step;
  }

  /**
   * Sends due deliveries in order, one at a time, handing each success to the recorder and recording each failure
   * before the next one goes out. `interrupted` when it stopped before the end of the batch (the slice is over, the
   * writer is busy, the dispatcher stops), `disabled` when the subscription got disabled.
   */
  async function deliverBatch(
    sub: LaneSubscription,
    due: DueDelivery[],
    recorder: SuccessRecorder,
    interrupted: () => boolean,
  ): Promise<'done' | 'interrupted' | 'disabled'> {
    for (const delivery of due) {
      if (interrupted()) return 'interrupted';
      if (!delivery.foundEventId) {
        await failUndeliverable(deps, sub.companyId, delivery.id, iso(), 'the event is older than the retention and no longer kept');
        continue;
      }
      // Queued under an earlier filter or wider owner scopes: the url may since have been set by a key that may read
      // only what the subscription takes now (a redelivery, or a retry, would otherwise hand it the rest).
      if (!subscriptionTakes(sub, { type: delivery.type!, changes: delivery.changes })) {
        await failUndeliverable(
          deps,
          sub.companyId,
          delivery.id,
          iso(),
          "not sent: the subscription no longer takes this event (its events or fields, or its owner key's scopes, changed since it was queued)",
        );
        continue;
      }
      const event = {
        id: delivery.eventId,
        type: delivery.type!,
        companyId: delivery.companyId!,
        data: delivery.data!,
        changes: delivery.changes ?? null,
        createdAt: delivery.createdAt!,
      };
      const body = JSON.stringify(toEventPayload(event, sub.scopes));
      const at = deps.clock.now();
      const headers = signedHeaders(signingSecrets(sub.secrets, at), event.id, at, body);
      const result = await deps.sender.send(sub.url, body, headers, abort.signal);
      if (result.aborted) return 'interrupted';
      const attempt: Attempt = { deliveryId: delivery.id, at: at.toISOString(), result };
      if (result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300) {
        recorder.add(attempt);
        continue;
      }
      const { disabled } = await recordFailure(deps, sub, delivery, attempt);
      if (disabled) {
        deps.log.warn({ subscriptionId: sub.id, url: sub.url, statusCode: result.statusCode }, 'webhook subscription disabled');
        return 'disabled';
      }
    }
    return 'done';
  }

  return {
    owner,
    get running() {
      return running;
    },
    start() {
      if (running || stopping) return;
      running = true;
      releaseLeasesOfDeadProcess(deps.db, deps.dialect)
        .catch((err) => deps.log.warn({ err }, 'could not release stale webhook leases'))
        .finally(() => schedule(0));
    },
    async stop(graceMs = 5_000) {
      if (!running || stopping) {
        stopping = true;
        await Promise.allSettled([ticking, ...lanes.values()]);
        return;
      }
      stopping = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await ticking?.catch(() => undefined);
      const inFlight = Promise.allSettled([...lanes.values()]);
      const grace = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
      await Promise.race([inFlight, grace]);
      abort.abort();
      await inFlight;
      running = false;
    },
  };
}

interface DueDelivery {
  id: string;
  retryStep: number;
  eventId: string;
  foundEventId: string | null;
  type: string | null;
  companyId: string | null;
  data: string | null;
  changes: string | null;
  createdAt: string | null;
}

type LaneStepResult = { sub: LaneSubscription; read: number; due: DueDelivery[] } | null;
