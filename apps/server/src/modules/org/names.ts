import { type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { Type } from 'typebox';
import { invalid } from '../../http/errors.js';

/*
 * Names compare ignoring case, the same on SQLite and PostgreSQL: both sides go through the database's lower(), which
 * folds every letter on both (db/database.ts gives SQLite JavaScript's). Accents count, as for the uniqueness of role
 * names: `area` is not "Área".
 */

/** `column` is `value`, ignoring case and the value's surrounding spaces (stored names are trimmed: requiredName). */
export function nameEquals(column: string, value: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`lower(${sql.ref(column)}) = lower(${value.trim()})`;
}

/** `column` contains `value`, ignoring case. `%`, `_` and `\` in the value match themselves. */
export function nameContains(column: string, value: string): RawBuilder<SqlBool> {
  const escaped = value.replace(/[\\%_]/g, (c) => `\\${c}`);
  return sql<SqlBool>`lower(${sql.ref(column)}) like lower(${`%${escaped}%`}) escape '\\'`;
}

/**
 * The name filters of a list of named things: `name=` is the whole name (an ERP looking a unit up by name must not get
 * "Pre-Sales" for "Sales"), `name[contains]=` a part of it.
 */
export const NameQuery = (things: string) => ({
  name: Type.Optional(
    Type.String({
      maxLength: 200,
      description: `Find ${things} by name: the whole name, ignoring case and surrounding spaces (\`sales\` finds "Sales", not "Pre-Sales"); accents count. \`name[contains]\` finds part of a name.`,
    }),
  ),
  'name[contains]': Type.Optional(
    Type.String({
      maxLength: 200,
      description: `Extension: find ${things} whose name contains this text, ignoring case (accents count: \`area\` does not find "Área"). Combines with \`name\` (AND).`,
    }),
  ),
});

/** Applies the `NameQuery` filters a list was given to `column`. */
export function whereName<DB, TB extends keyof DB, O>(
  q: SelectQueryBuilder<DB, TB, O>,
  column: string,
  query: { name?: string; 'name[contains]'?: string },
): SelectQueryBuilder<DB, TB, O> {
  let out = q;
  if (query.name) out = out.where(nameEquals(column, query.name));
  const part = query['name[contains]'];
  if (part) out = out.where(nameContains(column, part));
  return out;
}

/** A required name, trimmed; only spaces is as invalid as empty. */
export function requiredName(value: string, pointer = '/name'): string {
  const name = value.trim();
  if (!name) throw invalid([{ pointer, message: 'must not be blank' }]);
  return name;
}
