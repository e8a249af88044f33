import { createRosterClient, type operations, RosterApiError, type RosterClient, unwrap } from '@roster/sdk';
import { CliFailure, ExitCode, serverFailure, usageFailure } from './failures.js';

/** A sync file as the API shows it (GET /sync/v1/files/{id}). */
export type SyncFile = operations['SyncFiles_getById']['responses'][200]['content']['application/json']['data'];
export type SyncFileStatus = SyncFile['status'];
export type SyncKind = SyncFile['kind'];
export type SyncFormat = SyncFile['format'];
export type SyncMapping = operations['SyncMappings_getById']['responses'][200]['content']['application/json']['data'];
export type MappingBody = operations['SyncMappings_create']['requestBody']['content']['application/json'];
export type FileErrorLine = { row: number | null; employeeId: string | null; field: string | null; message: string };
type ListQuery = NonNullable<operations['SyncFiles_list']['parameters']['query']>;
type ListMeta = operations['SyncFiles_list']['responses'][200]['content']['application/json']['meta'];

/** Statuses after which nothing more happens to a file (a blocked file waits for `roster sync approve`). */
export const finalStatuses: readonly SyncFileStatus[] = ['skipped', 'blocked', 'error', 'complete', 'complete_with_errors', 'cancelled'];

export interface Connection {
  /** e.g. https://hr.example.com (no trailing slash; a path prefix is kept). */
  baseUrl: string;
  token: string;
}

/** `--url` / `--token`, else ROSTER_URL / ROSTER_TOKEN; a missing or malformed one is a usage error (exit 1). */
export function resolveConnection(options: { url?: string; token?: string }, env: NodeJS.ProcessEnv): Connection {
  const url = (options.url ?? env.ROSTER_URL ?? '').trim();
  // As pasted: surrounding spaces, or the whole header value (`Bearer rk_…`), as `roster key revoke` takes it.
  const token = (options.token ?? env.ROSTER_TOKEN ?? '').trim().replace(/^bearer\s+/i, '');
  if (!url) {
    throw usageFailure('missing_url', 'No server given: pass --url <url> or set ROSTER_URL (e.g. https://hr.example.com).');
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw usageFailure('invalid_url', `"${url}" is not a URL: give the server as https://host[:port] (--url or ROSTER_URL).`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw usageFailure('invalid_url', `"${url}" is not an http(s) URL: give the server as https://host[:port] (--url or ROSTER_URL).`);
  }
  if (!token) {
    throw usageFailure(
      'missing_token',
      'No API key given: set ROSTER_TOKEN (or pass --token <token>) to a key with the scopes sync:read and sync:write.',
    );
  }
  checkToken(token, options.token !== undefined ? '--token' : 'ROSTER_TOKEN');
  parsed.search = '';
  parsed.hash = '';
  return { baseUrl: parsed.toString().replace(/\/+$/, ''), token };
}

/**
 * A Roster API key is `rk_` and base64url characters. Anything else would only be refused by the server — or, with a
 * line break pasted into it, never sent at all (no header may hold one) — so it stops here, before any request, without
 * showing the key.
 */
function checkToken(token: string, source: string): void {
  if (/^rk_[A-Za-z0-9_-]+$/.test(token)) return;
  const what = /[\r\n]/.test(token)
    ? 'contains a line break: set it to the key alone, on one line'
    : /\s/.test(token)
      ? 'contains a space or tab: set it to the key alone'
      : !token.startsWith('rk_')
        ? 'is not a Roster API key: keys start with rk_ (as `roster key create` prints them)'
        : 'contains characters a Roster API key does not have (letters, digits, - and _ after rk_)';
  throw usageFailure('invalid_token', `The API key given in ${source} ${what}.`);
}

/**
 * Redirects are not followed: an upload's body cannot be sent again to where one points, and a key must not follow
 * a redirect to another host (a login page, say). The answer is reported instead (`redirectFailure`).
 */
const withoutRedirects: typeof fetch = (input, init) => fetch(input, { ...init, redirect: 'manual' });

/** Per request; an upload of a large file gets longer. */
const requestTimeoutMs = 60_000;
const uploadTimeoutMs = 10 * 60_000;

type Result<T> = { data?: T; error?: unknown; response: Response };

/**
 * The HR data sync calls of the typed SDK (packages/sdk), with every failure turned into the CLI's exit codes:
 * no answer or not a Roster server → 3, key refused (401/403) → 3, any other refusal (400, 404, 409, 5xx) → 1.
 */
export class SyncApi {
  private readonly client: RosterClient;

  constructor(readonly connection: Connection) {
    this.client = createRosterClient({
      baseUrl: connection.baseUrl,
      token: connection.token,
      fetch: withoutRedirects,
      headers: { 'user-agent': 'roster-cli (HR data sync)' },
    });
  }

  /** An absolute link for a path the API returns (file links are relative to the server). */
  link(path: string): string {
    return `${this.connection.baseUrl}${path}`;
  }

  async upload(
    kind: SyncKind,
    input: { bytes: Uint8Array; format: SyncFormat; filename: string; dryRun: boolean; mappingId: string | null },
  ): Promise<SyncFile> {
    const path = kind === 'employees' ? '/sync/v1/employee-files' : '/sync/v1/position-files';
    const query = { dryRun: input.dryRun, filename: input.filename, ...(input.mappingId ? { mappingId: input.mappingId } : {}) };
    const result = await this.send(`upload ${input.filename}`, uploadTimeoutMs, writeRetry, (signal) =>
      this.client.POST(path, {
        params: { query },
        // The file goes as it is, in its own content type (the server reads XML, CSV and JSON bodies).
        body: input.bytes as never,
        bodySerializer: (body: unknown) => body as BodyInit,
        headers: { 'content-type': contentTypes[input.format] },
        signal,
      }),
    );
    return result.data;
  }

  /** `retryUnreachable`: while waiting for a file the server accepted, ride out a short outage (a restart). */
  async file(id: string, retry: Retry = readRetry): Promise<SyncFile> {
    const result = await this.send(`read file ${id}`, requestTimeoutMs, retry, (signal) =>
      this.client.GET('/sync/v1/files/{id}', { params: { path: { id } }, signal }),
    );
    return result.data;
  }

  async files(query: ListQuery): Promise<{ data: SyncFile[]; meta: ListMeta }> {
    return this.send('list files', requestTimeoutMs, readRetry, (signal) =>
      this.client.GET('/sync/v1/files', { params: { query }, signal }),
    );
  }

  async approve(id: string): Promise<SyncFile> {
    const result = await this.send(`approve file ${id}`, requestTimeoutMs, writeRetry, (signal) =>
      this.client.POST('/sync/v1/files/{id}/approve', { params: { path: { id } }, signal }),
    );
    return result.data;
  }

  async cancel(id: string): Promise<SyncFile> {
    const result = await this.send(`cancel file ${id}`, requestTimeoutMs, writeRetry, (signal) =>
      this.client.POST('/sync/v1/files/{id}/cancel', { params: { path: { id } }, signal }),
    );
    return result.data;
  }

  /** The error report as the server writes it (CSV: row, employee_id, field, message). */
  async errorReportCsv(id: string): Promise<string> {
    return this.send(`read the error report of ${id}`, requestTimeoutMs, readRetry, (signal) =>
      this.client.GET('/sync/v1/files/{id}/errors', { params: { path: { id }, query: { format: 'csv' } }, parseAs: 'text', signal }),
    ) as Promise<string>;
  }

  /** Every line of the error report, page by page (format=json). */
  async errorLines(id: string): Promise<FileErrorLine[]> {
    const lines: FileErrorLine[] = [];
    for (let page = 1; ; page++) {
      const text = (await this.send(`read the error report of ${id}`, requestTimeoutMs, readRetry, (signal) =>
        this.client.GET('/sync/v1/files/{id}/errors', {
          params: { path: { id }, query: { format: 'json', page, limit: 500 } },
          parseAs: 'text',
          signal,
        }),
      )) as string;
      const body = this.parseJson(text) as { data: FileErrorLine[]; meta: { lastPage: number } };
      if (!Array.isArray(body.data) || typeof body.meta?.lastPage !== 'number') throw notRoster(this.connection);
      lines.push(...body.data);
      if (page >= body.meta.lastPage) return lines;
    }
  }

  async mappings(kind: SyncKind): Promise<SyncMapping[]> {
    const all: SyncMapping[] = [];
    for (let page = 1; ; page++) {
      const result = await this.send('list mappings', requestTimeoutMs, readRetry, (signal) =>
        this.client.GET('/sync/v1/mappings', { params: { query: { kind, page, limit: 500 } }, signal }),
      );
      all.push(...result.data);
      if (page >= result.meta.lastPage) return all;
    }
  }

  async createMapping(body: MappingBody): Promise<SyncMapping> {
    const result = await this.send(`create mapping "${body.name}"`, requestTimeoutMs, writeRetry, (signal) =>
      this.client.POST('/sync/v1/mappings', { body, signal }),
    );
    return result.data;
  }

  async updateMapping(id: string, body: Omit<MappingBody, 'kind'>): Promise<SyncMapping> {
    const result = await this.send(`update mapping "${body.name}"`, requestTimeoutMs, writeRetry, (signal) =>
      this.client.PUT('/sync/v1/mappings/{id}', { params: { path: { id } }, body, signal }),
    );
    return result.data;
  }

  /** Confirms that the mapping exists before a file names it (a 404 then says "mapping", not "upload"). */
  async mapping(id: string): Promise<SyncMapping> {
    const result = await this.send(`read mapping ${id}`, requestTimeoutMs, readRetry, (signal) =>
      this.client.GET('/sync/v1/mappings/{id}', { params: { path: { id } }, signal }),
    );
    return result.data;
  }

  private parseJson(text: string): unknown {
    try {
      return JSON.parse(text);
    } catch {
      throw notRoster(this.connection);
    }
  }

  /**
   * One request with a time limit. Reads are tried again after 429 or 502–504 (and, while waiting for an accepted
   * file, after no answer at all); writes only after an answer that says they changed nothing: 429, or Roster's own
   * 503 (a problem+json body: the database was busy with another sync file). A first request to an unreachable server
   * fails at once.
   */
  private async send<T>(what: string, timeoutMs: number, retry: Retry, request: (signal: AbortSignal) => Promise<Result<T>>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      let result: Result<T>;
      try {
        result = await request(AbortSignal.timeout(timeoutMs));
      } catch (err) {
        const failure = transportFailure(err, this.connection, what, timeoutMs);
        if (retry.retryUnreachable && attempt < retry.retries && failure.exitCode === ExitCode.server && failure.reason !== 'not_roster') {
          await sleep(1000 * 2 ** attempt);
          continue;
        }
        throw failure;
      }
      const status = result.response.status;
      const again = retry.write
        ? status === 429 || (status === 503 && (result.response.headers.get('content-type') ?? '').includes('problem+json'))
        : status === 429 || status === 502 || status === 503 || status === 504;
      if (attempt < retry.retries && again) {
        const after = Number(result.response.headers.get('retry-after'));
        await sleep(Number.isFinite(after) && after > 0 ? Math.min(after, 30) * 1000 : 1000 * 2 ** attempt);
        continue;
      }
      if (status >= 300 && status < 400 && result.response.headers.has('location')) {
        throw redirectFailure(this.connection, what, result.response);
      }
      let body: T;
      try {
        body = unwrap(result);
      } catch (err) {
        throw apiFailure(err, this.connection, what, result.response, result.error);
      }
      // Roster answers a success with its {data, meta} envelope (or, for an error report, CSV text): anything else —
      // an empty 204, `{}`, a web page — came from something that is not a Roster server.
      const type = result.response.headers.get('content-type') ?? '';
      const rosterText = typeof body === 'string' && (type.startsWith('text/csv') || (type.includes('json') && isEnvelope(parsed(body))));
      if (!rosterText && !isEnvelope(body)) throw notRoster(this.connection);
      return body;
    }
  }
}

interface Retry {
  retries: number;
  retryUnreachable?: boolean;
  /** A write: repeated only after an answer that says nothing was changed. */
  write?: boolean;
}
const writeRetry: Retry = { retries: 2, write: true };
const readRetry: Retry = { retries: 2 };

const contentTypes: Record<SyncFormat, string> = { xml: 'application/xml', csv: 'text/csv', json: 'application/json' };

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Roster's success answer: `{data, meta}`. */
function isEnvelope(body: unknown): boolean {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && 'data' in body && 'meta' in body;
}

/** Roster's error answer: an RFC 9457 problem+json, as every Roster error is (`{type, title, status, detail, …}`). */
function isRosterProblem(body: unknown, response: Response): boolean {
  if (!(response.headers.get('content-type') ?? '').includes('problem+json')) return false;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const problem = body as Record<string, unknown>;
  return typeof problem.title === 'string' && typeof problem.detail === 'string' && typeof problem.status === 'number';
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A redirect (not followed: see `withoutRedirects`). One to the same API path elsewhere (http → https, a moved
 * server) names the URL to use; one to anything else (a login page) is not Roster's API at all.
 */
function redirectFailure(connection: Connection, what: string, response: Response): CliFailure {
  const location = response.headers.get('location') as string;
  let target: URL | null = null;
  try {
    target = new URL(location, response.url || connection.baseUrl);
  } catch {
    // Not a URL: named as sent.
  }
  const details: Record<string, unknown> = { status: response.status, location: target?.toString() ?? location };
  // The part of the request's path after the server's address (`/sync/v1/files`): where the redirect keeps it, what
  // comes before it is the server's new address.
  const base = new URL(connection.baseUrl);
  const requested = response.url ? new URL(response.url).pathname : '';
  const apiPath = requested.startsWith(base.pathname.replace(/\/$/, '')) ? requested.slice(base.pathname.replace(/\/$/, '').length) : '';
  const shown = target?.toString() ?? location;
  if (target && apiPath.startsWith('/') && target.pathname.endsWith(apiPath)) {
    const url = `${target.origin}${target.pathname.slice(0, target.pathname.length - apiPath.length)}`;
    details.url = url;
    return serverFailure(
      'not_roster',
      `The server at ${connection.baseUrl} answered with a redirect to ${shown} (${response.status}, to ${what}): use ${url} as --url (or ROSTER_URL).`,
      details,
    );
  }
  return serverFailure(
    'not_roster',
    `The server at ${connection.baseUrl} answered with a redirect to ${shown} (${response.status}, to ${what}), not as the Roster API does (a login page in front of it?): check --url / ROSTER_URL.`,
    details,
  );
}

function notRoster(connection: Connection): CliFailure {
  return serverFailure(
    'not_roster',
    `${connection.baseUrl} did not answer like a Roster server: check --url / ROSTER_URL (the server's address, without /sync/v1).`,
  );
}

/** No answer at all: refused connection, unknown host, TLS failure, time limit. */
function transportFailure(err: unknown, connection: Connection, what: string, timeoutMs: number): CliFailure {
  if (err instanceof CliFailure) return err;
  if (err instanceof SyntaxError) return notRoster(connection);
  const name = (err as { name?: string })?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return serverFailure('server_timeout', `The server at ${connection.baseUrl} did not answer within ${timeoutMs / 1000} s (${what}).`);
  }
  if (err instanceof TypeError) {
    const cause = (err as { cause?: { code?: string; message?: string; errors?: { code?: string }[] } }).cause;
    const code = cause?.code ?? cause?.errors?.[0]?.code;
    const why = code
      ? `${code}${cause?.message && !cause.message.includes(code) ? `: ${cause.message}` : ''}`
      : (cause?.message ?? err.message);
    return serverFailure('server_unreachable', `Cannot reach the server at ${connection.baseUrl} (${why}).`, code ? { code } : {});
  }
  const message = err instanceof Error ? err.message : String(err);
  return new CliFailure(`Unexpected error (${what}): ${message}`, ExitCode.failed, 'unexpected');
}

/** An error answer: 401/403 mean the key (exit 3); anything else is the request's or the file's problem (exit 1). */
function apiFailure(err: unknown, connection: Connection, what: string, response: Response, body: unknown): CliFailure {
  if (!(err instanceof RosterApiError)) return transportFailure(err, connection, what, requestTimeoutMs);
  const { status, problem } = err;
  // The answer as sent, not `problem` (which unwrap fills in for any answer): JSON of another shape, such as an API
  // gateway's `{"message": "no Route matched"}`, is not Roster's.
  const isProblem = isRosterProblem(body, response);
  const detail = (isProblem ? problem.detail : `HTTP ${status} ${response.statusText}`.trim()).replace(/\.$/, '');
  const errors = problem.errors?.map((e) => (e.pointer && e.pointer !== '/' ? `${e.pointer}: ${e.message}` : e.message)) ?? [];
  const details: Record<string, unknown> = { status, ...(isProblem ? { problem } : {}) };
  if (status === 401) {
    return serverFailure(
      'authentication_failed',
      `The server refused the API key (401: ${detail}). Check ROSTER_TOKEN / --token: the key may be wrong, revoked or expired.`,
      details,
    );
  }
  if (status === 403) {
    // The same status for a missing scope and for a caller address outside the key's IP allow-list: hint at the one meant.
    const hint = /scope/i.test(detail)
      ? ' HR data sync needs a key with sync:read and sync:write.'
      : /not allowed/i.test(detail)
        ? " The key's IP allow-list does not include this machine's address (as the server sees it)."
        : '';
    return serverFailure('forbidden', `The API key may not ${what} (403: ${detail}).${hint}`, details);
  }
  if (!isProblem && (status === 502 || status === 503 || status === 504)) {
    // A proxy or load balancer in front of the server answered: the server itself could not be reached.
    return serverFailure(
      'server_unreachable',
      `Cannot reach the server at ${connection.baseUrl}: ${detail} (answered by a proxy in front of it, to ${what}).`,
      details,
    );
  }
  if (!isProblem) {
    // Roster answers every error as problem+json: a redirect, a 404 page or a plain 500 is another server's.
    return serverFailure(
      'not_roster',
      `${connection.baseUrl} answered ${status}${response.statusText ? ` ${response.statusText}` : ''} to ${what}, not as a Roster server does: check --url / ROSTER_URL.`,
      details,
    );
  }
  const type = typeof problem.type === 'string' && problem.type !== 'about:blank' ? problem.type : '';
  const reason = type.split('/').pop()?.replaceAll('-', '_') || `http_${status}`;
  const message = `Could not ${what}: ${detail}${errors.length ? ` (${errors.join('; ')})` : ''}.`;
  return new CliFailure(message, ExitCode.failed, reason, details);
}
