import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.js';
import { sortKey } from '../sort-key.js';

/** Tables whose lists sort by name, and the name columns each keeps a sort key for (`<column>_key`). */
const named: [table: string, columns: string[]][] = [
  ['employees', ['last_name', 'first_name']],
  ['departments', ['name']],
  ['offices', ['name']],
  ['job_charges', ['name']],
  ['roles', ['name']],
  ['custom_fields', ['name']],
];

/**
 * Sort keys for names (db/sort-key.ts): lists sorted by name come in the order people expect ("Álvarez" among the A's,
 * lower and upper case together) instead of by the bytes of the name, alike on SQLite and PostgreSQL. Existing rows
 * get their keys here; services write them with every name from now on.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  for (const [table, columns] of named) {
    for (const column of columns) {
      await db.schema
        .alterTable(table)
        .addColumn(`${column}_key`, 'text', (c) => {
          // PostgreSQL compares by the database's collation unless told otherwise: keys compare byte by byte, as on SQLite.
          const typed = dialect === 'postgres' ? c.modifyFront(sql`collate "C"`) : c;
          return typed.notNull().defaultTo('');
        })
        .execute();
    }
    // Aliases the camel-case plugin leaves as they are (the server runs migrations through it).
    const selected = columns.map((c, i) => sql`${sql.ref(c)} as ${sql.raw(`v${i}`)}`);
    const rows = await sql<Record<string, string>>`select id as k, ${sql.join(selected)} from ${sql.table(table)}`.execute(db);
    for (const row of rows.rows) {
      const sets = columns.map((c, i) => sql`${sql.ref(`${c}_key`)} = ${sortKey(String(row[`v${i}`] ?? ''))}`);
      await sql`update ${sql.table(table)} set ${sql.join(sets)} where id = ${row.k}`.execute(db);
    }
  }
  // The employee list's default order (lastName, firstName: their keys, then the names as written, then id).
  await db.schema.dropIndex('employees_company_name').execute();
  await db.schema
    .createIndex('employees_company_sort_name')
    .on('employees')
    .columns(['company_id', 'last_name_key', 'first_name_key', 'last_name', 'first_name', 'id'])
    .execute();
}
