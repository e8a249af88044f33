import type { Static } from 'typebox';
import { apiTimestamp, nowIso, type ServiceContext } from '../../context.js';
import { isUniqueViolation } from '../../db/constraint-errors.js';
import { newId } from '../../db/ids.js';
import { tenant } from '../../db/tenant.js';
import { conflict, notFound } from '../../http/errors.js';
import { type Page, paginate, parseOrderBy, whereInstantRange } from '../../http/pagination.js';
import { requiredName } from '../../modules/org/names.js';
import { type ApiKeyView, getApiKey, revokeApiKey } from '../api-keys/api-keys.service.js';
import { changedFields, changesNothing, inTransaction, recordChange } from '../audit/record-change.js';
import {
  type TechnicalUser,
  type TechnicalUserCreateBody,
  type TechnicalUserListQuery,
  type TechnicalUserUpdateBody,
  technicalUserSortable,
} from './technical-users.schemas.js';
import type { TechnicalUsersTable } from './technical-users.tables.js';

export type TechnicalUserView = Static<typeof TechnicalUser>;

const resourceType = 'technical_user';

async function activeKeyCounts(ctx: ServiceContext, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await tenant(ctx)
    .selectFrom('apiKeys')
    .select(['technicalUserId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('technicalUserId', 'in', ids)
    .where('revokedAt', 'is', null)
    .groupBy('technicalUserId')
    .execute();
  return new Map(rows.map((r) => [r.technicalUserId as string, Number(r.n)]));
}

function toView(row: TechnicalUsersTable, activeApiKeys: number): TechnicalUserView {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    description: row.description,
    activeApiKeys,
    createdAt: apiTimestamp(row.createdAt),
    updatedAt: apiTimestamp(row.updatedAt),
  };
}

export async function requireTechnicalUser(ctx: ServiceContext, id: string): Promise<TechnicalUsersTable> {
  const row = await tenant(ctx).selectFrom('technicalUsers').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Technical user', id);
  return row;
}

export async function getTechnicalUser(ctx: ServiceContext, id: string): Promise<TechnicalUserView> {
  const row = await requireTechnicalUser(ctx, id);
  return toView(row, (await activeKeyCounts(ctx, [id])).get(id) ?? 0);
}

export async function listTechnicalUsers(
  ctx: ServiceContext,
  query: Static<typeof TechnicalUserListQuery>,
): Promise<Page<TechnicalUserView>> {
  const q = whereInstantRange(tenant(ctx).selectFrom('technicalUsers').selectAll(), 'updatedAt', query, 'updatedAt');
  const result = await paginate(q, query, parseOrderBy(query.orderBy, technicalUserSortable, [['name', 'asc']]));
  const counts = await activeKeyCounts(
    ctx,
    result.data.map((r) => r.id),
  );
  return { data: result.data.map((r) => toView(r, counts.get(r.id) ?? 0)), meta: result.meta };
}

/** Addresses of every technical user of the company (they receive the HR data sync mail). */
export async function technicalUserEmails(ctx: Pick<ServiceContext, 'db' | 'companyId'>): Promise<string[]> {
  const rows = await tenant(ctx).selectFrom('technicalUsers').select('email').execute();
  return rows.map((r) => r.email);
}

async function mapDuplicateName<T>(name: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`A technical user named "${name}" already exists.`, 'name');
    throw err;
  }
}

async function assertNameFree(ctx: ServiceContext, name: string, selfId: string | null) {
  let q = tenant(ctx).selectFrom('technicalUsers').select('id').where('name', '=', name);
  if (selfId) q = q.where('id', '!=', selfId);
  if (await q.executeTakeFirst()) throw conflict(`A technical user named "${name}" already exists.`, 'name');
}

export async function createTechnicalUser(ctx: ServiceContext, input: Static<typeof TechnicalUserCreateBody>): Promise<TechnicalUserView> {
  const name = requiredName(input.name);
  return inTransaction(ctx, async (tx) => {
    await assertNameFree(tx, name, null);
    const at = nowIso(tx);
    const row: TechnicalUsersTable = {
      id: newId(),
      companyId: tx.companyId,
      name,
      email: input.email.trim(),
      description: input.description ?? null,
      createdAt: at,
      updatedAt: at,
    };
    await mapDuplicateName(name, () => tenant(tx).insert('technicalUsers', row));
    const view = toView(row, 0);
    await recordChange(tx, { resourceType, resourceId: row.id, after: view, event: { type: 'technical_user.created', data: view } });
    return view;
  });
}

export async function updateTechnicalUser(
  ctx: ServiceContext,
  id: string,
  input: Static<typeof TechnicalUserUpdateBody>,
): Promise<TechnicalUserView> {
  return inTransaction(ctx, async (tx) => {
    const current = await requireTechnicalUser(tx, id);
    const activeApiKeys = (await activeKeyCounts(tx, [id])).get(id) ?? 0;
    const before = toView(current, activeApiKeys);
    const patch: Partial<TechnicalUsersTable> = { updatedAt: nowIso(tx) };
    if (input.name !== undefined) {
      patch.name = requiredName(input.name);
      await assertNameFree(tx, patch.name, id);
    }
    if (input.email !== undefined) patch.email = input.email.trim();
    if (input.description !== undefined) patch.description = input.description;
    // The same technical user sent again is not a write (see changesNothing).
    const viewChanges = changedFields(before, toView({ ...current, ...patch }, activeApiKeys));
    if (changesNothing(viewChanges, current, patch)) return before;
    await mapDuplicateName(patch.name ?? before.name, () =>
      tenant(tx).updateTable('technicalUsers').set(patch).where('id', '=', id).execute(),
    );
    const after = await getTechnicalUser(tx, id);
    await recordChange(tx, {
      resourceType,
      resourceId: id,
      before,
      after,
      event: { type: 'technical_user.updated', data: after, changes: changedFields(before, after) },
    });
    return after;
  });
}

/**
 * Deletes the technical user and revokes every key it owns, in one transaction: an integration account that is gone
 * must not keep working through its keys (the revocations are audited and emitted as api_key.revoked).
 */
export async function deleteTechnicalUser(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await getTechnicalUser(tx, id);
    const owned = await tenant(tx).selectFrom('apiKeys').select(['id', 'revokedAt']).where('technicalUserId', '=', id).execute();
    const keys = owned.filter((k) => k.revokedAt === null);
    // Its keys lose their owner first, so that each one's last event shows it as it stays: the active ones are revoked
    // (api_key.revoked), the ones revoked before tell the change of owner (api_key.updated).
    const beforeKeys = new Map<string, ApiKeyView>();
    for (const key of owned) beforeKeys.set(key.id, await getApiKey(tx, key.id));
    await tenant(tx)
      .updateTable('apiKeys')
      .set({ technicalUserId: null, updatedAt: nowIso(tx) })
      .where('technicalUserId', '=', id)
      .execute();
    for (const key of owned) {
      if (key.revokedAt === null) {
        await revokeApiKey(tx, key.id, beforeKeys.get(key.id));
        continue;
      }
      const after = await getApiKey(tx, key.id);
      const keyBefore = beforeKeys.get(key.id) as ApiKeyView;
      await recordChange(tx, {
        resourceType: 'api_key',
        resourceId: key.id,
        before: keyBefore,
        after,
        event: { type: 'api_key.updated', data: after, changes: changedFields(keyBefore as never, after as never) },
      });
    }
    await tenant(tx).deleteFrom('technicalUsers').where('id', '=', id).execute();
    await recordChange(tx, {
      resourceType,
      resourceId: id,
      before,
      after: { ...before, revokedApiKeys: keys.map((k) => k.id) },
      event: { type: 'technical_user.deleted', data: { ...before, activeApiKeys: 0, revokedApiKeyIds: keys.map((k) => k.id) } },
    });
  });
}
