import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { invalid } from '../../http/errors.js';

/**
 * `column` contains `value`, ignoring case, the same on SQLite and PostgreSQL (PostgreSQL's LIKE is case-sensitive,
 * so both sides are lower-cased). `%`, `_` and `\` in the value match themselves.
 */
export function nameContains(column: string, value: string): RawBuilder<SqlBool> {
  const escaped = value.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${`%${escaped}%`} escape '\\'`;
}

/** A required name, trimmed; only spaces is as invalid as empty. */
export function requiredName(value: string, pointer = '/name'): string {
  const name = value.trim();
  if (!name) throw invalid([{ pointer, message: 'must not be blank' }]);
  return name;
}
