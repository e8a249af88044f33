import { type SelectQueryBuilder, sql } from 'kysely';
import { isCalendarDay } from '../context.js';
import { invalid, parameterError } from './errors.js';
import type { MetaT } from './schema-kit.js';

export interface PageInput {
  page?: number;
  limit?: number;
}

export interface Page<T> {
  data: T[];
  meta: MetaT;
}

export type SortDirection = 'asc' | 'desc';
export type Ordering = [column: string, direction: SortDirection][];

/**
 * What a sortable field sorts by: a column, or a column and tie-breakers (a name sorts by its sort key, and names with
 * the same key by the name as written: db/sort-key.ts).
 */
export type Sortable = Record<string, string | readonly string[]>;

/**
 * Parses `orderBy=field1 asc, field2 desc` against the fields a route lists as sortable (field name → columns).
 * Unknown fields or directions are a 400 that names them. The fallback names fields of `sortable` too. A field's
 * tie-breakers come after every field's first column: `lastName, firstName` sorts by both sort keys, then by the names
 * as written (so "álvarez, Ana" and "Álvarez, Bea" stay in first-name order).
 */
export function parseOrderBy(value: string | undefined, sortable: Sortable, fallback: Ordering): Ordering {
  const fields: Ordering = [];
  if (!value?.trim()) fields.push(...fallback);
  else {
    for (const part of value.split(',')) {
      const [field, dir = 'asc', ...rest] = part.trim().split(/\s+/);
      const direction = dir.toLowerCase();
      if (!field || !Object.hasOwn(sortable, field) || rest.length || (direction !== 'asc' && direction !== 'desc')) {
        throw invalid(
          [
            parameterError(
              'query',
              'orderBy',
              `"${part.trim()}" is not a valid sort; use "<field> asc|desc" with one of: ${Object.keys(sortable).join(', ')}`,
            ),
          ],
          'orderBy names an unknown field or direction.',
        );
      }
      fields.push([field, direction]);
    }
  }
  const primary: Ordering = [];
  const ties: Ordering = [];
  for (const [field, direction] of fields) {
    const columns = sortable[field] ?? field;
    const [first, ...rest] = typeof columns === 'string' ? [columns] : columns;
    primary.push([first as string, direction]);
    for (const column of rest) ties.push([column, direction]);
  }
  return [...primary, ...ties];
}

/**
 * Runs a filtered query as one page: a count and the rows, ordered as asked with `id` as the final tie-breaker so
 * paging never skips or repeats a row. An out-of-range page gives empty data with a correct meta. `fetchRows` runs
 * the page's query when plain `execute()` is not the way (`executeWithoutRowMapping` for camelCase selections).
 */
export async function paginate<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  input: PageInput,
  ordering: Ordering,
  idColumn = 'id',
  fetchRows: (page: SelectQueryBuilder<DB, TB, O>) => Promise<O[]> = (page) => page.execute(),
): Promise<Page<O>> {
  return pageOf(
    input,
    async () => {
      const row = (await countQueryOf(query).executeTakeFirst()) as { total: number | string | bigint } | undefined;
      return Number(row?.total ?? 0);
    },
    (limit, offset) => fetchRows(pageQueryOf(query, ordering, idColumn).limit(limit).offset(offset)),
  );
}

/** The count of a list's query: `select count(*) as "total"` with its joins and filters. */
export function countQueryOf<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>) {
  // biome-ignore lint/suspicious/noExplicitAny: the count query changes the selection shape
  return (query as any).clearSelect().clearOrderBy().select(sql<number>`count(*)`.as('total')) as SelectQueryBuilder<
    DB,
    TB,
    { total: number }
  >;
}

/** A list's query in page order: as asked, then `idColumn` as the final tie-breaker (no limit or offset yet). */
export function pageQueryOf<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  ordering: Ordering,
  idColumn = 'id',
): SelectQueryBuilder<DB, TB, O> {
  // biome-ignore lint/suspicious/noExplicitAny: dynamic column names checked by parseOrderBy
  let q = query as any;
  for (const [column, direction] of ordering) q = q.orderBy(column, direction);
  if (!ordering.some(([c]) => c === idColumn)) q = q.orderBy(idColumn, 'asc');
  return q;
}

/**
 * One page from a count and a page's rows however they are queried (paginate's, or prepared queries of a hot list):
 * the rows are not read when the page is past the end.
 */
export async function pageOf<O>(
  input: PageInput,
  count: () => Promise<number>,
  fetchRows: (limit: number, offset: number) => Promise<O[]>,
): Promise<Page<O>> {
  const page = input.page ?? 1;
  const limit = input.limit ?? 50;
  const total = await count();
  const lastPage = Math.max(1, Math.ceil(total / limit));
  const rows = total > 0 && (page - 1) * limit < total ? await fetchRows(limit, (page - 1) * limit) : [];
  return { data: rows, meta: { currentPage: page, lastPage, total, perPage: limit } };
}

/** Splits a comma-separated query value (`a,b`) into trimmed, non-empty items. */
export function csv(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  const parts = Array.isArray(value) ? value.flatMap((v) => v.split(',')) : value.split(',');
  return parts.map((v) => v.trim()).filter(Boolean);
}

/** A UUID as Roster reads one: its 36 characters, any case (no `urn:uuid:` or braces). */
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A comma-separated (or repeated) list of ids in a query parameter; anything that is not a UUID is a 400 naming it. */
export function uuidList(value: string | string[] | undefined, parameter: string): string[] {
  const ids = csv(value);
  const bad = ids.filter((id) => !uuidPattern.test(id));
  if (bad.length) {
    throw invalid([parameterError('query', parameter, `must be UUIDs; not a UUID: ${bad.map((b) => JSON.stringify(b)).join(', ')}`)]);
  }
  return ids.map((id) => id.toLowerCase());
}

/**
 * The `<name>[gte]` / `<name>[lte]` filters of a list (`updatedAt`, `createdAt`) on `column`: a date alone covers its
 * whole day; an invalid instant is a 400 naming its parameter.
 */
export function whereInstantRange<DB, TB extends keyof DB, O>(
  q: SelectQueryBuilder<DB, TB, O>,
  column: string,
  query: Partial<Record<`${'updatedAt' | 'createdAt'}[${'gte' | 'lte'}]`, string>>,
  name: 'updatedAt' | 'createdAt',
): SelectQueryBuilder<DB, TB, O> {
  const from = query[`${name}[gte]`];
  const to = query[`${name}[lte]`];
  let out = q;
  if (from) out = out.where(sql.ref(column), '>=', instant(from, 'start', `${name}[gte]`));
  if (to) out = out.where(sql.ref(column), '<=', instant(to, 'end', `${name}[lte]`));
  return out;
}

/**
 * Turns a query date or date-time into the stored ISO form (UTC, milliseconds); a date alone is its start or end, and
 * so is a time without fractions of a second for an end.
 * `parameter` names the query parameter in the 400.
 */
export function instant(value: string, bound: 'start' | 'end', parameter: string, mode: 'bound' | 'point' = 'bound'): string {
  // A `+` offset that arrived unencoded was decoded as a space.
  let v = value
    .trim()
    .replace(/(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) (\d{2}:?\d{2})$/, '$1+$2')
    .replace(' ', 'T');
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) v = bound === 'start' ? `${v}T00:00:00.000Z` : `${v}T23:59:59.999Z`;
  const d = new Date(v);
  // Date rolls an impossible day over (2026-02-30 is 2 March): refuse it instead.
  const [, y, m, day] = /^(\d{4})-(\d{2})-(\d{2})/.exec(v) ?? [];
  const dayExists = !!y && isCalendarDay(Number(y), Number(m), Number(day));
  if (Number.isNaN(d.getTime()) || !dayExists) {
    throw invalid([parameterError('query', parameter, `"${value}" is not a valid date-time`)]);
  }
  // Timestamps are shown to the second (`Y-m-dTH:i:sP`) but stored to the millisecond: an end given to the second (or
  // minute) covers all of it, so `updatedAt[lte]` with the updatedAt a record shows includes that record.
  const time = /T\d{2}:\d{2}(:\d{2})?(\.\d+)?/.exec(v);
  const ms = bound === 'end' && time && !time[2] ? d.getTime() + (time[1] ? 999 : 59_999) : d.getTime();
  // Outside years 0001–9999 in UTC (`0000-01-01`, `9999-12-31T23:59:59-23:59`) PostgreSQL has no timestamptz for the
  // value and ISO strings stop comparing in order (`+010000-…`): a bound there means "from the beginning" or "to the
  // end", so it is clamped (the same answer on both databases); a point in time (`processAt`) out there is refused.
  if (ms < minInstant || ms > maxInstant) {
    if (mode === 'point') {
      throw invalid([parameterError('query', parameter, `"${value}" is outside years 0001–9999 (UTC)`)]);
    }
    return new Date(ms < minInstant ? minInstant : maxInstant).toISOString();
  }
  return new Date(ms).toISOString();
}

const minInstant = Date.parse('0001-01-01T00:00:00.000Z');
const maxInstant = Date.parse('9999-12-31T23:59:59.999Z');
