import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import FindMyWay from 'find-my-way';
import { isForeignKeyViolation } from '../db/constraint-errors.js';
import { databaseTrouble } from '../db/transient-errors.js';
import { SqliteWriterBusyError } from '../db/writer-gate.js';
import { DomainError, type FieldError, fieldLabel, parameterError, pointerToken, problemFor } from './errors.js';

type AjvError = {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
};

const locations: Record<string, FieldError['location']> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'header',
};

function fieldErrors(validation: AjvError[], context: string | undefined): FieldError[] {
  const location = locations[context ?? 'body'] ?? 'body';
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const e of validation) {
    // anyOf/oneOf wrappers repeat what their branches said.
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if') continue;
    // AJV's instancePath is already an RFC 6901 pointer (escaped); "" is the whole object.
    let pointer = e.instancePath;
    const missing = e.params.missingProperty ?? e.params.additionalProperty;
    if (typeof missing === 'string') pointer = `${pointer}/${pointerToken(missing)}`;
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'enum' && Array.isArray(e.params.allowedValues)) {
      message = `must be one of: ${e.params.allowedValues.filter((v) => v !== null).join(', ')}`;
    } else if (e.keyword === 'format') {
      message =
        e.params.format === 'ip-or-cidr'
          ? 'must be an IP address or a CIDR range (e.g. 203.0.113.7 or 203.0.113.0/24)'
          : `must be a valid ${String(e.params.format)}`;
    } else if (e.keyword === 'required') {
      message = 'is required';
    } else if (e.keyword === 'type' && (Array.isArray(e.params.type) || typeof e.params.type === 'string')) {
      // Nullable fields fail with the types ["integer", "null"] (AJV's message prints "integer,null"): say it in words.
      const types = Array.isArray(e.params.type) ? e.params.type.map(String) : e.params.type.split(',');
      message = `must be ${types.join(' or ')}`;
    } else if (e.keyword === 'const') {
      message = `must be ${JSON.stringify(e.params.allowedValue)}`;
    }
    const key = `${pointer}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (location === 'body') {
      out.push({ pointer, message });
      continue;
    }
    // A parameter is named by the pointer's first token (unescaped); a deeper pointer is an item of an array parameter.
    const first = pointer.split('/')[1];
    const parameter = first === undefined ? undefined : first.replaceAll('~1', '/').replaceAll('~0', '~');
    out.push(parameter === undefined ? { pointer, location, message } : { pointer, location, parameter, message });
  }
  return out;
}

/** The validator compiler the app gives Fastify (app.ts), to check the parts of a request Fastify did not get to. */
export type SchemaCompiler = (route: { schema: object; httpPart?: string }) => ((data: unknown) => boolean) & {
  errors?: AjvError[] | null;
};

/** The parts of a request a route's schema may check, in the order errors are listed; Fastify's name of each. */
const requestParts = [
  { part: 'params', read: (r: FastifyRequest) => r.params },
  { part: 'querystring', read: (r: FastifyRequest) => r.query },
  { part: 'body', read: (r: FastifyRequest) => r.body },
  { part: 'headers', read: (r: FastifyRequest) => r.headers },
] as const;

const compiledParts = new WeakMap<object, ReturnType<SchemaCompiler>>();

/**
 * Fastify validates a request's parts one after the other (path, body, query, headers) and stops at the first that
 * fails; API.md promises every field that failed. So when one part failed, the others are checked too, with the same
 * compiler (same coercion and keywords), and their errors join the first part's: a PUT to `/departments/not-a-uuid`
 * with `{"name": 5}` hears of both. Null when only the one part failed (the usual answer is made of it).
 */
function everyFailingPart(
  error: FastifyError & { validation: AjvError[]; validationContext?: string },
  request: FastifyRequest,
  compile: SchemaCompiler,
): DomainError | null {
  const schema = request.routeOptions?.schema as Record<string, unknown> | undefined;
  if (!schema || !error.validationContext) return null;
  const errors: FieldError[] = [];
  let parts = 0;
  for (const { part, read } of requestParts) {
    if (part === error.validationContext) {
      errors.push(...fieldErrors(error.validation, part));
      parts += 1;
      continue;
    }
    const partSchema = schema[part];
    const data = read(request);
    // A body Fastify has not parsed as JSON (a raw upload) is the route's to check.
    if (!partSchema || typeof partSchema !== 'object' || data === undefined || Buffer.isBuffer(data) || typeof data === 'string') continue;
    let validate = compiledParts.get(partSchema);
    if (!validate) {
      validate = compile({ schema: partSchema, httpPart: part });
      compiledParts.set(partSchema, validate);
    }
    if (validate(data)) continue;
    errors.push(...fieldErrors(validate.errors ?? [], part));
    parts += 1;
  }
  if (parts < 2) return null;
  return new DomainError('validation', `The request failed validation: ${errors.map((e) => `${fieldLabel(e)} ${e.message}`).join('; ')}.`, {
    errors,
  });
}

/** Maps Fastify's own errors (parsing, limits, validation) to the closed list of domain error codes. */
function toDomainError(error: FastifyError & { validation?: AjvError[]; validationContext?: string }): DomainError | null {
  if (error instanceof DomainError) return error;
  if (error.validation) {
    const errors = fieldErrors(error.validation, error.validationContext);
    const where =
      error.validationContext === 'querystring'
        ? 'query parameters'
        : error.validationContext === 'params'
          ? 'path parameters'
          : error.validationContext === 'headers'
            ? 'headers'
            : 'request body';
    return new DomainError(
      'validation',
      `The ${where} failed validation: ${errors.map((e) => `${fieldLabel(e)} ${e.message}`).join('; ')}.`,
      {
        errors,
      },
    );
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new DomainError('payload_too_large', 'The request body is larger than the server accepts.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new DomainError('unsupported_media_type', 'Send the body as application/json.');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new DomainError('validation', 'Content-Length does not match the body.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new DomainError('validation', `The body is not valid JSON: ${error.message}`);
  }
  const trouble = databaseTrouble(error);
  if (trouble) {
    const message =
      error instanceof SqliteWriterBusyError
        ? error.message
        : trouble === 'busy'
          ? 'The database is busy with another write (for example an HR data sync file being applied); nothing was changed. Retry in a few seconds.'
          : 'The database cannot be reached right now. Retry in a few seconds (a POST with the same Idempotency-Key is applied once).';
    return new DomainError('unavailable', message, { headers: { 'retry-after': '5' } });
  }
  // Writes lock the rows they refer to (db/locks.ts); should one still meet a row deleted at the same moment, the
  // transaction was rolled back and the client is told to look again, not given a 500. Logged, as it means a missed lock.
  if (isForeignKeyViolation(error)) {
    return new DomainError(
      'conflict',
      'Something this request refers to was deleted at the same moment; nothing was changed. Read it again, then retry.',
    );
  }
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON') {
    return new DomainError('validation', `The body is not valid JSON: ${error.message}`);
  }
  if (error.statusCode === 413) return new DomainError('payload_too_large', 'The request body is too large.');
  if (error.statusCode === 415) return new DomainError('unsupported_media_type', error.message);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new DomainError('validation', error.message);
  }
  return null;
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: DomainError) {
  const problem = problemFor(error, request.url.split('?')[0] ?? request.url, String(request.id));
  for (const [name, value] of Object.entries(error.details.headers ?? {})) reply.header(name, value);
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

/** The order `Allow` lists methods in; any other method follows in alphabetical order. */
const methodOrder = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const methodRank = (m: string) => (methodOrder.includes(m) ? methodOrder.indexOf(m) : methodOrder.length);
const byMethodOrder = (a: string, b: string) => methodRank(a) - methodRank(b) || a.localeCompare(b);

/**
 * The app's route table, kept by an onRoute hook in a router of its own (Fastify's router, find-my-way, with the
 * app's options) so the not-found handler can tell an unknown path (404) from a known path asked with a method it
 * does not have (405). HEAD appears wherever Fastify exposes it for a GET; OPTIONS only where a route serves it.
 */
function routeTable(app: FastifyInstance) {
  const options = app.initialConfig;
  const maxParamLength = options.routerOptions?.maxParamLength ?? options.maxParamLength ?? 100;
  const router = FindMyWay({
    ignoreTrailingSlash: options.routerOptions?.ignoreTrailingSlash ?? options.ignoreTrailingSlash,
    ignoreDuplicateSlashes: options.routerOptions?.ignoreDuplicateSlashes ?? options.ignoreDuplicateSlashes,
    caseSensitive: options.caseSensitive,
    maxParamLength,
  });
  const methods = new Set<FindMyWay.HTTPMethod>();
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat() as FindMyWay.HTTPMethod[]) {
      methods.add(method);
      // Routes that differ only by constraints are one entry here: the question is only whether the method exists.
      if (!router.hasRoute(method, route.url)) router.on(method, route.url, () => {});
    }
  });
  return {
    maxParamLength,
    /** The methods the path has routes for, in `Allow` order; empty for a path no route matches. */
    allowedMethods: (path: string): string[] => [...methods].filter((m) => router.find(m, path) !== null).sort(byMethodOrder),
    /**
     * The names of the path parameters that the segments at `bad` (indexes into `path.split('/')`) would be, were
     * they well-formed, on the route the path then reaches (the request's method first); none when it reaches none.
     */
    parametersAt(method: string, path: string, bad: number[]): string[] {
      const segments = path.split('/');
      const marks = new Set<string>();
      for (const [n, i] of bad.entries()) {
        segments[i] = `~bad${n}~`;
        marks.add(segments[i]);
      }
      const probe = segments.join('/');
      const found =
        router.find(method as FindMyWay.HTTPMethod, probe) ?? [...methods].map((m) => router.find(m, probe)).find((f) => f !== null);
      return Object.entries(found?.params ?? {})
        .filter(([, value]) => value !== undefined && marks.has(value))
        .map(([name]) => name);
    },
  };
}

/** Answers an error Fastify's router meets before any route or hook runs (app.ts passes it as `frameworkErrors`). */
export type RouterErrorHandler = (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => void;

const decodable = (segment: string) => {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
};

/**
 * The 400 for a path the router could not read: a segment whose percent-encoding is not UTF-8 (`%ff`, `%E0%A4%A`) or
 * one longer than the router takes (maxParamLength). Where such a segment is a path parameter of the route the path
 * reaches, it is named as in every other path-parameter 400 (pointer `/id`, location path, parameter id).
 */
function unreadablePath(error: FastifyError, request: FastifyRequest, table: ReturnType<typeof routeTable>): DomainError {
  const path = request.url.split('?')[0] ?? request.url;
  const segments = path.split('/');
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  if (!tooLong && error.code !== 'FST_ERR_BAD_URL') return new DomainError('validation', error.message);
  const bad = segments.flatMap((segment, i) => ((tooLong ? segment.length > table.maxParamLength : !decodable(segment)) ? [i] : []));
  const message = tooLong
    ? `is longer than the ${table.maxParamLength} characters a path parameter may have`
    : 'is not UTF-8 once percent-decoded: percent-encode its UTF-8 bytes, as RFC 3986 says';
  const errors = table.parametersAt(request.method, path, bad).map((name) => parameterError('path', name, message));
  if (errors.length) {
    return new DomainError(
      'validation',
      `The path parameters failed validation: ${errors.map((e) => `${e.parameter} ${e.message}`).join('; ')}.`,
      {
        errors,
      },
    );
  }
  return new DomainError(
    'validation',
    tooLong
      ? `The request path is not valid: a segment ${message}.`
      : `The request path is not valid: ${error.message} (percent-encode it as RFC 3986 says).`,
  );
}

/**
 * What Node's HTTP parser refuses before Fastify sees a request (headers too large, a malformed request line, a client
 * too slow to send its headers): answered as problem+json, with the reason, before the connection is closed.
 */
export function problemOnClientError(this: FastifyInstance, err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const error =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? new DomainError('header_fields_too_large', 'The request headers are larger than the server accepts; send fewer or shorter headers.')
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? new DomainError('request_timeout', 'The request was not received in time; send it again.')
        : new DomainError('validation', 'The request is not valid HTTP/1.1.');
  // No request was made of it: the id is new, in the body and the header as on every other answer.
  const requestId = randomUUID();
  this.log.debug({ err, reqId: requestId }, 'client error');
  if (socket.writable) {
    const problem = problemFor(error, '/', requestId);
    const body = JSON.stringify(problem);
    socket.write(
      `HTTP/1.1 ${problem.status} ${problem.title}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/problem+json\r\nX-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}

/**
 * `beforeUnrouted` runs before an answer no route gives — a 404/405 for a path without a route, a 400 for a path the
 * router cannot read — (the rate budget: auth.ts); it may throw. Returns the handler of the router's own errors.
 */
export function registerErrorHandling(
  app: FastifyInstance,
  beforeUnrouted?: (request: FastifyRequest, reply: FastifyReply) => Promise<void>,
  compile?: SchemaCompiler,
): RouterErrorHandler {
  app.setErrorHandler((error: FastifyError & { validation?: AjvError[]; validationContext?: string }, request, reply) => {
    const domain =
      (error.validation && compile ? everyFailingPart(error as typeof error & { validation: AjvError[] }, request, compile) : null) ??
      toDomainError(error);
    if (domain) {
      if (domain.code === 'internal') request.log.error({ err: error }, 'internal error');
      else if (domain.code === 'unavailable') request.log.warn({ err: error }, 'database unavailable');
      else if (isForeignKeyViolation(error)) request.log.warn({ err: error }, 'a referenced row was deleted at the same moment');
      return sendProblem(request, reply, domain);
    }
    // Never leak internals: the log has the stack, the client gets the requestId.
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, new DomainError('internal', 'An unexpected error occurred. Quote the requestId when reporting it.'));
  });
  const table = routeTable(app);
  /** The 429 when the caller's budget is spent; null otherwise (also when it could not be counted). */
  const spendUnrouted = async (request: FastifyRequest, reply: FastifyReply): Promise<DomainError | null> => {
    if (!beforeUnrouted) return null;
    try {
      await beforeUnrouted(request, reply);
    } catch (err) {
      const domain = toDomainError(err as FastifyError);
      if (domain) return domain;
      request.log.warn({ err }, 'rate budget of an unrouted request not counted');
    }
    return null;
  };
  // No route matched. A path the app has with other methods is a 405 naming them (before authentication, as for a
  // 404: it only tells what /openapi.json publishes). A route that calls callNotFound itself matched its method: 404.
  app.setNotFoundHandler(async (request, reply) => {
    const limited = await spendUnrouted(request, reply);
    if (limited) return sendProblem(request, reply, limited);
    const path = request.url.split('?')[0] ?? request.url;
    const allowed = table.allowedMethods(path);
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      const list = allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}` : allowed[0];
      return sendProblem(
        request,
        reply,
        new DomainError('method_not_allowed', `${request.method} is not allowed on ${path}; use ${list}.`, {
          headers: { allow: allowed.join(', ') },
        }),
      );
    }
    return sendProblem(request, reply, new DomainError('not_found', `No route ${request.method} ${path}.`));
  });
  // The router's own errors come before any hook: the budget is spent here, as for a 404, so they carry the RateLimit
  // headers too (and are a 429 once it is spent).
  return (error, request, reply) => {
    spendUnrouted(request, reply)
      .then((limited) => sendProblem(request, reply, limited ?? unreadablePath(error, request, table)))
      .catch((err) => {
        request.log.error({ err }, 'unhandled error');
        sendProblem(request, reply, new DomainError('internal', 'An unexpected error occurred. Quote the requestId when reporting it.'));
      });
  };
}
