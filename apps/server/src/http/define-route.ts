import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Static, type TSchema, Type } from 'typebox';
import type { ServiceContext } from '../context.js';
import { lockResource } from '../db/locks.js';
import { inTransaction } from '../platform/audit/record-change.js';
import { idempotencyPreHandler } from '../platform/idempotency/idempotency.js';
import type { AppDeps } from './app-deps.js';
import { authenticate } from './auth.js';
import { DomainError, type FieldError, parameterError } from './errors.js';
import { etagMatches, etagOf, etagOfJson } from './etag.js';
import { csv } from './pagination.js';
import { EmptyEnvelope, Envelope, ListEnvelope, type MetaT, ProblemRef, singleMeta } from './schema-kit.js';

type Kind = 'item' | 'list' | 'empty';

const singleMetaJson = JSON.stringify(singleMeta);

/** A reply serialized by `serialize` instead of the response schema (Fastify then sets no content type itself). */
function plainJson(reply: FastifyReply, serialize: (payload: unknown) => string) {
  reply.type('application/json; charset=utf-8');
  reply.serializer(serialize);
}

export interface RouteDef<P extends TSchema, Q extends TSchema, B extends TSchema, R extends TSchema, K extends Kind> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  /** Scope the key must hold; null for operations that only need a valid key. */
  scope: string | null;
  params?: P;
  querystring?: Q;
  body?: B;
  kind: K;
  /** Schema of `data` (of one item for lists); omitted for `empty`. */
  response?: R;
  /** For lists: the schema of `meta` when it is not page-based (the change feed's cursor); Meta by default. */
  listMeta?: TSchema;
  /** HTTP status of success; 200 by default (Sesame never answers 201/204). */
  successStatus?: number;
  /** Extra error statuses this operation can answer (400/401/403/429/500 are always declared; 503 for writes). */
  errors?: number[];
  /**
   * For results built field by field in the response schema's shape and types (no extra properties): serialize with
   * `JSON.stringify` instead of the schema's serializer. For a page of 100 employees it is ~20 % cheaper, mostly
   * because V8 must flatten the schema serializer's concatenated string before writing it; an item with an ETag is
   * serialized once for both. A test must hold such a route's answers to what the schema's serializer makes of them.
   */
  plainJson?: boolean;
  /** For GET of one resource: send an ETag and honour If-None-Match. */
  etag?: boolean;
  /**
   * Whether the operation runs in one transaction with the other writes of the same resource kept out until it ends
   * (PostgreSQL: an advisory lock on the resource; SQLite runs one write transaction at a time). By default for writes
   * of one resource (a path parameter, or If-Match); `false` for one that must not hold a transaction (a webhook test
   * send waits for the receiver).
   */
  serialize?: boolean;
  /** For PUT/DELETE: loads the current representation so If-Match can be checked (412 on mismatch). */
  current?: (ctx: ServiceContext, input: HandlerInput<P, Q, B>) => Promise<unknown>;
  handler: (
    ctx: ServiceContext,
    input: HandlerInput<P, Q, B>,
  ) => Promise<K extends 'list' ? { data: Static<R>[]; meta: MetaT | Record<string, unknown> } : K extends 'empty' ? unknown : Static<R>>;
}

export interface HandlerInput<P extends TSchema, Q extends TSchema, B extends TSchema> {
  params: Static<P>;
  query: Static<Q>;
  body: Static<B>;
  request: FastifyRequest;
  reply: FastifyReply;
}

const statusDescriptions: Record<number, string> = {
  400: 'Invalid request: every failing field is listed in `errors`.',
  401: 'Missing, unknown or revoked API key.',
  403: 'The API key lacks the required scope or the caller IP is not allowed.',
  404: 'Not found (or belongs to another company).',
  409: 'Conflict with the current state.',
  410: 'Gone: no longer kept (for the change feed, a cursor older than the retention).',
  412: 'If-Match does not match the current ETag.',
  413: 'Body too large.',
  415: 'Unsupported Content-Type.',
  422: 'Business rule violated.',
  429: 'Rate limit exceeded; see Retry-After.',
  500: 'Internal error (no details are exposed; quote the requestId).',
  503: 'The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After.',
};

/**
 * Query names the route's schema does not define are ignored (as Sesame does), except where ignoring them would
 * answer another question than the one asked, which is a 400 that says what the route has:
 * - a filter operator it lacks (`updatedAt[gt]` for `updatedAt[gte]`, `name[contains]`, `status[in][x]`, `a[[b]]`):
 *   the whole list would come back. Any name with brackets is read as a filter.
 * - an `[in]` filter with no value (`status[in]=`): an empty selection is not "no filter";
 * - `onlyReturn=deleted` (Sesame's parameter for lists that keep deleted rows) on a list that keeps none: live rows
 *   would come back to a client that asked for deleted ones (`not_deleted` and `all` are what such a list answers).
 * A number must be written in decimal digits (`limit=0x10` or `page=1e2` is a 400, not 16 or 100).
 * Array parameters are also read as `qs` and axios write them: `departmentIds[]=a`, `departmentIds[0]=a`, and for an
 * `[in]` filter `status[in][]=a&status[in][]=b` (the same as `status[in]=a,b`).
 */
export function queryGuard(querystring: TSchema | undefined, kind: Kind, deletedEvent: () => string | null) {
  const properties = (querystring as { properties?: Record<string, { type?: unknown }> } | undefined)?.properties ?? {};
  const defined = new Set(Object.keys(properties));
  const operators = [...defined].filter((name) => name.includes('['));
  const numeric = Object.entries(properties)
    .filter(([, schema]) => schema.type === 'integer' || schema.type === 'number')
    .map(([name, schema]) => ({ name, pattern: schema.type === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/ }));
  const selections = operators.filter((name) => name.endsWith('[in]'));
  // Filters given with no value (`externalId=`, `departmentIds=,`): a 400 rather than the unfiltered list, which a
  // client looking someone up by a key that happens to be blank would take for its match. Parameters whose empty value
  // means their default keep it: `orderBy=` (the default order) and `after=` (the change feed's cursor: from the start,
  // as a first poll sends it).
  const unset = new Set(['orderBy', 'after']);
  const listed = new Set(
    Object.entries(properties)
      .filter(([name, schema]) => schema.type === 'array' || name.endsWith('[in]'))
      .map(([name]) => name),
  );
  const texts = Object.entries(properties)
    .filter(([name, schema]) => (schema.type === 'string' || listed.has(name)) && !unset.has(name) && !selections.includes(name))
    .map(([name]) => name);
  const checkDeleted = kind === 'list' && !defined.has('onlyReturn');
  return async (request: FastifyRequest): Promise<void> => {
    const query = request.query as Record<string, unknown> | undefined;
    if (!query) return;
    const errors: FieldError[] = [];
    // Parameters whose value could not be decoded: that is all there is to say of them (not also "not a number").
    const unreadable = new Set<string>();
    for (const name of undecodableParameters(request.url)) {
      // The parameter as the route names it: `departmentIds[]` and `status[in][0]` are `departmentIds` and `status[in]`.
      const parameter = defined.has(name) ? name : name.replace(/\[\d*\]$/, '');
      if (!defined.has(parameter) || unreadable.has(parameter)) continue;
      unreadable.add(parameter);
      errors.push(
        parameterError('query', parameter, 'is not UTF-8 once percent-decoded: percent-encode its UTF-8 bytes, as RFC 3986 says'),
      );
    }
    for (const name of Object.keys(query)) {
      if (defined.has(name)) continue;
      if (!name.includes('[') && !name.includes(']')) continue;
      const bracketed = /^([^[\]]+)((?:\[[^[\]]*\])+)$/.exec(name);
      const [, base = '', groups = ''] = bracketed ?? [];
      const parts = groups.slice(1, -1).split('][');
      const listIndex = (part: string | undefined) => part === '' || (part !== undefined && /^\d+$/.test(part));
      // `departmentIds[]=a&departmentIds[]=b` (axios, PHP), `departmentIds[0]=a` (qs): the array parameter itself. A
      // parameter of one value written so (`page[]=2`, `code[]=1`) is not read as that value: below, a 400.
      if (bracketed && parts.length === 1 && listIndex(parts[0]) && listed.has(base)) {
        query[base] = [query[base] ?? [], query[name]].flat();
        delete query[name];
        continue;
      }
      // `status[in][]=a&status[in][]=b`: the values of the `[in]` filter.
      const filter = `${base}[${parts[0]}]`;
      if (bracketed && parts.length === 2 && parts[0] === 'in' && listIndex(parts[1]) && defined.has(filter)) {
        query[filter] = [query[filter] ?? [], query[name]].flat().join(',');
        delete query[name];
        continue;
      }
      const plain = bracketed && defined.has(base) ? `; ${base} is a filter of this operation without an operator (${base}=…)` : '';
      const supported = operators.length ? `; its operators: ${operators.join(', ')}` : '; it has no filter operators';
      errors.push(parameterError('query', name, `is not a filter of this operation${plain}${supported}`));
    }
    for (const name of selections) {
      const value = query[name];
      if (value === undefined || unreadable.has(name)) continue;
      if (csv(value as string | string[]).length === 0) {
        errors.push(parameterError('query', name, 'selects nothing: give at least one value (a,b) or leave the parameter out'));
      }
    }
    for (const name of texts) {
      const value = query[name];
      if (value === undefined || unreadable.has(name)) continue;
      const empty = listed.has(name)
        ? csv(value as string | string[]).length === 0
        : (Array.isArray(value) ? value : [value]).every((v) => typeof v === 'string' && !v.trim());
      if (empty) errors.push(parameterError('query', name, 'is empty: give a value, or leave the parameter out'));
    }
    for (const { name, pattern } of numeric) {
      const value = query[name];
      if (value === undefined || unreadable.has(name)) continue;
      const bad = (Array.isArray(value) ? value : [value]).find((v) => typeof v === 'string' && !pattern.test(v.trim()));
      if (bad !== undefined) errors.push(parameterError('query', name, `must be a number in decimal digits, not ${JSON.stringify(bad)}`));
    }
    if (checkDeleted && query.onlyReturn === 'deleted') {
      const type = deletedEvent();
      const feed = `the change feed (GET /event/v1/events${type ? `, types=${type}` : ''})`;
      errors.push(parameterError('query', 'onlyReturn', `this list keeps no deleted items: read deletions from ${feed} or webhooks`));
    }
    if (errors.length) {
      throw new DomainError('validation', `The query is not valid: ${errors.map((e) => `${e.parameter} ${e.message}`).join('; ')}.`, {
        errors,
      });
    }
  };
}

/**
 * The names of the query parameters in `url` whose value (or name) is percent-encoding that is not UTF-8 (`%FF`,
 * `%E0%A4%A`). The query parser leaves such a value as sent, which would be searched for as is: a 400 instead, as
 * in a path. Read from the raw query, and only when it has a `%`.
 */
function undecodableParameters(url: string): string[] {
  const start = url.indexOf('?');
  if (start < 0 || !url.includes('%', start)) return [];
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text.replaceAll('+', ' '));
    } catch {
      return null;
    }
  };
  const names: string[] = [];
  for (const pair of url.slice(start + 1).split('&')) {
    const eq = pair.indexOf('=');
    const name = decode(eq < 0 ? pair : pair.slice(0, eq));
    if (name !== null && (eq < 0 || decode(pair.slice(eq + 1)) !== null)) continue;
    names.push(name ?? pair.slice(0, eq < 0 ? undefined : eq));
  }
  return names;
}

/** Does the schema have a property that is an id (format uuid), at any depth? */
function hasId(schema: unknown, seen = new Set<unknown>()): boolean {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return false;
  seen.add(schema);
  if ((schema as { format?: unknown }).format === 'uuid') return true;
  return Object.values(schema).some((value) => hasId(value, seen));
}

/**
 * The change-feed type of the deletions of the items a list answers (`/core/v3/offices`: office.deleted,
 * `/sync/v1/mappings`: sync_mapping.deleted), or null when the catalogue has none. Looked up on first use: the
 * catalogue is complete only once every module is registered.
 */
function deletedEventOf(deps: AppDeps, url: string): () => string | null {
  let found: string | null | undefined;
  return () => {
    if (found !== undefined) return found;
    const singular = (word: string) =>
      word
        .replace(/ies$/, 'y')
        .replace(/(x|ss|ch|sh)es$/, '$1')
        .replace(/s$/, '');
    // `/sync/v1/mappings` → sync, [mappings]; the segments after the version name the resource.
    const [area = '', , ...rest] = url.split('/').filter(Boolean);
    const resource = rest
      .filter((segment) => !segment.startsWith(':'))
      .map((segment) => singular(segment).replaceAll('-', '_'))
      .join('_');
    const candidates = [`${area}_${resource}.deleted`, `${resource}.deleted`];
    found = candidates.find((type) => deps.eventCatalogue.outboxTypes().includes(type)) ?? null;
    return found;
  };
}

/**
 * Declares one API operation: auth and scope, schemas for validation, serialization and documentation, the
 * `{data, meta}` envelope, declared error responses, ETag / If-Match and Idempotency-Key. Routes call services only.
 */
export function defineRoute<
  P extends TSchema = TSchema,
  Q extends TSchema = TSchema,
  B extends TSchema = TSchema,
  R extends TSchema = TSchema,
  K extends Kind = Kind,
>(app: FastifyInstance, deps: AppDeps, def: RouteDef<P, Q, B, R, K>): void {
  const errorStatuses = new Set([400, 401, 403, 429, 500, ...(def.errors ?? [])]);
  // An id in the body names something that may not exist, or be another company's: a 404, as for an id in the path.
  if (def.params || (def.body && hasId(def.body))) errorStatuses.add(404);
  if (def.current) errorStatuses.add(412);
  // Any write may be sent a body (a DELETE or an action such as …/cancel too): one that is not JSON is a 415, one over
  // the limit a 413, whether or not the operation takes one. GET bodies are not read.
  if (def.body || def.method !== 'GET') {
    errorStatuses.add(413);
    errorStatuses.add(415);
  }
  if (def.method === 'POST') {
    errorStatuses.add(409);
    errorStatuses.add(422);
  }
  // A write waits for the database's writer while an HR data sync file holds it (SQLite), at most SQLITE_WRITE_WAIT_MS.
  if (def.method !== 'GET') errorStatuses.add(503);
  const success =
    def.kind === 'empty'
      ? EmptyEnvelope
      : def.kind === 'list'
        ? ListEnvelope(def.response ?? Type.Any(), def.listMeta)
        : Envelope(def.response ?? Type.Any());
  const response: Record<string, unknown> = { [def.successStatus ?? 200]: { description: 'Success', ...success } };
  if (def.etag) response[304] = { description: 'Not modified (If-None-Match matched the ETag).', type: 'null' };
  for (const status of [...errorStatuses].sort()) {
    response[status] = {
      description: statusDescriptions[status] ?? 'Error',
      content: { 'application/problem+json': { schema: ProblemRef } },
    };
  }
  const scopeNote = def.scope ? `Requires scope \`${def.scope}\`.` : 'Requires any valid API key.';
  const headerProperties: Record<string, TSchema> = {};
  if (def.method === 'POST') {
    headerProperties['idempotency-key'] = Type.Optional(
      Type.String({ maxLength: 255, description: 'Makes the POST safe to retry: the first answer is replayed for 24 h.' }),
    );
  }
  if (def.current) {
    headerProperties['if-match'] = Type.Optional(
      Type.String({
        description:
          'ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since.',
      }),
    );
  } else if (def.etag) {
    headerProperties['if-none-match'] = Type.Optional(Type.String({ description: 'ETag from a previous GET; 304 if unchanged.' }));
  }
  const headers = Object.keys(headerProperties).length ? Type.Object(headerProperties) : undefined;

  const serialize = def.serialize ?? (def.method !== 'GET' && (def.current !== undefined || def.url.includes(':')));

  app.route({
    method: def.method,
    url: def.url,
    schema: {
      operationId: def.operationId,
      summary: def.summary,
      description: [def.description, scopeNote].filter(Boolean).join('\n\n'),
      tags: def.tags,
      security: [{ bearer: [] }, { apiKey: [] }, { basic: [] }],
      ...(def.params ? { params: def.params } : {}),
      ...(def.querystring ? { querystring: def.querystring } : {}),
      ...(def.body ? { body: def.body } : {}),
      ...(headers ? { headers } : {}),
      response,
    },
    onRequest: authenticate(deps, def.scope),
    // Only where there are query parameters to mistake (not on the single reads, the API's hottest path).
    ...(def.querystring || def.kind === 'list'
      ? { preValidation: queryGuard(def.querystring, def.kind, deletedEventOf(deps, def.url)) }
      : {}),
    ...(def.method === 'POST' ? { preHandler: idempotencyPreHandler(deps) } : {}),
    handler: async (request, reply) => {
      const ctx = request.ctx;
      const input = {
        params: request.params as Static<P>,
        query: request.query as Static<Q>,
        body: request.body as Static<B>,
        request,
        reply,
      };
      const run = async (ctx: ServiceContext) => {
        if (def.current) {
          const ifMatch = request.headers['if-match'];
          if (typeof ifMatch === 'string' && ifMatch.trim()) {
            const current = await def.current(ctx, input);
            if (!etagMatches(ifMatch, etagOf(current), 'strong')) {
              throw new DomainError('precondition_failed', 'The resource changed since you read it (If-Match does not match its ETag).');
            }
          }
        }
        const result = await def.handler(ctx, input);
        // A write of a resource that honours If-Match answers the tag of the resource as it now stands, read the way
        // If-Match reads it (in the same transaction), for the next conditional write (the company has no GET of its
        // own: its PUT's answer is where a client finds its tag). Sent once the write has committed.
        if (def.current && def.kind === 'item') writtenTag = etagOf(await def.current(ctx, input));
        return result;
      };
      let writtenTag: string | undefined;
      // One resource's writes run one at a time, each with its If-Match check in its own transaction: of two requests
      // made with the same ETag one is a 412, and a repeated terminate or delete finds the state the first one left.
      const result = serialize
        ? await inTransaction(ctx, async (tx) => {
            // The resource is named by its ids (an employee's PUT, terminate and org-chart manager share one), or the route.
            const ids = Object.values((request.params as Record<string, unknown> | undefined) ?? {});
            await lockResource(tx, ids.length ? ids.join(':') : def.url);
            return run(tx);
          })
        : await run(ctx);
      reply.code(def.successStatus ?? 200);
      if (writtenTag !== undefined) reply.header('etag', writtenTag);
      if (def.kind === 'list') {
        if (def.plainJson) plainJson(reply, JSON.stringify);
        return result;
      }
      if (def.kind === 'empty') return { data: '', meta: singleMeta };
      // plainJson: the item is serialized once, for its ETag and its body alike.
      const json = def.plainJson ? JSON.stringify(result) : undefined;
      if (def.etag) {
        const etag = json === undefined ? etagOf(result) : etagOfJson(json);
        reply.header('etag', etag);
        const ifNoneMatch = request.headers['if-none-match'];
        if (typeof ifNoneMatch === 'string' && etagMatches(ifNoneMatch, etag)) {
          reply.code(304);
          return reply.send();
        }
      }
      if (json !== undefined) plainJson(reply, () => `{"data":${json},"meta":${singleMetaJson}}`);
      return { data: result, meta: singleMeta };
    },
  });
}
