import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from './schema.js';

export type { components, operations, paths };
export type RosterClient = Client<paths>;

/** An RFC 9457 problem as every Roster error answer carries it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  /** Every failing field: an RFC 6901 pointer into the body, or into the query/path parameters (then with `parameter`). */
  errors?: { pointer: string; message: string; location?: 'body' | 'query' | 'path' | 'header'; parameter?: string }[];
  [extra: string]: unknown;
}

export interface RosterClientOptions {
  /** The server, e.g. `https://hr.example.com` (no trailing path). */
  baseUrl: string;
  /** An API key; sent as `Authorization: Bearer <token>`. */
  token: string;
  /** For tests and special transports; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Extra headers on every request (e.g. a User-Agent naming the integration). */
  headers?: Record<string, string>;
}

/**
 * A typed client for every operation of the Roster API: paths, parameters, bodies and answers are checked by the
 * compiler against the generated `schema.d.ts`.
 *
 *   const roster = createRosterClient({ baseUrl, token });
 *   const { data, error } = await roster.GET('/core/v3/employees', { params: { query: { limit: 100 } } });
 */
export function createRosterClient(options: RosterClientOptions): RosterClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    headers: options.headers,
  });
  const auth: Middleware = {
    onRequest({ request }) {
      request.headers.set('authorization', `Bearer ${options.token}`);
      return request;
    },
  };
  client.use(auth);
  return client;
}

/** An error answer turned into an exception, for callers that prefer throwing to checking `error`. */
export class RosterApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(`${status} ${problem.title}: ${problem.detail}`);
    this.name = 'RosterApiError';
  }
}

/** Returns `data` of an openapi-fetch result, or throws RosterApiError with the server's problem details. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const problem = (result.error ?? {}) as Partial<Problem>;
    throw new RosterApiError(result.response.status, {
      type: problem.type ?? 'about:blank',
      title: problem.title ?? result.response.statusText,
      status: result.response.status,
      detail: problem.detail ?? `HTTP ${result.response.status}`,
      ...problem,
    });
  }
  return result.data as T;
}
