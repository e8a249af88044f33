import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';

/**
 * The events of one resource: erasing an employee (GDPR) rewrites what the outbox holds of them
 * (platform/audit/erase-history.ts), as the audit rows, which have their index since 0001.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.createIndex('events_company_resource').on('events').columns(['company_id', 'resource_id']).execute();
}
