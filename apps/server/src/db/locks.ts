import { sql } from 'kysely';
import type { ServiceContext } from '../context.js';

/**
 * Serialises writers of one company's tree (departments, managers) until the transaction ends, so that two concurrent
 * changes cannot together create a cycle that each alone would not. PostgreSQL: a transaction-level advisory lock;
 * SQLite already runs one write transaction at a time.
 */
export async function lockCompanyTree(ctx: ServiceContext, tree: 'departments' | 'managers'): Promise<void> {
  if (ctx.dialect !== 'postgres') return;
  if (!ctx.db.isTransaction) throw new Error('lockCompanyTree must run inside a transaction');
  await sql`select pg_advisory_xact_lock(hashtext(${`${ctx.companyId}:${tree}`}))`.execute(ctx.db);
}

/**
 * Serialises the writes of one resource of the company (the key names it: a route and its path parameters) until the
 * transaction ends. PostgreSQL: a transaction-level advisory lock; SQLite already runs one write transaction at a time.
 */
export async function lockResource(ctx: ServiceContext, key: string): Promise<void> {
  if (ctx.dialect !== 'postgres') return;
  if (!ctx.db.isTransaction) throw new Error('lockResource must run inside a transaction');
  // A write waits for the one before it at most this long (then a 503 with Retry-After, nothing changed), so that a
  // burst of writes to one resource cannot hold every connection of the pool.
  await sql`set local lock_timeout = '10s'`.execute(ctx.db);
  await sql`select pg_advisory_xact_lock(hashtext(${`${ctx.companyId}:${key}`}))`.execute(ctx.db);
  // The rest of the transaction waits for locks as before (e.g. for an HR data sync file's commit).
  await sql`set local lock_timeout = default`.execute(ctx.db);
}

/**
 * Serialises the writers of names that are unique in a company without a unique index that could say so on both
 * databases (role names ignoring case, custom-field slugs as they are derived, mapping names), so that two concurrent
 * creates cannot both find a name free. PostgreSQL: a transaction-level advisory lock; SQLite: one writer at a time.
 */
export async function lockCompanyNames(ctx: ServiceContext, names: 'roles' | 'custom_fields' | 'sync_mappings'): Promise<void> {
  if (ctx.dialect !== 'postgres') return;
  if (!ctx.db.isTransaction) throw new Error('lockCompanyNames must run inside a transaction');
  await sql`select pg_advisory_xact_lock(hashtext(${`${ctx.companyId}:${names}`}))`.execute(ctx.db);
}

/** Company tables whose rows other rows refer to. */
type ReferencedTable = 'employees' | 'departments' | 'offices' | 'roles' | 'jobCharges' | 'customFields';

/**
 * Row locks that order a write with the writes of the rows it refers to, across server processes (PostgreSQL; SQLite
 * runs one write transaction at a time). A write that makes a row unusable as a reference (a delete, an erasure) takes
 * `update` before it reads what refers to the row; a write that refers to a row (an assignation, a manager, a parent
 * department) takes `share` before it checks that the row exists and may be used. Whichever comes second waits for the
 * first to commit and then sees what it did: the reference is refused (404/422), or the delete finds it (409, or removes
 * it with its audit row and event) — never a foreign-key error or a link to a row that is gone.
 *
 * `share` is PostgreSQL's FOR KEY SHARE, as a foreign key's own check takes: it waits only for `update` (FOR UPDATE)
 * and deletes, not for ordinary updates of the row (an HR data sync file updating employees, a rename), so a reference
 * never waits for those and cannot deadlock with them. The ids of one call are locked in order; lock the rows a write
 * takes `update` on in one call.
 *
 * `write` (FOR NO KEY UPDATE, what an UPDATE of the row takes anyway) is for a write that reads a row, checks it and
 * then updates it: taken before the read, the read sees the row as the last writer committed it (an HR data sync file
 * that changed it meanwhile), not as it was before — so the checks, the before/after of the audit row and the event's
 * changes are the write's own. It does not conflict with `share`, so references are not held up by it.
 */
export async function lockRows(
  ctx: ServiceContext,
  table: ReferencedTable,
  ids: readonly (string | null | undefined)[],
  mode: 'share' | 'write' | 'update',
): Promise<void> {
  if (ctx.dialect !== 'postgres') return;
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string' && id.length > 0))].sort();
  if (wanted.length === 0) return;
  if (!ctx.db.isTransaction) throw new Error('lockRows must run inside a transaction');
  const query = ctx.db
    .selectFrom(table as 'employees')
    .select('id')
    .where('companyId', '=', ctx.companyId)
    .where('id', 'in', wanted)
    .orderBy('id');
  await (mode === 'update' ? query.forUpdate() : mode === 'write' ? query.forNoKeyUpdate() : query.forKeyShare()).execute();
}
