import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';

/**
 * History by resource: erasing an employee (GDPR) rewrites what the outbox and the HR data sync diffs hold of them
 * (platform/audit/erase-history.ts, employees.service.ts), as the audit rows, which have their index since 0001.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.createIndex('events_company_resource').on('events').columns(['company_id', 'resource_id']).execute();
  await db.schema
    .createIndex('sync_file_changes_resource')
    .on('sync_file_changes')
    .columns(['company_id', 'resource_type', 'resource_id'])
    .execute();
}
