import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';

/**
 * The first end date of an applied employee file that lay after the day it was applied: once that day comes, the same
 * bytes terminate someone, so an identical file is applied again rather than skipped.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('sync_files').addColumn('pending_end_date', 'text').execute();
}
