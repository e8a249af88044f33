import { isUtf8 } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import type { Config } from './config.js';
import { type Clock, systemClock } from './context.js';
import type { Db, Dialect } from './db/database.js';
import type { AppDeps } from './http/app-deps.js';
import { spendUnroutedBudget } from './http/auth.js';
import { problemOnClientError, type RouterErrorHandler, registerErrorHandling, sendProblem } from './http/error-handler.js';
import { DomainError, problemTypes } from './http/errors.js';
import { registerHealth } from './http/health.js';
import { addInputKeywords, withInputKeywords } from './http/input-keywords.js';
import { registerMetrics } from './http/metrics.js';
import { uuidPattern } from './http/pagination.js';
import { memoryRateLimiter, type RateLimiter } from './http/rate-limit.js';
import { Problem } from './http/schema-kit.js';
import { registerCoreModule } from './modules/core/index.js';
import { registerCustomFieldsModule } from './modules/custom-fields/index.js';
import { registerEmployeesModule } from './modules/employees/index.js';
import { registerManagersModule } from './modules/managers/index.js';
import { registerOrgModule } from './modules/org/index.js';
import { registerRolesModule } from './modules/roles/index.js';
import { registerSyncModule } from './modules/sync/index.js';
import { registerSecurityModule } from './platform/api-keys/index.js';
import { scopeDescriptions } from './platform/api-keys/scopes.js';
import { registerAuditModule } from './platform/audit/index.js';
import { EventCatalogue, registerEventsModule } from './platform/events/index.js';
import { storeIdempotentResponse } from './platform/idempotency/idempotency.js';
import { createMailer, type Mailer } from './platform/mail/index.js';
import { registerSandboxesModule } from './platform/sandboxes/index.js';
import { registerTechnicalUsersModule } from './platform/technical-users/index.js';
import { registerWebhooksModule } from './platform/webhooks/index.js';

export interface BuildAppOptions {
  config: Config;
  db: Db;
  dialect: Dialect;
  clock?: Clock;
  rateLimiter?: RateLimiter;
  /** Defaults to SMTP_URL's server, or the log without it. */
  mailer?: Mailer;
  /** PostgreSQL: a small pool of the webhook dispatcher's own (main.ts opens it); `db` when omitted. */
  webhookDb?: Db;
  logger?: boolean | object;
  /** How long a request's headers and body may take to arrive before a 408 (5 minutes; tests shorten it). */
  requestTimeoutMs?: number;
}

const tagDescriptions: [string, string][] = [
  ['Info', 'The company and the calling key'],
  ['Companies', 'The company'],
  ['Employees', 'Employees (Sesame core/v3), with ERP extensions: externalId, startDate, terminationDate'],
  ['Employee Managers', 'Managers per permission and the organisation-chart manager'],
  ['Departments', 'Departments and employee assignations'],
  ['Offices', 'Offices and employee assignations'],
  ['Job Charges', 'Job titles'],
  ['Roles', 'Roles and role assignations'],
  ['Custom Fields', 'Custom field definitions; values live in the employee’s customFields'],
  ['API Keys', 'Permission-restricted API keys'],
  ['Audit Log', 'Who changed what'],
  ['HR Data Sync', 'Full-roster feed from an HRIS or ERP: settings, column mappings, files (XML, CSV, JSON), error reports, diffs'],
  ['Positions', 'The position tree of the HR data sync position file (read-only)'],
  ['Technical Users', 'Non-person accounts that own integration keys and receive the sync mail'],
  ['Sandboxes', 'Test companies copied from the live one'],
  ['Webhooks', 'Subscriptions, signed deliveries with retries, the delivery log; the payload of every event type is under `webhooks`'],
  ['Events', 'The change feed (events in commit order, paged with a cursor) and the catalogue of event types'],
  ['Operations', 'Health and metrics'],
];

function validatorCompilers() {
  const common = { allErrors: true, strict: false, useDefaults: true, removeAdditional: false } as const;
  // Bodies are not coerced: a wrong JSON type is a 400, not silently converted. Query and path strings are.
  const bodyAjv = addFormats.default(new Ajv.default({ ...common, coerceTypes: false }));
  const paramAjv = addFormats.default(new Ajv.default({ ...common, coerceTypes: 'array' }));
  // A UUID is its 36 characters: ajv-formats also takes `urn:uuid:<uuid>`, which is no id of ours (a 400, not a 404).
  bodyAjv.addFormat('uuid', uuidPattern);
  paramAjv.addFormat('uuid', uuidPattern);
  // UUIDs read in lower case, no NUL in any string (http/input-keywords.ts).
  addInputKeywords(bodyAjv as never);
  addInputKeywords(paramAjv as never);
  return ({ schema, httpPart }: { schema: object; httpPart?: string }) =>
    (httpPart === 'body' ? bodyAjv : paramAjv).compile(withInputKeywords(schema));
}

/**
 * The request's URL for the log, with the values of the query parameters that look people up by personal data
 * (`dni`, `email`, …) replaced: a log keeps what it is given, past the erasure of the person it names.
 */
export function loggableUrl(url: string): string {
  if (!url.includes('?')) return url;
  return url.replace(/([?&](?:dni|nid|ssn|email|personalEmail)(?:\[[^=&]*|%5B[^=&]*)?=)[^&]*/gi, '$1[redacted]');
}

/** Headers of every answer, routed or not. */
function setAnswerHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('x-request-id', request.id);
  // Bodies are what their Content-Type says (an uploaded file served back keeps the type it came with): never sniffed.
  reply.header('x-content-type-options', 'nosniff');
}

/**
 * Why a JSON body cannot be read as sent, or null when it can. JSON exchanged between systems is UTF-8 (RFC 8259 §8.1):
 * another charset is a 415 rather than bytes read as what they are not (`Jos\xe9` as `Jos\ufffd`), and bytes that are
 * not UTF-8 (a Latin-1 `é`, an encoded surrogate `ed a0 80`) are a 400 that says where, never U+FFFD stored in their
 * place. (HR data sync uploads, which may name their charset, have a parser of their own.)
 */
function notUtf8Json(contentType: string | undefined, bytes: Buffer): DomainError | null {
  const charset = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
  const label = charset ? (charset[1] ?? charset[2] ?? '') : null;
  // US-ASCII is a subset of UTF-8 (older clients label JSON so); an empty label names nothing.
  if (label !== null && label !== '' && !/^(utf-?8|us-ascii|ascii)$/i.test(label)) {
    return new DomainError(
      'unsupported_media_type',
      `JSON is read as UTF-8 only (RFC 8259), not charset=${label}: send the body in UTF-8, as application/json or application/json; charset=utf-8.`,
    );
  }
  if (isUtf8(bytes)) return null;
  const { offset, length } = firstInvalidUtf8(bytes);
  const seen = bytes.subarray(offset, offset + length);
  const shown = [...seen].map((b) => `0x${b.toString(16).padStart(2, '0')}`).join(' ');
  const surrogate = seen[0] === 0xed && (seen[1] ?? 0) >= 0xa0 ? ' (half of a UTF-16 surrogate pair, encoded)' : '';
  return new DomainError(
    'validation',
    `The body is not valid UTF-8: at byte offset ${offset}, ${shown} is no UTF-8 character${surrogate}. Send JSON in UTF-8 (RFC 8259).`,
  );
}

/**
 * Where the first ill-formed sequence of `bytes` starts and how many of its bytes are read before it fails (Unicode's
 * well-formed UTF-8 table: no overlong forms, no surrogates, nothing past U+10FFFF). Only called for bytes isUtf8 refused.
 */
function firstInvalidUtf8(bytes: Uint8Array): { offset: number; length: number } {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const trail = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    if (trail === 0) return { offset: i, length: 1 };
    // The second byte's range is narrower after some leads: E0 (overlong), ED (surrogates), F0 (overlong), F4 (> U+10FFFF).
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= trail; k++) {
      const b = bytes[i + k];
      const ok = b !== undefined && (k === 1 ? b >= low && b <= high : b >= 0x80 && b <= 0xbf);
      if (!ok) return { offset: i, length: b === undefined ? k : k + 1 };
    }
    i += trail + 1;
  }
  return { offset: bytes.length, length: 0 };
}

/** The one log line of a request. */
function logCompleted(request: FastifyRequest, reply: FastifyReply): void {
  request.log.info(
    {
      method: request.method,
      url: loggableUrl(request.url),
      statusCode: reply.statusCode,
      responseTimeMs: Math.round(reply.elapsedTime * 10) / 10,
    },
    'request completed',
  );
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  let metrics: ReturnType<typeof registerMetrics> | undefined;
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    // A request whose headers and body have not all arrived within REQUEST_TIMEOUT_MS (5 minutes, Node's own default,
    // which Fastify turns off) is answered 408 and closed: a body that stops arriving would otherwise hold its
    // connection for ever.
    // (Made here: Fastify passes no checking interval to Node, whose default of 30 s would be most of a test's timeout.)
    serverFactory: (handler) => {
      const requestTimeout = options.requestTimeoutMs ?? config.requestTimeoutMs;
      const server = createServer(
        { requestTimeout, connectionsCheckingInterval: Math.min(30_000, Math.max(100, Math.floor(requestTimeout / 4))) },
        handler,
      );
      // Fastify's own default for the servers it makes.
      server.keepAliveTimeout = 72_000;
      return server;
    },
    trustProxy: config.trustProxy,
    // A caller's X-Request-Id is kept when it is a plausible id (letters, digits, `._:-`, at most 128), so one id
    // follows a request through the caller's logs and ours; anything else (quotes, markup, a page of text) gets a new one.
    requestIdHeader: false,
    genReqId: (req) => {
      const sent = req.headers['x-request-id'];
      return typeof sent === 'string' && /^[\w.:-]{1,128}$/.test(sent) ? sent : randomUUID();
    },
    // Requests that arrive while the server drains get our own 503 (problem+json, Retry-After): see the preClose hook.
    return503OnClosing: false,
    // One log line per request (written in onResponse) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    routerOptions: { ignoreTrailingSlash: true },
    // Errors met before a route runs (a path the router cannot read) are problem+json like every other answer, with the
    // headers every answer has: no onRequest hook runs for them.
    frameworkErrors: (error, request, reply) => {
      setAnswerHeaders(request, reply);
      // No onResponse hook runs for them either: their log line and metrics are written here.
      reply.raw.once('finish', () => {
        logCompleted(request, reply);
        metrics?.observe(request, reply);
      });
      routerError(error, request, reply);
    },
    clientErrorHandler: problemOnClientError,
  }).withTypeProvider<TypeBoxTypeProvider>();

  const deps: AppDeps = {
    config,
    db: options.db,
    dialect: options.dialect,
    clock: options.clock ?? systemClock,
    rateLimiter: options.rateLimiter ?? memoryRateLimiter(),
    defaultRateLimitPerMinute: config.defaultRateLimitPerMinute,
    mailer: options.mailer ?? createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom }, app.log),
    eventCatalogue: new EventCatalogue(),
    webhookDb: options.webhookDb,
  };
  app.addHook('onClose', async () => {
    if (!options.mailer) await deps.mailer.close();
  });

  const compileSchema = validatorCompilers();
  app.setValidatorCompiler(compileSchema as never);
  // JSON only: anything else is a 415 that says what to send.
  app.removeContentTypeParser('text/plain');
  // An empty body sent with `Content-Type: application/json` (many HTTP clients set the header on every request,
  // DELETE included) is no body: an operation without one goes ahead, one that needs one fails its validation.
  // The body is read as bytes so that what is not UTF-8 is refused rather than stored with U+FFFD in its place.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const bytes = body as Buffer;
    if (bytes.length === 0) return done(null, undefined);
    const refused = notUtf8Json(request.headers['content-type'], bytes);
    if (refused) return done(refused, undefined);
    const text = bytes.toString('utf8');
    parseJson(request, text, (err, value) => {
      // Valid JSON that names an object's prototype (`__proto__`, `constructor.prototype`) is refused as a whole; the
      // parser says only "not valid JSON", which it is.
      if (err && isJson(text)) {
        return done(
          new DomainError(
            'validation',
            'The body has a key "__proto__" (or "constructor" holding "prototype"), which no field of this API has and which is refused as an attempt at prototype pollution; leave it out.',
          ),
          undefined,
        );
      }
      done(err, value);
    });
  });
  const routerError: RouterErrorHandler = registerErrorHandling(
    app,
    (request, reply) => spendUnroutedBudget(deps, request, reply),
    compileSchema as never,
  );
  app.addSchema(Problem);

  // From close() on (SIGTERM), requests in flight finish; a request that arrives on a kept-alive connection meanwhile is
  // refused as a 503 problem that tells the client to send it again (to another process, or after the restart).
  let draining = false;
  app.addHook('preClose', async () => {
    draining = true;
  });
  app.addHook('onRequest', async (request, reply) => {
    setAnswerHeaders(request, reply);
    if (!draining) return;
    reply.header('connection', 'close');
    return sendProblem(
      request,
      reply,
      new DomainError(
        'unavailable',
        'The server is shutting down; nothing was done. Send the request again (with the same Idempotency-Key for a POST).',
        {
          headers: { 'retry-after': '5' },
        },
      ),
    );
  });
  app.addHook('onResponse', async (request, reply) => logCompleted(request, reply));
  app.addHook('onSend', async (request, reply, payload) => {
    await storeIdempotentResponse(deps.db, request, reply, payload);
    return payload;
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Roster API',
        version: '1.0.0',
        description: [
          'Self-hosted HR platform. Wire-compatible with Sesame HR’s public API (`/core/v3`, …) plus integration features: permission-restricted keys, rate limits, idempotency, ETags, audit log.',
          '',
          'Authenticate with `Authorization: Bearer <token>`, `X-API-KEY: <token>` or HTTP Basic with user `api-key` and the token as password.',
          '',
          'Lists take `page` (1-based) and `limit` (default 50, max 500) and answer `{data, meta: {currentPage, lastPage, total, perPage}}`.',
          'Errors are RFC 9457 problem+json with a `requestId`. Every response carries `RateLimit-Policy` and `RateLimit` headers.',
          '',
          '### Scopes',
          '',
          '| scope | grants |',
          '|---|---|',
          ...Object.entries(scopeDescriptions).map(([s, d]) => `| \`${s}\` | ${d} |`),
          '',
          'Keys without `personal:read` / `compensation:read` receive employees without the sensitive fields (nid, ssn, dateOfBirth, address, bic / pricePerHour, salaryRange, accountNumber); writes to those fields need the matching `:write` scope.',
        ].join('\n'),
      },
      servers: [{ url: '/', description: 'This server' }],
      tags: tagDescriptions.map(([name, description]) => ({ name, description })),
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'Sesame style: Authorization: Bearer <token>' },
          apiKey: { type: 'apiKey', in: 'header', name: 'X-API-KEY', description: 'PeopleForce style' },
          basic: { type: 'http', scheme: 'basic', description: 'Workstars style: user `api-key`, password the token' },
        },
      },
    },
    // Shared schemas (Problem, Employee) appear once under components.schemas, named by their $id.
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
    // Every event type's payload, as OpenAPI 3.1 webhooks (the catalogue is complete once the modules are registered).
    transformObject: (document) =>
      'openapiObject' in document
        ? ({ ...document.openapiObject, webhooks: deps.eventCatalogue.openApiWebhooks() } as never)
        : document.swaggerObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { deepLinking: true, docExpansion: 'list' } });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get('/problems/:type', { schema: { hide: true } }, async (request, reply) => {
    const type = (request.params as { type: string }).type.replaceAll('-', '_') as keyof typeof problemTypes;
    const def = problemTypes[type];
    if (!def) return reply.callNotFound();
    return {
      type: `/problems/${request.params && (request.params as { type: string }).type}`,
      status: def.status,
      title: def.title,
      description: def.description,
    };
  });

  registerHealth(app, deps);
  metrics = registerMetrics(app);
  registerCoreModule(app, deps);
  registerEmployeesModule(app, deps);
  registerOrgModule(app, deps);
  registerManagersModule(app, deps);
  registerRolesModule(app, deps);
  registerCustomFieldsModule(app, deps);
  registerSecurityModule(app, deps);
  registerAuditModule(app, deps);
  registerTechnicalUsersModule(app, deps);
  registerSandboxesModule(app, deps);
  registerSyncModule(app, deps);
  registerEventsModule(app, deps);
  registerWebhooksModule(app, deps);

  return app;
}
