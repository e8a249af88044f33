import { type ColumnDataType, type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.js';

/**
 * The largest position in the commit order (events.commit_seq) ever handed out, in a row of its own. The feed's horizon
 * and the next numbers were read from max(commit_seq) of the events that still exist, which goes back down when the
 * newest events are deleted (a sandbox deleted with its events): cursors issued before were then past the horizon, and
 * the next events were given positions those cursors had already passed. The mark only grows
 * (platform/events/event-sequencer.ts).
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const bigint = (dialect === 'postgres' ? 'bigint' : 'integer') as ColumnDataType;
  await db.schema
    .createTable('event_sequence_mark')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('top', bigint, (c) => c.notNull())
    .execute();
  await sql`insert into event_sequence_mark (id, top) select 1, coalesce(max(commit_seq), 0) from events`.execute(db);
}
