import { type Compilable, type RawBuilder, sql } from 'kysely';
import type { Executor } from './database.js';

/**
 * Wide reads without the camel-case plugin's row mapping. The plugin converts every key of every row it returns
 * (~4 µs for a 50-column employee row, 0.4 ms for a page of 100); when the SQL itself names the columns in camelCase,
 * the driver's rows already have the keys the code uses.
 */

/** `"table"."snake_name" as "camelName", …` for the given camelCase columns (the plugin leaves raw SQL as it is). */
export function camelCaseColumns<C extends string>(table: string, columns: readonly C[]): RawBuilder<Record<C, unknown>> {
  return sql.raw(camelCaseColumnList(table, columns));
}

/** The text of `camelCaseColumns`, to join selections of several tables into one raw selection. */
export function camelCaseColumnList(table: string, columns: readonly string[]): string {
  return columns
    .map((column) => {
      const name = column.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);
      return name === column ? `"${table}"."${name}"` : `"${table}"."${name}" as "${column}"`;
    })
    .join(', ');
}

const withoutPlugins = new WeakMap<Executor, Executor>();

/** The same database or transaction without plugins: queries run on it return the driver's rows untouched. */
export function withoutRowMapping(db: Executor): Executor {
  let plain = withoutPlugins.get(db);
  if (!plain) {
    plain = db.withoutPlugins();
    withoutPlugins.set(db, plain);
  }
  return plain;
}

/**
 * Runs a query built (and so compiled: identifiers in snake_case) on the usual executor, without the plugins' result
 * mapping. Only for a selection already in camelCase, such as `camelCaseColumns()`.
 */
export async function executeWithoutRowMapping<O>(db: Executor, query: Compilable<O>): Promise<O[]> {
  return (await withoutRowMapping(db).executeQuery(query.compile())).rows;
}
