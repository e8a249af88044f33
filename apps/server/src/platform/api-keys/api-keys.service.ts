import { BlockList, isIP } from 'node:net';
import { sql } from 'kysely';
import type { Static } from 'typebox';
import { apiTimestamp, nowIso, type ServiceContext } from '../../context.js';
import type { Db } from '../../db/database.js';
import { newId } from '../../db/ids.js';
import { preparedQuery } from '../../db/prepared-query.js';
import { tenant } from '../../db/tenant.js';
import { DomainError, invalid, notFound } from '../../http/errors.js';
import { isIpOrCidr } from '../../http/input-keywords.js';
import { paginate, parseOrderBy, whereInstantRange } from '../../http/pagination.js';
import { changedFields, changesNothing, inTransaction, recordChange } from '../audit/record-change.js';
import { type ApiKeyListQuery, apiKeySortable } from './api-keys.schemas.js';
import type { ApiKeysTable } from './api-keys.tables.js';
import { isKnownScope } from './scopes.js';
import { generateToken, hashToken } from './tokens.js';

export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  rateLimitPerMinute: number | null;
  ipAllowList: string[];
  technicalUserId: string | null;
  status: 'active' | 'revoked';
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ApiKeyInput {
  name: string;
  scopes: string[];
  rateLimitPerMinute?: number | null;
  ipAllowList?: string[];
  technicalUserId?: string | null;
}

export function toApiKeyView(row: ApiKeysTable): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: JSON.parse(row.scopes),
    rateLimitPerMinute: row.rateLimitPerMinute,
    ipAllowList: JSON.parse(row.ipAllowList),
    technicalUserId: row.technicalUserId ?? null,
    status: row.revokedAt ? 'revoked' : 'active',
    lastUsedAt: apiTimestamp(row.lastUsedAt),
    revokedAt: apiTimestamp(row.revokedAt),
    createdAt: apiTimestamp(row.createdAt),
    updatedAt: apiTimestamp(row.updatedAt),
  };
}

/** Builds the allow-list matcher; entries are IPv4/IPv6 addresses or CIDR ranges. */
export function compileAllowList(entries: string[]): BlockList | null {
  if (entries.length === 0) return null;
  const list = new BlockList();
  for (const entry of entries) {
    const [address, bits] = entry.split('/');
    const family = isIP(address ?? '') === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address as string, family);
    else list.addSubnet(address as string, Number(bits), family);
  }
  return list;
}

/** `held`: the scopes the key being changed holds already (keeping them is no grant). */
function validateInput(ctx: ServiceContext, input: Partial<ApiKeyInput>, held: readonly string[] = []) {
  const errors = [];
  // As the other names (modules/org/names.ts): only spaces is as invalid as empty; stored trimmed.
  if (input.name !== undefined && !input.name.trim()) errors.push({ pointer: '/name', message: 'must not be blank' });
  for (const [i, scope] of (input.scopes ?? []).entries()) {
    if (!isKnownScope(scope)) errors.push({ pointer: `/scopes/${i}`, message: `unknown scope "${scope}"` });
  }
  // The routes' schemas check this too (format ip-or-cidr, with the other fields); the operator CLI comes here only.
  for (const [i, entry] of (input.ipAllowList ?? []).entries()) {
    if (!isIpOrCidr(entry)) errors.push({ pointer: `/ipAllowList/${i}`, message: `"${entry}" is not an IP address or CIDR range` });
  }
  if (errors.length) throw invalid(errors);
  // A key cannot hand out more than it holds (system callers, such as the operator CLI, hold everything).
  if (ctx.actor.type !== 'system') {
    const missing = (input.scopes ?? []).filter((s) => !ctx.scopes.has(s) && !held.includes(s));
    if (missing.length) {
      throw new DomainError('forbidden', `A key cannot grant scopes it does not hold: ${missing.join(', ')}.`, {
        missingScopes: missing,
      });
    }
  }
}

/**
 * A key changes or revokes only keys that hold no scope it lacks (itself included): a weaker key with security:write
 * cannot cut down, lock out (IP allow-list, rate limit) or revoke a stronger one. The operator CLI (system) can.
 */
function assertMayManage(ctx: ServiceContext, target: ApiKeyView, doing: string) {
  if (ctx.actor.type === 'system' || ctx.actor.id === target.id) return;
  const beyond = target.scopes.filter((s) => !ctx.scopes.has(s));
  if (beyond.length) {
    throw new DomainError(
      'forbidden',
      `This API key may not ${doing} key ${target.prefix}: it holds scopes this key lacks (${beyond.join(', ')}). Use a key that holds them, or \`npx roster key revoke\` on the server.`,
      { missingScopes: beyond },
    );
  }
}

/** The owner must be a technical user of the caller's company (another company's id is a 404). */
async function assertOwnerExists(ctx: ServiceContext, technicalUserId: string | null | undefined) {
  if (!technicalUserId) return;
  const found = await tenant(ctx).selectFrom('technicalUsers').select('id').where('id', '=', technicalUserId).executeTakeFirst();
  if (!found) throw notFound('Technical user', technicalUserId);
}

/** Earlier than any real use: a key never used sorts as the least recently used on both databases. */
const neverUsed = '0001-01-01T00:00:00.000Z';

export async function listApiKeys(ctx: ServiceContext, query: Static<typeof ApiKeyListQuery>) {
  let q = tenant(ctx)
    .selectFrom('apiKeys')
    .selectAll()
    .select(sql<string>`coalesce(${sql.ref('lastUsedAt')}, ${neverUsed})`.as('lastUsedOrder'));
  q = whereInstantRange(q, 'updatedAt', query, 'updatedAt');
  const result = await paginate(q, query, parseOrderBy(query.orderBy, apiKeySortable, [['createdAt', 'asc']]));
  return { data: result.data.map(toApiKeyView), meta: result.meta };
}

async function requireApiKey(ctx: ServiceContext, id: string): Promise<ApiKeysTable> {
  const row = await tenant(ctx).selectFrom('apiKeys').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('API key', id);
  return row;
}

export async function getApiKey(ctx: ServiceContext, id: string): Promise<ApiKeyView> {
  return toApiKeyView(await requireApiKey(ctx, id));
}

/** A calling key's own per-minute limit (none for the operator CLI) and the company's, for the rule below. */
export interface RateLimitGrant {
  callerLimit?: number;
  companyDefault: number;
}

/**
 * A key hands out no more requests a minute than it may make itself (its own limit, or the company's), to another key
 * or to itself: a key an administrator limited cannot lift its limit, nor escape it through a key it creates. No
 * limit (`null`) means the company's budget.
 */
function assertRateLimitWithin(grant: RateLimitGrant | undefined, requested: number | null | undefined) {
  if (grant?.callerLimit === undefined) return;
  const { callerLimit, companyDefault } = grant;
  const wanted = requested ?? companyDefault;
  if (wanted > callerLimit) {
    throw new DomainError(
      'forbidden',
      `A key cannot set a rate limit above its own (${callerLimit} a minute); ${requested === null || requested === undefined ? `no limit means the company's ${companyDefault}` : `${requested} asked`}.`,
      { errors: [{ pointer: '/rateLimitPerMinute', message: `at most ${callerLimit}` }] },
    );
  }
}

export async function createApiKey(
  ctx: ServiceContext,
  input: ApiKeyInput,
  grant?: RateLimitGrant,
): Promise<ApiKeyView & { token: string }> {
  validateInput(ctx, input);
  assertRateLimitWithin(grant, input.rateLimitPerMinute);
  await assertOwnerExists(ctx, input.technicalUserId);
  const { token, prefix, hash } = generateToken();
  const at = nowIso(ctx);
  const row: ApiKeysTable = {
    id: newId(),
    companyId: ctx.companyId,
    name: input.name.trim(),
    prefix,
    tokenHash: hash,
    scopes: JSON.stringify([...new Set(input.scopes)]),
    rateLimitPerMinute: input.rateLimitPerMinute ?? null,
    ipAllowList: JSON.stringify(input.ipAllowList ?? []),
    createdByKeyId: ctx.actor.type === 'api_key' ? ctx.actor.id : null,
    technicalUserId: input.technicalUserId ?? null,
    lastUsedAt: null,
    revokedAt: null,
    createdAt: at,
    updatedAt: at,
  };
  const view = toApiKeyView(row);
  await inTransaction(ctx, async (tx) => {
    await tx.db.insertInto('apiKeys').values(row).execute();
    await recordChange(tx, {
      resourceType: 'api_key',
      resourceId: row.id,
      after: view,
      event: { type: 'api_key.created', data: view },
    });
  });
  return { ...view, token };
}

export async function updateApiKey(
  ctx: ServiceContext,
  id: string,
  input: Partial<ApiKeyInput>,
  grant?: RateLimitGrant,
): Promise<ApiKeyView> {
  return inTransaction(ctx, async (tx) => {
    const current = await requireApiKey(tx, id);
    const before = toApiKeyView(current);
    assertMayManage(ctx, before, 'change');
    validateInput(ctx, input, before.scopes);
    // A limit sent back as it is sets nothing (a key read, renamed and sent back whole): only a change is checked.
    if (input.rateLimitPerMinute !== undefined && input.rateLimitPerMinute !== current.rateLimitPerMinute) {
      assertRateLimitWithin(grant, input.rateLimitPerMinute);
    }
    if (before.status === 'revoked') throw new DomainError('conflict', 'A revoked key cannot be changed.');
    const patch: Partial<ApiKeysTable> = { updatedAt: nowIso(tx) };
    if (input.name !== undefined) patch.name = input.name.trim();
    if (input.scopes !== undefined) patch.scopes = JSON.stringify([...new Set(input.scopes)]);
    if (input.rateLimitPerMinute !== undefined) patch.rateLimitPerMinute = input.rateLimitPerMinute;
    if (input.ipAllowList !== undefined) patch.ipAllowList = JSON.stringify(input.ipAllowList);
    if (input.technicalUserId !== undefined) {
      await assertOwnerExists(tx, input.technicalUserId);
      patch.technicalUserId = input.technicalUserId;
    }
    // The same key settings sent again are not a write (see changesNothing).
    const viewChanges = changedFields(before as never, toApiKeyView({ ...current, ...patch }) as never);
    if (changesNothing(viewChanges, current, patch)) return before;
    await tenant(tx).updateTable('apiKeys').set(patch).where('id', '=', id).execute();
    const after = await getApiKey(tx, id);
    const changes = changedFields(before as never, after as never);
    await recordChange(tx, {
      resourceType: 'api_key',
      resourceId: id,
      before,
      after,
      event: { type: 'api_key.updated', data: after, changes },
    });
    return after;
  });
}

/** `shownBefore`: the key as it was before the caller's own change in the same transaction (its audit row's before). */
export async function revokeApiKey(ctx: ServiceContext, id: string, shownBefore?: ApiKeyView): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = shownBefore ?? (await getApiKey(tx, id));
    if (before.status === 'revoked') return;
    assertMayManage(ctx, before, 'revoke');
    const at = nowIso(tx);
    await tenant(tx).updateTable('apiKeys').set({ revokedAt: at, updatedAt: at }).where('id', '=', id).execute();
    const after = await getApiKey(tx, id);
    await recordChange(tx, {
      action: 'api_key.revoked',
      resourceType: 'api_key',
      resourceId: id,
      before,
      after,
      event: { type: 'api_key.revoked', data: after },
    });
  });
}

/** Operator use (CLI): find a key by its visible prefix across companies. */
/**
 * Keys by their visible prefix (the token's first 11 characters) — or, given a whole token (an operator pasting the one
 * that leaked), exactly the key it belongs to, found by its hash.
 */
export async function findKeysByPrefix(db: Db, given: string) {
  // As pasted: surrounding spaces, or the whole header value (`Bearer rk_…`).
  const prefixOrToken = given.trim().replace(/^bearer\s+/i, '');
  const keys = db.selectFrom('apiKeys').select(['id', 'companyId', 'name', 'prefix', 'revokedAt']);
  if (prefixOrToken.length > 11) return keys.where('tokenHash', '=', hashToken(prefixOrToken)).execute();
  return keys.where('prefix', '=', prefixOrToken).execute();
}

/**
 * The presented key with its company, by the SHA-256 of the token. Prepared (compiled once per database): it runs on
 * every request, and building and compiling it took longer than SQLite takes to answer it.
 */
const keyByTokenHash = preparedQuery((db, p: { tokenHash: string }) =>
  db
    .selectFrom('apiKeys')
    .innerJoin('companies', 'companies.id', 'apiKeys.companyId')
    .selectAll('apiKeys')
    .select([
      'companies.name as companyName',
      'companies.notificationEmail as companyNotificationEmail',
      'companies.language as companyLanguage',
      'companies.timezone as companyTimezone',
      'companies.region as companyRegion',
      'companies.liveCompanyId as companyLiveCompanyId',
      'companies.createdAt as companyCreatedAt',
      'companies.updatedAt as companyUpdatedAt',
    ])
    .where('apiKeys.tokenHash', '=', p.tokenHash),
);

/** Resolves a presented token to its key row (with its company), or undefined when unknown. */
export async function findKeyByToken(db: Db, token: string) {
  const [row] = await keyByTokenHash(db, { tokenHash: hashToken(token) });
  return row;
}

export async function touchApiKey(db: Db, id: string, at: string) {
  await db.updateTable('apiKeys').set({ lastUsedAt: at }).where('id', '=', id).execute();
}
