import { CompiledQuery } from 'kysely';
import type { Dialect, Executor } from './database.js';

/**
 * Bulk writes for large batches (HR data sync): many rows per statement, one code path per dialect: multi-row
 * `insert … values (…),(…)` and `update … from (values …)`. SQLite prepares each chunk size once (the statement cache
 * of db/database.ts keeps them). PostgreSQL takes one parameter per value, typed by a cast (measured here: array
 * parameters with `unnest` were 12× slower for rows of JSON text, because node-postgres escapes every array element).
 */
export type BulkColumnType = 'text' | 'integer' | 'bigint' | 'real' | 'timestamp';
export type BulkColumns = readonly (readonly [name: string, type: BulkColumnType])[];

const pgType: Record<BulkColumnType, string> = {
  text: 'text',
  integer: 'integer',
  bigint: 'bigint',
  real: 'double precision',
  timestamp: 'timestamptz',
};

const SQLITE_MAX_PARAMS = 32_000;
const PG_MAX_PARAMS = 60_000;

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function chunkSize(dialect: Dialect, columns: number): number {
  return dialect === 'postgres'
    ? Math.max(1, Math.min(2_000, Math.floor(PG_MAX_PARAMS / columns)))
    : Math.max(1, Math.min(500, Math.floor(SQLITE_MAX_PARAMS / columns)));
}

/** `(?, ?, …), (…)` for SQLite; `($1::text, $2::integer, …), (…)` for PostgreSQL, numbered from `first`. */
function tuples(dialect: Dialect, types: BulkColumnType[], rows: number, first = 1): string {
  const out: string[] = [];
  let n = first;
  for (let r = 0; r < rows; r++) {
    out.push(`(${types.map((t) => (dialect === 'postgres' ? `$${n++}::${pgType[t]}` : '?')).join(', ')})`);
  }
  return out.join(', ');
}

/** Inserts rows (arrays aligned with `columns`, snake_case names) into `table`. */
export async function insertRows(
  db: Executor,
  dialect: Dialect,
  table: string,
  columns: BulkColumns,
  rows: readonly unknown[][],
): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map(([n]) => quote(n)).join(', ');
  const size = chunkSize(dialect, columns.length);
  const types = columns.map(([, t]) => t);
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    const params: unknown[] = [];
    for (const r of chunk) for (let c = 0; c < columns.length; c++) params.push(r[c] ?? null);
    await db.executeQuery(
      CompiledQuery.raw(`insert into ${quote(table)} (${names}) values ${tuples(dialect, types, chunk.length)}`, params),
    );
  }
}

/**
 * Updates rows by key: each row is `[key, ...values]` with values aligned with `columns`. Only rows of `companyId`
 * are touched (the key alone would do; the company makes tenant isolation explicit).
 */
export async function updateRows(
  db: Executor,
  dialect: Dialect,
  table: string,
  key: readonly [name: string, type: BulkColumnType],
  columns: BulkColumns,
  rows: readonly unknown[][],
  companyId: string,
): Promise<void> {
  if (rows.length === 0) return;
  const all = [key, ...columns];
  const types = all.map(([, t]) => t);
  const size = chunkSize(dialect, all.length);
  // PostgreSQL names the VALUES columns with an alias list; SQLite has none and calls them column1, column2, …
  const pg = dialect === 'postgres';
  const alias = pg ? `(${all.map(([n]) => quote(n)).join(', ')})` : '';
  const ref = (i: number) => (pg ? `v.${quote((all[i] as readonly [string, BulkColumnType])[0])}` : `v.column${i + 1}`);
  const sets = columns.map(([n], c) => `${quote(n)} = ${ref(c + 1)}`).join(', ');
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    const params: unknown[] = [];
    for (const r of chunk) for (let c = 0; c < all.length; c++) params.push(r[c] ?? null);
    const company = pg ? `$${params.length + 1}` : '?';
    params.push(companyId);
    await db.executeQuery(
      CompiledQuery.raw(
        `update ${quote(table)} set ${sets} from (values ${tuples(dialect, types, chunk.length)}) as v${alias} where ${quote(table)}.${quote(key[0])} = ${ref(0)} and ${quote(table)}.company_id = ${company}`,
        params,
      ),
    );
  }
}

/** Deletes the rows of `companyId` whose `column` is one of `values`, in chunks. */
export async function deleteRowsIn(
  db: Executor,
  dialect: Dialect,
  table: string,
  column: string,
  values: readonly string[],
  companyId: string,
): Promise<void> {
  for (let start = 0; start < values.length; start += 500) {
    const chunk = values.slice(start, start + 500);
    const marks = chunk.map((_, i) => (dialect === 'postgres' ? `$${i + 2}` : '?')).join(', ');
    const first = dialect === 'postgres' ? '$1' : '?';
    await db.executeQuery(
      CompiledQuery.raw(`delete from ${quote(table)} where company_id = ${first} and ${quote(column)} in (${marks})`, [
        companyId,
        ...chunk,
      ]),
    );
  }
}
