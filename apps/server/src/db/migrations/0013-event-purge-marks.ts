import type { ColumnDataType, Kysely } from 'kysely';
import type { Dialect } from '../database.js';

/**
 * Per company, the last position in the commit order (events.commit_seq) whose events the retention deleted: a feed
 * cursor behind it would skip the deleted events in silence, so it is answered 410 (platform/events/event-feed.service.ts).
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const bigint = (dialect === 'postgres' ? 'bigint' : 'integer') as ColumnDataType;
  await db.schema
    .createTable('event_purge_marks')
    .addColumn('company_id', 'text', (c) => c.primaryKey().references('companies.id').onDelete('cascade'))
    .addColumn('commit_seq', bigint, (c) => c.notNull())
    .execute();
}
