import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.js';

/**
 * Secrets of this installation, made here and shared by every server process through the database: the key that
 * seals the change feed's cursors (platform/events/feed-cursor.ts), so a cursor tells a company nothing of the
 * installation-wide numbering its position is kept in. Made by the migration, so reading the feed never writes.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('instance_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  const value = randomBytes(32).toString('base64');
  await sql`insert into instance_secrets (name, value, created_at) values ('feed-cursor-key', ${value}, ${new Date().toISOString()})`.execute(
    db,
  );
}
