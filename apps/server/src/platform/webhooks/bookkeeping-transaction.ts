import { sql } from 'kysely';
import type { Db, Dialect, Tx } from '../../db/database.js';

/**
 * A transaction for the dispatcher's own bookkeeping (fan-out, attempts, leases). On PostgreSQL it commits without
 * waiting for the WAL flush (`synchronous_commit = off` for this transaction only): a crash of the database may
 * lose its last few hundred milliseconds of bookkeeping, which only means some deliveries are sent again (delivery
 * is at least once anyway), while the delivery loop no longer waits for a disk flush per step. Writes of the data
 * itself, and the numbering of events, keep the server's durable commits. SQLite: a plain transaction.
 */
export function bookkeeping<T>(db: Db, dialect: Dialect, fn: (trx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    if (dialect === 'postgres') await sql`set local synchronous_commit = off`.execute(trx);
    return fn(trx);
  });
}
