import { type Static, type TSchema, Type } from 'typebox';

/** Building blocks every route schema uses, so the envelope, ids, dates and errors look the same everywhere. */

export const Uuid = (description?: string) => Type.String({ format: 'uuid', ...(description ? { description } : {}) });
export const DateString = (description?: string) =>
  Type.String({ format: 'date', examples: ['2026-01-05'], ...(description ? { description } : {}) });
export const DateTime = (description?: string) =>
  Type.String({
    format: 'date-time',
    examples: ['2026-01-05T09:00:00+00:00'],
    ...(description ? { description } : {}),
  });

/** A value or null; rendered as `type: [T, "null"]` (OpenAPI 3.1) so serialization stays fast. */
export function Nullable<T extends TSchema>(schema: T) {
  const s = schema as unknown as Record<string, unknown>;
  const type = s.type;
  if (typeof type === 'string') {
    const { enum: values, ...rest } = s;
    return Type.Unsafe<Static<T> | null>({
      ...rest,
      type: [type, 'null'],
      ...(Array.isArray(values) ? { enum: [...values, null] } : {}),
    });
  }
  return Type.Unsafe<Static<T> | null>({ anyOf: [schema, { type: 'null' }] });
}

/** A closed set of strings, validated with a message that lists the allowed values. */
export function StringEnum<const T extends readonly string[]>(values: T, options: Record<string, unknown> = {}) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

export const Meta = Type.Object(
  {
    currentPage: Type.Integer({ examples: [1] }),
    lastPage: Type.Integer({ examples: [1] }),
    total: Type.Integer({ examples: [1] }),
    perPage: Type.Integer({ examples: [50] }),
  },
  { description: 'Pagination of the answer; single objects carry it too, as Sesame does.' },
);
export type MetaT = Static<typeof Meta>;

export const Envelope = <T extends TSchema>(data: T) => Type.Object({ data, meta: Meta });
export const ListEnvelope = <T extends TSchema>(item: T, meta: TSchema = Meta) => Type.Object({ data: Type.Array(item), meta });
export const EmptyEnvelope = Type.Object({
  data: Type.String({ examples: [''], description: 'Always the empty string.' }),
  meta: Meta,
});

export const singleMeta: MetaT = { currentPage: 1, lastPage: 1, total: 1, perPage: 1 };

export const Problem = Type.Object(
  {
    type: Type.String({ description: 'Path on this server that documents the problem type.', examples: ['/problems/validation'] }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.String(),
    requestId: Type.String(),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          pointer: Type.String({
            description:
              'RFC 6901 JSON pointer into the object the field belongs to: the body (`/email`; `""` for the whole body) or the query or path parameters (`/limit`, `/id`).',
          }),
          message: Type.String(),
          location: Type.Optional(
            StringEnum(['body', 'query', 'path', 'header'], { description: 'Where the field is; the body when absent.' }),
          ),
          parameter: Type.Optional(
            Type.String({ description: 'For query, path and header fields: the parameter name (`limit`, `status[in]`).' }),
          ),
        }),
      ),
    ),
  },
  { $id: 'Problem', title: 'Problem', additionalProperties: true, description: 'RFC 9457 problem details' },
);

/** Reference to the shared Problem schema (registered once in app.ts). */
export const ProblemRef = { $ref: 'Problem#' };

/** Page and limit, the one pagination of every list. */
export const PageQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, default: 1, description: 'Page number, 1-based.' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Items per page (max 500).' })),
};

export const OrderByQuery = (sortable: readonly string[]) =>
  Type.Optional(
    Type.String({
      description: `Sort, e.g. \`${sortable[0]} asc, ${sortable[1] ?? sortable[0]} desc\`. Sortable fields: ${sortable.join(', ')}.`,
      examples: [`${sortable[0]} asc`],
    }),
  );

/** A date or date-time in a query string (a `+` offset may arrive decoded as a space). */
export const InstantQuery = (description: string) =>
  Type.String({
    pattern: '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+ -]\\d{2}:?\\d{2})?)?$',
    description,
    examples: ['2026-01-05T09:00:00+01:00'],
  });

/**
 * A yes/no query parameter: `true`/`false` or `1`/`0`, as integrators send them (anything else is a 400 that lists
 * them). Read it with `queryBoolean`: `true`/`false` arrive as booleans, `1`/`0` as strings.
 */
export const BooleanQuery = (description: string, options: { default?: boolean } = {}) =>
  Type.Unsafe<boolean | QueryBooleanString>({
    anyOf: [{ type: 'boolean' }, { type: 'string', enum: ['true', 'false', '1', '0'] }],
    description: `${description} \`true\`/\`false\` or \`1\`/\`0\`.`,
    ...(options.default === undefined ? {} : { default: options.default }),
  });

type QueryBooleanString = 'true' | 'false' | '1' | '0';

/** The value of a `BooleanQuery` parameter; undefined when it was not sent (and has no default). */
export const queryBoolean = (value: boolean | QueryBooleanString | undefined): boolean | undefined =>
  value === undefined ? undefined : value === true || value === 'true' || value === '1';

/**
 * The sentence a list route's description gives about its order, so /docs shows the default, the sortable fields and
 * the tie-breaker next to the operation (the `orderBy` parameter lists the fields too).
 */
export const orderByNote = (defaultOrder: string, sortable: Record<string, unknown>) =>
  `Sorted by ${defaultOrder} unless \`orderBy\` says otherwise. Sortable fields: ${Object.keys(sortable)
    .map((f) => `\`${f}\``)
    .join(', ')}; ties break on \`id\`.`;

export const UpdatedAtQuery = {
  'updatedAt[gte]': Type.Optional(InstantQuery('Only items changed at or after this instant (incremental sync).')),
  'updatedAt[lte]': Type.Optional(InstantQuery('Only items changed at or before this instant.')),
};

export const IdParams = Type.Object({ id: Uuid() });
