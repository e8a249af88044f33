import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';

/**
 * The line fingerprint of an applied CSV employee file (its lines in a canonical order, with the mapping and the
 * comparison settings): a later file with the same lines, on a roster nobody changed since, is known to change
 * nothing without being parsed (`sync-content.ts`).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('sync_files').addColumn('line_fingerprint', 'text').execute();
}
