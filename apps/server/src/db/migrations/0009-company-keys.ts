import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.js';

/**
 * Whole-company reads a page at a time (`eachRawRow`: the HR data sync's roster, keyset by id): without an index on
 * (company_id, id), SQLite found a company's employees and sorted them all for every page of 5,000, and PostgreSQL
 * walked the primary key through every company's rows.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createIndex('employees_company_id')
    .on('employees')
    .columns(['company_id', 'id'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
  for (const table of ['employee_departments', 'employee_offices']) {
    await db.schema.createIndex(`${table}_company_id`).on(table).columns(['company_id', 'id']).execute();
  }
}
