import type { Db, Dialect } from '../../db/database.js';
import { bookkeeping } from './bookkeeping-transaction.js';

/**
 * Leases on subscriptions: the dispatcher process delivering a subscription holds its lease, so each subscription is
 * delivered by one process at a time, in event order, and no event goes out twice without a failure. A lease is
 * renewed while its holder works and lapses when the holder dies; another process (or the restarted one) then takes
 * over from the deliveries still pending.
 */

/**
 * Claims up to `limit` enabled subscriptions that have work (events after their cursor, or deliveries due) and whose
 * lease is free or lapsed. On PostgreSQL, candidates are locked `FOR UPDATE SKIP LOCKED`, so processes claiming at the
 * same moment take different subscriptions instead of waiting for each other; SQLite has one writer (and one
 * dispatcher process) so a plain transaction suffices.
 */
export async function claimSubscriptions(
  db: Db,
  dialect: Dialect,
  options: { owner: string; now: string; leaseUntil: string; exclude: string[]; limit: number },
): Promise<string[]> {
  const { owner, now, leaseUntil, exclude, limit } = options;
  if (limit <= 0) return [];
  return bookkeeping(db, dialect, async (trx) => {
    let q = trx
      .selectFrom('webhookSubscriptions as s')
      .select('s.id')
      .where('s.enabled', '=', 1)
      .where((eb) => eb.or([eb('s.leaseExpiresAt', 'is', null), eb('s.leaseExpiresAt', '<=', now)]))
      .where((eb) =>
        eb.or([
          eb.exists(
            eb
              .selectFrom('events as e')
              .select('e.seq')
              .whereRef('e.companyId', '=', 's.companyId')
              .whereRef('e.commitSeq', '>', 's.cursorSeq'),
          ),
          eb.exists(
            eb
              .selectFrom('webhookDeliveries as d')
              .select('d.id')
              .whereRef('d.subscriptionId', '=', 's.id')
              .where('d.status', '=', 'pending')
              .where('d.nextAttemptAt', '<=', now),
          ),
        ]),
      )
      // Least recently served first (a released lease keeps its release time).
      .orderBy('s.leaseExpiresAt')
      .orderBy('s.id')
      .limit(limit);
    if (exclude.length) q = q.where('s.id', 'not in', exclude);
    if (dialect === 'postgres') q = q.forUpdate().skipLocked();
    const ids = (await q.execute()).map((r) => r.id);
    if (ids.length) {
      await trx.updateTable('webhookSubscriptions').set({ leaseOwner: owner, leaseExpiresAt: leaseUntil }).where('id', 'in', ids).execute();
    }
    return ids;
  });
}

/** Extends a lease; false when it is no longer ours (it lapsed and another process took it, or the row is gone). */
export async function renewLease(db: Db, dialect: Dialect, id: string, owner: string, leaseUntil: string): Promise<boolean> {
  const result = await bookkeeping(db, dialect, (trx) =>
    trx
      .updateTable('webhookSubscriptions')
      .set({ leaseExpiresAt: leaseUntil })
      .where('id', '=', id)
      .where('leaseOwner', '=', owner)
      .executeTakeFirst(),
  );
  return Number(result.numUpdatedRows) > 0;
}

/** Gives a lease back; its time stays as the release time, which orders the next claims fairly. */
export async function releaseLease(db: Db, dialect: Dialect, id: string, owner: string, now: string): Promise<void> {
  await bookkeeping(db, dialect, (trx) =>
    trx
      .updateTable('webhookSubscriptions')
      .set({ leaseOwner: null, leaseExpiresAt: now })
      .where('id', '=', id)
      .where('leaseOwner', '=', owner)
      .execute(),
  );
}

/**
 * At start on SQLite, which serves one process: leases still held belong to a process that died, so they are free now
 * (on PostgreSQL, other live processes may hold leases; the dead one's lapse on their own).
 */
export async function releaseLeasesOfDeadProcess(db: Db, dialect: Dialect): Promise<void> {
  if (dialect !== 'sqlite') return;
  await db
    .updateTable('webhookSubscriptions')
    .set({ leaseOwner: null, leaseExpiresAt: null })
    .where('leaseOwner', 'is not', null)
    .execute();
}
