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
