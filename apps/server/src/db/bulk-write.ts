import { CompiledQuery } from 'kysely';
import type { Dialect, Executor } from './database.js';

/**
 * Bulk writes for large batches (HR data sync): many rows per statement, one code path per dialect: multi-row
 * `insert … values (…),(…)` (PostgreSQL: one JSON parameter per chunk, see insertRows) and `update … from (values …)`.
 * SQLite prepares each chunk size once (the statement cache of db/database.ts keeps them). PostgreSQL updates take one
 * parameter per value, typed by a cast (measured here: array parameters with `unnest` were 12× slower for rows of JSON
 * text, because node-postgres escapes every array element).
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

/** Rows per PostgreSQL insert: one JSON parameter each (a few MB for rows of employee JSON). */
const PG_JSON_ROWS = 1_000;

/**
 * Inserts rows (arrays aligned with `columns`, snake_case names) into `table`. An iterable (e.g. a generator) is
 * consumed chunk by chunk, so the caller need not hold every row at once; rows are inserted in iteration order.
 *
 * PostgreSQL: each chunk is one parameter, a JSON array of the rows, expanded by `jsonb_array_elements` and cast per
 * column (in iteration order: a plain function scan, so serial columns such as `events.seq` follow it). Measured on
 * 100,000 new employees: the employee rows (47 columns) went in twice as fast as with a `values` list of one
 * parameter per value, which PostgreSQL parses and plans anew for each chunk of 60,000 parameters; rows of JSON text
 * (audit, events) about as fast. `json` instead of `jsonb` was slower than both (each `->>` re-parses the row).
 */
export async function insertRows(
  db: Executor,
  dialect: Dialect,
  table: string,
  columns: BulkColumns,
  rows: Iterable<readonly unknown[]>,
): Promise<void> {
  const names = columns.map(([n]) => quote(n)).join(', ');
  const pg = dialect === 'postgres';
  const size = pg ? PG_JSON_ROWS : chunkSize(dialect, columns.length);
  const types = columns.map(([, t]) => t);
  const width = columns.length;
  const pgSelect = pg ? columns.map(([, t], i) => `(t.r->>${i})::${pgType[t]}`).join(', ') : '';
  let params: unknown[] = [];
  let pgRows: unknown[][] = [];
  let count = 0;
  /** The placeholders of a full chunk, made once (the same statement text, prepared once on SQLite). */
  let fullChunk: string | null = null;
  const flush = async () => {
    if (count === 0) return;
    count = 0;
    if (pg) {
      const json = JSON.stringify(pgRows);
      pgRows = [];
      await db.executeQuery(
        CompiledQuery.raw(`insert into ${quote(table)} (${names}) select ${pgSelect} from jsonb_array_elements($1::jsonb) as t(r)`, [json]),
      );
      return;
    }
    const rowsInChunk = params.length / width;
    if (rowsInChunk === size && fullChunk === null) fullChunk = tuples(dialect, types, size);
    const values = rowsInChunk === size ? (fullChunk as string) : tuples(dialect, types, rowsInChunk);
    const batch = params;
    params = [];
    await db.executeQuery(CompiledQuery.raw(`insert into ${quote(table)} (${names}) values ${values}`, batch));
  };
  for (const r of rows) {
    if (pg) {
      const row = new Array(width);
      for (let c = 0; c < width; c++) row[c] = r[c] ?? null;
      pgRows.push(row);
    } else {
      for (let c = 0; c < width; c++) params.push(r[c] ?? null);
    }
    count += 1;
    if (count === size) await flush();
  }
  await flush();
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
