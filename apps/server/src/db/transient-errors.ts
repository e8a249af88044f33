import { SqliteWriterBusyError } from './writer-gate.js';

/**
 * Database failures that say nothing about the request: the client should try again later. Over HTTP they are a 503
 * with Retry-After, not a 500.
 *
 * - `busy`: the transaction could not take a lock and was rolled back, so nothing was changed — SQLite's writer held
 *   past the wait (SqliteWriterBusyError, SQLITE_BUSY / SQLITE_LOCKED from another process such as the CLI), and on
 *   PostgreSQL a deadlock, a serialization failure, a lock or statement timeout.
 * - `unreachable`: no connection to PostgreSQL (refused, reset, shut down, too many connections, pool timeout). When
 *   the connection broke during a commit the change may or may not have been made.
 */
export type DatabaseTrouble = 'busy' | 'unreachable';

const busyStates = new Set(['40P01', '40001', '55P03', '57014']);
// 3D000: the database named in DATABASE_URL does not exist (dropped, or not made yet).
const unreachableStates = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006', '3D000']);
const unreachableErrnos = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'EHOSTUNREACH']);

export function databaseTrouble(err: unknown): DatabaseTrouble | null {
  if (err instanceof SqliteWriterBusyError) return 'busy';
  const e = err as { name?: string; code?: unknown; message?: unknown } | null;
  if (!e || typeof e !== 'object') return null;
  const code = typeof e.code === 'string' ? e.code : '';
  if (e.name === 'SqliteError' && /^SQLITE_(BUSY|LOCKED)/.test(code)) return 'busy';
  if (busyStates.has(code)) return 'busy';
  if (unreachableStates.has(code) || unreachableErrnos.has(code)) return 'unreachable';
  // node-postgres reports a lost connection and a connection not opened in time without a code ("timeout expired":
  // the client's own time limit on connecting, database.ts).
  const message = typeof e.message === 'string' ? e.message : '';
  if (
    /^Connection terminated|^timeout expired$|timeout exceeded when trying to connect|Client has encountered a connection error/.test(
      message,
    )
  ) {
    return 'unreachable';
  }
  return null;
}
