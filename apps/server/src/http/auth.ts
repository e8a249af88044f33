import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock, ServiceContext } from '../context.js';
import type { Db, Dialect } from '../db/database.js';
import { sqliteWriterBusy } from '../db/writer-gate.js';
import { compileAllowList, findKeyByToken, touchApiKey } from '../platform/api-keys/api-keys.service.js';
import { toCompanyView } from '../platform/companies/companies.service.js';
import { DomainError } from './errors.js';
import type { RateLimiter } from './rate-limit.js';

export interface AuthDeps {
  db: Db;
  dialect: Dialect;
  clock: Clock;
  rateLimiter: RateLimiter;
  defaultRateLimitPerMinute: number;
}

export interface AuthenticatedKey {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  rateLimitPerMinute: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    ctx: ServiceContext;
    apiKey: AuthenticatedKey;
  }
}

/** One auth path for the three ways integrators send a key: Bearer (Sesame), X-API-KEY (PeopleForce), Basic (Workstars). */
export function presentedToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header) {
    const [scheme, value = ''] = header.split(/\s+/, 2);
    if (scheme?.toLowerCase() === 'bearer' && value) return value.trim();
    if (scheme?.toLowerCase() === 'basic' && value) {
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0 && decoded.slice(0, colon) === 'api-key') return decoded.slice(colon + 1);
    }
  }
  const apiKey = request.headers['x-api-key'];
  if (typeof apiKey === 'string' && apiKey.trim()) return apiKey.trim();
  return null;
}

const TOUCH_INTERVAL_MS = 60_000;

function unauthorized(message: string) {
  return new DomainError('unauthorized', message, { headers: { 'www-authenticate': 'Bearer realm="roster"' } });
}

/**
 * Spends one unit of a per-minute budget and sets the RateLimit headers of the answer; a spent budget is a 429.
 */
async function spendBudget(deps: AuthDeps, reply: FastifyReply, budget: string, limit: number) {
  const rate = await deps.rateLimiter.hit(budget, limit);
  reply.header('ratelimit-policy', `"default";q=${limit};w=60`);
  reply.header('ratelimit', `"default";r=${rate.remaining};t=${rate.resetSeconds}`);
  if (!rate.allowed) {
    throw new DomainError('rate_limited', `Rate limit of ${limit} requests per minute exceeded; retry in ${rate.resetSeconds} s.`, {
      headers: { 'retry-after': String(rate.resetSeconds) },
    });
  }
}

/**
 * A request without a valid key belongs to no company: it spends a budget of the caller's address instead, so a 401
 * carries the RateLimit headers like every other answer and guessing tokens is throttled too.
 */
async function rejectUnauthenticated(deps: AuthDeps, request: FastifyRequest, reply: FastifyReply, message: string): Promise<never> {
  await spendBudget(deps, reply, `anonymous:${request.ip}`, deps.defaultRateLimitPerMinute);
  throw unauthorized(message);
}

/** Is the caller's address in the key's IP allow-list (JSON; empty: any address)? */
function allowedFrom(ipAllowList: string, requestIp: string): boolean {
  const allowList = compileAllowList(JSON.parse(ipAllowList));
  if (!allowList) return true;
  const ip = requestIp.replace(/^::ffff:/, '');
  return allowList.check(ip, ip.includes(':') ? 'ipv6' : 'ipv4');
}

/**
 * For an answer no route gives (404 or 405 for a path the API does not have): spends a unit of the caller's budget —
 * its key's or company's for a valid key, otherwise its address's — so that these answers carry the RateLimit headers
 * too and cannot be used to probe the API beyond the limit. Throws the 429 when the budget is spent.
 */
export async function spendUnroutedBudget(deps: AuthDeps, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = presentedToken(request);
  const row = token ? await findKeyByToken(deps.db, token) : undefined;
  // A key used from outside its IP allow-list spends nothing of its own: a leaked token cannot drain its budget.
  if (!row || row.revokedAt || !allowedFrom(row.ipAllowList, request.ip)) {
    return spendBudget(deps, reply, `anonymous:${request.ip}`, deps.defaultRateLimitPerMinute);
  }
  const limit = row.rateLimitPerMinute ?? deps.defaultRateLimitPerMinute;
  return spendBudget(deps, reply, row.rateLimitPerMinute ? `key:${row.id}` : `company:${row.companyId}`, limit);
}

/**
 * onRequest hook: resolves the key, enforces its IP allow-list, spends one unit of the rate budget (setting the
 * RateLimit headers on every answer) and checks the route's scope, all before the body is parsed.
 */
export function authenticate(deps: AuthDeps, scope: string | null) {
  return async function authHook(request: FastifyRequest, reply: FastifyReply) {
    const token = presentedToken(request);
    if (!token) return rejectUnauthenticated(deps, request, reply, 'Send an API key: Authorization: Bearer <token>.');
    const row = await findKeyByToken(deps.db, token);
    if (!row || row.revokedAt) {
      return rejectUnauthenticated(deps, request, reply, row ? 'This API key has been revoked.' : 'Unknown API key.');
    }
    if (!allowedFrom(row.ipAllowList, request.ip)) {
      // Spends the caller's address budget, as an unknown key does (with the RateLimit headers, and a 429 once spent):
      // never the key's own, which a leaked token used from elsewhere could otherwise drain.
      await spendBudget(deps, reply, `anonymous:${request.ip}`, deps.defaultRateLimitPerMinute);
      throw new DomainError('forbidden', `Requests from ${request.ip.replace(/^::ffff:/, '')} are not allowed for this API key.`);
    }
    const scopes: string[] = JSON.parse(row.scopes);
    const limit = row.rateLimitPerMinute ?? deps.defaultRateLimitPerMinute;
    // A key with its own limit has its own budget; other keys share the company's.
    const budget = row.rateLimitPerMinute ? `key:${row.id}` : `company:${row.companyId}`;
    await spendBudget(deps, reply, budget, limit);
    const now = deps.clock.now();
    // Skipped while a sync file holds SQLite's writer: the write would block the event loop (db/writer-gate.ts).
    if ((!row.lastUsedAt || now.getTime() - Date.parse(row.lastUsedAt) > TOUCH_INTERVAL_MS) && !sqliteWriterBusy()) {
      touchApiKey(deps.db, row.id, now.toISOString()).catch((err) => request.log.warn({ err }, 'could not record lastUsedAt'));
    }
    request.apiKey = { id: row.id, name: row.name, prefix: row.prefix, scopes, rateLimitPerMinute: limit };
    request.ctx = {
      companyId: row.companyId,
      actor: { type: 'api_key', id: row.id, name: row.name },
      scopes: new Set(scopes),
      db: deps.db,
      dialect: deps.dialect,
      clock: deps.clock,
      requestId: request.id,
      company: toCompanyView({
        id: row.companyId,
        name: row.companyName,
        notificationEmail: row.companyNotificationEmail,
        language: row.companyLanguage,
        timezone: row.companyTimezone,
        region: row.companyRegion,
        liveCompanyId: row.companyLiveCompanyId,
        createdAt: row.companyCreatedAt,
        updatedAt: row.companyUpdatedAt,
      }),
    };
    if (scope && !request.ctx.scopes.has(scope)) {
      throw new DomainError('forbidden', `This API key lacks the scope "${scope}".`, { requiredScope: scope });
    }
  };
}
