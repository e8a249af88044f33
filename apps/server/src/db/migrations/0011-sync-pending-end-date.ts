import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.js';

/**
 * The first end date of an applied employee file that lay after the day it was applied: once that day comes, the same
 * bytes terminate someone, so an identical file is applied again rather than skipped.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('sync_files').addColumn('pending_end_date', 'text').execute();
  // Employee files applied before: whether they carried a later end date is not known, so the next identical file is
  // compared once instead of skipped (the content fingerprint still spares an unchanged roster).
  await sql`update sync_files set pending_end_date = '0001-01-01' where kind = 'employees' and dry_run = 0 and status in ('complete', 'complete_with_errors')`.execute(
    db,
  );
}
