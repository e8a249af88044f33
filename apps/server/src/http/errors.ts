/**
 * One error model: services throw DomainError with a code from this closed list; the HTTP layer maps the code to a
 * status and writes RFC 9457 problem+json. Services never know about HTTP statuses.
 */
export const problemTypes = {
  validation: {
    status: 400,
    title: 'Invalid request',
    description:
      'The request is malformed or a field is invalid. `errors` lists every failing field: an RFC 6901 JSON pointer into the body, or into the query or path parameters (with `location` and `parameter`).',
  },
  unauthorized: {
    status: 401,
    title: 'Authentication required',
    description:
      'The API key is missing, unknown or revoked. Send it as `Authorization: Bearer <token>`, `X-API-KEY: <token>` or Basic `api-key:<token>`.',
  },
  forbidden: {
    status: 403,
    title: 'Not allowed',
    description: 'The API key lacks the scope this operation needs, or the caller address is not in its allow-list.',
  },
  not_found: { status: 404, title: 'Not found', description: 'No resource with this id exists for your company.' },
  method_not_allowed: {
    status: 405,
    title: 'Method not allowed',
    description: 'The path exists but does not accept this HTTP method. The `Allow` header lists the methods it accepts.',
  },
  conflict: {
    status: 409,
    title: 'Conflict',
    description:
      'The request conflicts with the current state: a duplicate unique value, a resource still in use, or a request with the same Idempotency-Key still running.',
  },
  gone: {
    status: 410,
    title: 'Gone',
    description:
      'What the request points at is no longer kept. For the change feed: the cursor is older than the event retention, so events after it may have been deleted; resynchronise from the list endpoints and read the feed again without `after`.',
  },
  request_timeout: {
    status: 408,
    title: 'Request timeout',
    description: 'The request did not arrive in full in time (its headers or body came too slowly). Send it again.',
  },
  precondition_failed: {
    status: 412,
    title: 'Precondition failed',
    description: 'The If-Match header does not match the current ETag of the resource. Read it again and retry.',
  },
  payload_too_large: { status: 413, title: 'Payload too large', description: 'The request body exceeds the size limit.' },
  unsupported_media_type: {
    status: 415,
    title: 'Unsupported media type',
    description: 'Send the body with a Content-Type this operation accepts (usually application/json).',
  },
  unprocessable: {
    status: 422,
    title: 'Business rule violated',
    description:
      'The request is well-formed but breaks a business rule (for example a manager cycle), or reuses an Idempotency-Key for another method or path or with a different body.',
  },
  header_fields_too_large: {
    status: 431,
    title: 'Request header fields too large',
    description: 'The request headers are larger than the server accepts (16 KiB in all by default). Send fewer or shorter headers.',
  },
  rate_limited: {
    status: 429,
    title: 'Too many requests',
    description: 'The per-minute request budget is spent. Retry after the number of seconds in Retry-After.',
  },
  internal: { status: 500, title: 'Internal error', description: 'Something failed on the server. Quote the requestId when reporting it.' },
  unavailable: {
    status: 503,
    title: 'Service unavailable',
    description:
      'The database is not reachable, or (SQLite) busy with an HR data sync file being applied. Nothing was changed: retry after the number of seconds in Retry-After.',
  },
} as const;

export type ErrorCode = keyof typeof problemTypes;

export interface FieldError {
  /**
   * RFC 6901 JSON pointer into the object the field belongs to: the request body (`/email`, `/customFields/0/value`;
   * `""` for the whole body), or the query or path parameters (`/limit`, `/id`).
   */
  pointer: string;
  message: string;
  /** Where the field is: body (default), query, path or header. */
  location?: 'body' | 'query' | 'path' | 'header';
  /** For query, path and header fields: the parameter's name (`limit`, `status[in]`), as JSON:API's `parameter`. */
  parameter?: string;
}

/** One RFC 6901 reference token: `~` and `/` are escaped. */
export const pointerToken = (token: string | number) => String(token).replaceAll('~', '~0').replaceAll('/', '~1');

/** A query, path or header parameter that failed: pointer `/<name>` into that location, and the name itself. */
export const parameterError = (location: 'query' | 'path' | 'header', parameter: string, message: string): FieldError => ({
  pointer: `/${pointerToken(parameter)}`,
  location,
  parameter,
  message,
});

/** How an error names its field in a sentence: the parameter's name, else the pointer ("the body" for the whole body). */
export const fieldLabel = (e: FieldError) =>
  e.parameter !== undefined && e.pointer === `/${pointerToken(e.parameter)}` ? e.parameter : e.pointer || 'the body';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { errors?: FieldError[]; headers?: Record<string, string>; [k: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string, id?: string) =>
  new DomainError('not_found', id ? `${what} ${id} was not found.` : `${what} was not found.`);
export const conflict = (message: string, field?: string) =>
  new DomainError('conflict', message, field ? { errors: [{ pointer: `/${field}`, message }] } : {});
export const unprocessable = (message: string, field?: string) =>
  new DomainError('unprocessable', message, field ? { errors: [{ pointer: `/${field}`, message }] } : {});
export const invalid = (errors: FieldError[], message?: string) =>
  new DomainError('validation', message ?? errors.map((e) => `${fieldLabel(e)}: ${e.message}`).join('; '), { errors });

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId: string;
  errors?: FieldError[];
  [k: string]: unknown;
}

export function problemFor(error: DomainError, instance: string, requestId: string): Problem {
  const def = problemTypes[error.code];
  const { errors, headers: _headers, ...extra } = error.details;
  return {
    type: `/problems/${error.code.replaceAll('_', '-')}`,
    title: def.title,
    status: def.status,
    detail: error.message,
    instance,
    requestId,
    ...(errors?.length ? { errors } : {}),
    ...extra,
  };
}
