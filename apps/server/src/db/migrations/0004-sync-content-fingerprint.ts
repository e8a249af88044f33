import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';

/**
 * The content fingerprint of an applied employee file (records in a canonical order, with the settings that decide
 * how they are compared): a later file with the same content, on a roster nobody changed since, is known to change
 * nothing without reading the roster (`sync-content.ts`).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('sync_files').addColumn('content_fingerprint', 'text').execute();
}
