import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import type { AppDeps } from '../../http/app-deps.js';
import { presentedToken } from '../../http/auth.js';
import { DomainError } from '../../http/errors.js';

const TTL_MS = 24 * 60 * 60 * 1000;
/**
 * A request still "running" after this long is taken to have died with its process (requests wait at most seconds for
 * a lock or the database's writer; a sandbox copy of a large company takes a minute or two).
 */
const ABANDONED_AFTER_MS = 30 * 60 * 1000;

declare module 'fastify' {
  interface FastifyRequest {
    /** The key this request reserved; `reservedAt` (its createdAt) tells its row from a later request's. */
    idempotency?: { companyId: string; key: string; secret: Buffer; reservedAt: string };
  }
}

/**
 * A stored answer is encrypted (AES-256-GCM) with a key derived from the token of the API key that sent the request,
 * which the database does not hold (it stores the token's SHA-256 only): the answers kept for 24 h (an API key's
 * token, an employee's personal data) are unreadable at rest, and only the same token can have them replayed.
 */
function secretOf(token: string): Buffer {
  return createHmac('sha256', token).update('roster idempotent answer v1').digest();
}

function seal(secret: Buffer, text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secret, iv);
  const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return `v1.${iv.toString('base64')}.${cipher.getAuthTag().toString('base64')}.${sealed.toString('base64')}`;
}

function open(secret: Buffer, stored: string): string | null {
  const [version, iv, tag, sealed] = stored.split('.');
  if (version !== 'v1' || iv === undefined || tag === undefined || sealed === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', secret, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/**
 * JSON with every object's keys in order: the same body whatever order a client's serializer wrote its keys in. Only
 * parsed JSON is reordered: an object that says how it is written (an uploaded sync file: its hash, type and name) is
 * written that way, and bytes are never walked one by one. A body nested deeper than any real one is taken as sent.
 */
function canonicalJson(value: unknown, depth = 0): string {
  if (depth > 64) return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v, depth + 1)).join(',')}]`;
  if (value && typeof value === 'object') {
    if (typeof (value as { toJSON?: unknown }).toJSON === 'function' || ArrayBuffer.isView(value)) return JSON.stringify(value);
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v, depth + 1)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function requestHash(request: FastifyRequest, body: (value: unknown) => string = canonicalJson): string {
  let text: string;
  try {
    text = body(request.body ?? null);
  } catch (err) {
    // Nested past what JSON.stringify can walk (thousands of levels): no route takes such a body.
    if (err instanceof RangeError) throw new DomainError('validation', 'The body is nested too deeply.');
    throw err;
  }
  return createHash('sha256').update(`${request.method} ${request.url}\n${text}`).digest('hex');
}

/**
 * POST with `Idempotency-Key`: the first answer (status and body) is stored for 24 h and replayed for the same key;
 * the same key on another method or path, or with another body, is 422; a key whose first request is still running
 * is 409. Idempotency keys belong to the API key that sent them: another API key's request with the same header value
 * is a request of its own (it must never be handed the first one's answer, which may hold a token it may not have).
 */
export function idempotencyPreHandler(deps: Pick<AppDeps, 'db' | 'clock'>) {
  return async function idempotencyHook(request: FastifyRequest, reply: FastifyReply) {
    const header = request.headers['idempotency-key'];
    const token = presentedToken(request);
    if (typeof header !== 'string' || !header.trim() || !request.ctx || !request.apiKey || !token) return;
    const key = `${request.apiKey.id}:${header.trim()}`;
    const secret = secretOf(token);
    const companyId = request.ctx.companyId;
    const hash = requestHash(request);
    const now = deps.clock.now();
    for (let attempt = 0; attempt < 2; attempt++) {
      const inserted = await deps.db
        .insertInto('idempotencyKeys')
        .values({
          companyId,
          key,
          method: request.method,
          path: request.url,
          requestHash: hash,
          status: 'running',
          responseStatus: null,
          responseHeaders: null,
          responseBody: null,
          createdAt: now.toISOString(),
          expiresAt: new Date(now.getTime() + TTL_MS).toISOString(),
        })
        .onConflict((oc) => oc.columns(['companyId', 'key']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) {
        request.idempotency = { companyId, key, secret, reservedAt: now.toISOString() };
        return;
      }
      const existing = await deps.db
        .selectFrom('idempotencyKeys')
        .selectAll()
        .where('companyId', '=', companyId)
        .where('key', '=', key)
        .executeTakeFirst();
      if (!existing) continue;
      if (existing.expiresAt <= now.toISOString()) {
        await deps.db.deleteFrom('idempotencyKeys').where('companyId', '=', companyId).where('key', '=', key).execute();
        continue;
      }
      if (existing.status === 'running' && now.getTime() - Date.parse(existing.createdAt) > ABANDONED_AFTER_MS) {
        // A first request that has run this long died with its process (kill -9, a crash): its transaction rolled back,
        // so the key is free again rather than refused for the rest of its 24 h.
        await deps.db
          .deleteFrom('idempotencyKeys')
          .where('companyId', '=', companyId)
          .where('key', '=', key)
          .where('status', '=', 'running')
          .execute();
        continue;
      }
      if (existing.method !== request.method || existing.path !== request.url) {
        throw new DomainError(
          'unprocessable',
          `This Idempotency-Key was already used for ${existing.method} ${existing.path}; send a new key for a different request.`,
        );
      }
      // (Keys stored before bodies were compared whatever their key order hold the hash of the body as sent.)
      if (existing.requestHash !== hash && existing.requestHash !== requestHash(request, JSON.stringify)) {
        throw new DomainError(
          'unprocessable',
          `This Idempotency-Key was already used for ${existing.method} ${existing.path} with a different request body; send a new key for a different request.`,
        );
      }
      if (existing.status === 'running') {
        throw new DomainError('conflict', 'A request with this Idempotency-Key is still being processed; retry shortly.');
      }
      const body = open(secret, existing.responseBody ?? '');
      if (body === null) {
        // Not sealed with this token (the stored key names the API key, so only a damaged row): the request may have
        // been applied, so it is not run again.
        throw new DomainError(
          'conflict',
          'The answer stored for this Idempotency-Key cannot be read; the request may have been applied. Check, then send a new key.',
        );
      }
      const headers = JSON.parse(existing.responseHeaders ?? '{}') as Record<string, string>;
      reply.code(existing.responseStatus ?? 200);
      for (const [name, value] of Object.entries(headers)) reply.header(name, value);
      reply.header('idempotent-replayed', 'true');
      reply.serializer((payload: unknown) => payload as string);
      return reply.send(body);
    }
    throw new DomainError('conflict', 'Could not reserve the Idempotency-Key; retry.');
  };
}

/** onSend: stores the first answer of a reserved key, or frees the key when the request failed on our side or its input was refused. */
export async function storeIdempotentResponse(db: Db, request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  const record = request.idempotency;
  if (!record) return;
  request.idempotency = undefined;
  // Only the row this request reserved (after 30 minutes another request may have taken the key over).
  const where = db
    .deleteFrom('idempotencyKeys')
    .where('companyId', '=', record.companyId)
    .where('key', '=', record.key)
    .where('createdAt', '=', record.reservedAt);
  // Our failure (5xx), or input the request was refused for (400, also when a service found it): nothing was applied,
  // and the same key may come again with the corrected request. Other answers (404, 409, 422, …) are replayed.
  if (reply.statusCode >= 500 || reply.statusCode === 400) {
    await where.execute();
    return;
  }
  const contentType = reply.getHeader('content-type');
  const etag = reply.getHeader('etag');
  await db
    .updateTable('idempotencyKeys')
    .set({
      status: 'done',
      responseStatus: reply.statusCode,
      responseHeaders: JSON.stringify({
        ...(contentType ? { 'content-type': String(contentType) } : {}),
        ...(etag ? { etag: String(etag) } : {}),
      }),
      responseBody: seal(record.secret, typeof payload === 'string' ? payload : payload == null ? '' : String(payload)),
    })
    .where('companyId', '=', record.companyId)
    .where('key', '=', record.key)
    .where('createdAt', '=', record.reservedAt)
    .execute();
}

/** Deletes stored answers past their 24 h; run periodically by the server. */
export async function purgeExpiredIdempotencyKeys(db: Db, now: Date): Promise<number> {
  const result = await db.deleteFrom('idempotencyKeys').where('expiresAt', '<', now.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows ?? 0);
}
