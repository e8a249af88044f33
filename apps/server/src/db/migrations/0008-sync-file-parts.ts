import { type ColumnDataType, type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.js';

/**
 * An uploaded sync file is stored in parts of 1 MiB (sync_file_parts) instead of one value (sync_file_contents): a
 * single value of 45 MB was copied whole by SQLite (binding, then the record) or by the PostgreSQL driver on its way in
 * and out, next to the file itself, on the thread that answers the API. Files stored before are one part each.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // PostgreSQL runs each migration in a transaction; SQLite's DDL is transactional too, but the migrator does not open
  // one there: a server stopped while the stored files are copied would leave the new table, and every start after
  // it would fail.
  if (dialect === 'sqlite') await db.transaction().execute((trx) => moveToParts(trx, dialect));
  else await moveToParts(db, dialect);
}

async function moveToParts(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const bytes = (dialect === 'postgres' ? 'bytea' : 'blob') as ColumnDataType;
  await db.schema
    .createTable('sync_file_parts')
    .addColumn('file_id', 'text', (c) => c.notNull().references('sync_files.id').onDelete('cascade'))
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('part', 'integer', (c) => c.notNull())
    .addColumn('bytes', bytes, (c) => c.notNull())
    .addPrimaryKeyConstraint('sync_file_parts_pk', ['file_id', 'part'])
    .execute();
  await sql`insert into sync_file_parts (file_id, company_id, part, bytes) select file_id, company_id, 0, bytes from sync_file_contents`.execute(
    db,
  );
  await db.schema.dropTable('sync_file_contents').execute();
}
